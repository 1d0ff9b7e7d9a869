import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { compare } from '../../src/compare.js';
import { changelogGroups } from '../../src/report/changelog.js';
import { markdownProse } from '../../src/report/escape.js';
import { cli } from './cli.js';
import { ordersSpec, writeSpecs, removeTempDirs } from './specs.js';

afterAll(removeTempDirs);

const EXAMPLE = ['fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml'];

describe('apicompat changelog', () => {
  it('groups every change by operation, breaking operations first, with style and flow (markdown)', async () => {
    const { code, stdout } = await cli(['changelog', ...EXAMPLE, '--format', 'markdown']);
    expect(code).toBe(1); // breaking changes, default --fail-on breaking
    const headings = stdout.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### <code>DELETE /trips/{id}</code> · no response body',
      '### <code>GET /trips</code> · request/response',
      '### <code>POST /trips</code> · request/response',
    ]);
    const post = stdout.slice(stdout.indexOf('### <code>POST /trips</code>'));
    const items = post.split('\n').filter((l) => l.startsWith('- '));
    expect(items[0]).toBe('- **Breaking** (input: request): required property currency added to request body (application/json)');
    expect(items.map((l) => l.split(' (')[0])).toEqual(['- **Breaking**', '- Compatible', '- Compatible', '- Compatible']);
    expect(post).toContain('  - Who breaks: Existing clients do not send the new property, so their requests fail validation.');
    expect(post).toContain('  - Compatible alternative: Add it as optional, or give it a `default` the provider applies.');
    // Compatible changes are listed, not explained.
    expect(stdout.match(/Who breaks/g)).toHaveLength(4);
    expect(stdout).toContain('**Recommended release: major** (1.4.0 → 2.0.0)');
  });

  it('lists every finding exactly once across the groups', async () => {
    const report = await compare(EXAMPLE[0]!, EXAMPLE[1]!);
    const indexes = changelogGroups(report).flatMap((g) => g.findings);
    expect(indexes.sort((a, b) => a - b)).toEqual(report.findings.map((_, i) => i));
  });

  it('prints why and fix under breaking changes in text', async () => {
    const { stdout } = await cli(['changelog', ...EXAMPLE]);
    expect(stdout).toMatch(/DELETE \/trips\/\{id\}  \(no response body\)\n  x breaking   operation DELETE \/trips\/\{id\} removed\n      why: Clients that call this operation get 404 or 405/);
    expect(stdout).toContain('  + compatible [input: request] optional query parameter cursor added\n');
  });

  it('keeps the Report JSON contract and adds the grouping', async () => {
    const [{ stdout: breakingJson }, { stdout: changelogJson, code }] = await Promise.all([
      cli(['breaking', ...EXAMPLE, '--format', 'json', '--fail-on', 'never']),
      cli(['changelog', ...EXAMPLE, '--format', 'json', '--fail-on', 'never']),
    ]);
    expect(code).toBe(0);
    const a = JSON.parse(breakingJson) as Record<string, unknown>;
    const b = JSON.parse(changelogJson) as Record<string, unknown> & { changelog: Array<{ operation: string; style?: string; worst: string; findings: number[] }>; findings: unknown[] };
    for (const key of ['verdict', 'bump', 'currentVersion', 'nextVersion', 'summary', 'recommendation', 'findings', 'styles', 'sources']) expect(b, key).toHaveProperty(key);
    expect(Object.keys(b).filter((k) => !(k in a))).toEqual(['changelog']);
    expect(b.findings).toHaveLength(10);
    expect(b.changelog[0]).toMatchObject({ operation: 'DELETE /trips/{id}', style: 'notification', worst: 'breaking', findings: [0] });
  });

  it('documents every field it prints in schema/report.schema.json', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')) as { properties: Record<string, { properties?: Record<string, unknown> }>; definitions: { finding: { properties: Record<string, unknown> } } };
    const out = JSON.parse((await cli(['changelog', ...EXAMPLE, '--format', 'json'])).stdout) as Record<string, unknown> & { findings: Array<Record<string, unknown>>; recommendation: Record<string, unknown> };
    expect(Object.keys(out).filter((k) => !(k in schema.properties))).toEqual([]);
    expect(Object.keys(out.recommendation).filter((k) => !(k in schema.properties.recommendation!.properties!))).toEqual([]);
    expect([...new Set(out.findings.flatMap(Object.keys))].filter((k) => !(k in schema.definitions.finding.properties))).toEqual([]);
  });

  it('rejects a format it cannot print, with exit code 2', async () => {
    const { code, stderr } = await cli(['changelog', ...EXAMPLE, '--format', 'sarif']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^apicompat: /);
  });

  it('escapes spec text: no HTML, mentions or links get through', async () => {
    const evil = '<img src=x onerror=alert(1)>@everyone[x](http://evil)';
    const { paths } = writeSpecs({
      'old.json': ordersSpec('1.0.0'),
      'new.json': ordersSpec('1.1.0', { required: ['item', evil], props: { item: { type: 'string' }, [evil]: { type: 'string' } } }),
    });
    const { stdout } = await cli(['changelog', paths['old.json']!, paths['new.json']!, '--format', 'markdown']);
    expect(stdout).toContain('required property &lt;img src=x onerror=alert(1)>@\u200beveryone\\[x\\]\\(http://evil) added');
    expect(stdout).not.toContain('<img');
    expect(stdout).not.toMatch(/[^\\]@everyone/);
  });

  it('--min-level leaves out lower levels, says how many, and keeps the full summary', async () => {
    const { stdout } = await cli(['changelog', ...EXAMPLE, '--format', 'markdown', '--min-level', 'warning']);
    const items = stdout.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(5); // 4 breaking + 1 warning
    expect(items.filter((l) => l.startsWith('- Compatible'))).toEqual([]);
    expect(stdout).toContain('4 breaking, 1 warning, 5 compatible, 0 documentation-only');
    expect(stdout.trimEnd().endsWith('_5 lower-level changes are not listed._')).toBe(true);
    const json = JSON.parse((await cli(['changelog', ...EXAMPLE, '--format', 'json', '--min-level', 'breaking'])).stdout) as { findings: unknown[]; summary: { total: number } };
    expect([json.findings.length, json.summary.total]).toEqual([4, 10]);
  });

  it('keeps identifiers readable in markdown: intraword underscores are not escaped, emphasis openers are', () => {
    expect(markdownProse('/orgs/{org}/teams/{team_slug}')).toBe('/orgs/{org}/teams/{team_slug}');
    expect(markdownProse('_x_ and __init__ and *y*')).toBe('\\_x\\_ and \\_\\_init\\_\\_ and \\*y\\*');
    // Issue references are linked after rendering (a backslash cannot stop them); math needs its `$` escaped.
    expect(markdownProse('fixes #12, octo/shop#3 and GH-7; costs $5 to $6; C# and #tag stay')).toBe('fixes #\u200b12, octo/shop#\u200b3 and GH\u200b-7; costs \\$5 to \\$6; C# and #tag stay');
  });

  it('puts document-level changes under "Whole API", after operations of the same level', async () => {
    const { paths } = writeSpecs({
      'old.json': ordersSpec('1.0.0'),
      'new.json': ordersSpec('1.0.1').replace('"version": "1.0.1"', '"version": "1.0.1", "description": "Orders, documented"').replace('"operationId": "createOrder"', '"operationId": "createOrder", "summary": "Create an order"'),
    });
    const { stdout } = await cli(['changelog', paths['old.json']!, paths['new.json']!, '--format', 'markdown']);
    expect(stdout.split('\n').filter((l) => l.startsWith('### '))).toEqual(['### <code>POST /orders</code> · request/response', '### Whole API']);
    expect(stdout).toContain('**Recommended release: patch** (1.0.0 → 1.0.1)');
    expect(stdout).toContain('- Documentation: ');
  });

  it('says so when nothing changed', async () => {
    const { code, stdout } = await cli(['changelog', EXAMPLE[0]!, EXAMPLE[0]!, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('**Recommended release: none**');
    expect(stdout).toContain('No changes.');
  });
});

describe('interaction styles named for the protocol', () => {
  it('an HTTP operation without a response body is not called a notification; AsyncAPI keeps the word', async () => {
    const { styleName } = await import('../../src/model/types.js');
    expect(styleName('notification', 'openapi')).toBe('no response body');
    expect(styleName('request/async response', 'openapi')).toBe('accepted, answered by callback');
    expect(styleName('request/response', 'openapi')).toBe('request/response');
    expect(styleName('notification', 'asyncapi')).toBe('notification');
  });
});
