import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentBody, commentMarker, COMMENT_LIMIT, isClean, isOurComment, planComment } from '../../src/action/comment-body.js';
import type { IssueComment } from '../../src/action/github-api.js';
import { compare, type Report } from '../../src/compare.js';
import { combineReports } from '../../src/recommend/combine.js';
import { combinedMarkdown } from '../../src/report/combined-markdown.js';
import type { SpecReport } from '../../src/report/types.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from './runner.js';

const V1 = path.join(ROOT, 'fixtures/example/trips-v1.yaml');
const V2 = path.join(ROOT, 'fixtures/example/trips-v2.yaml');
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

const both = (report: Report, spec = 'openapi.yaml'): SpecReport => ({ spec, state: 'compared', report });
const summaryMarkdown = (specs: SpecReport[]) => combinedMarkdown(combineReports(specs));
/** A contract on one side only: compared with an empty one (here, trips-v1 with nothing removed or added, for brevity). */
const oneSided = async (spec: string, state: 'added' | 'deleted'): Promise<SpecReport> => {
  const report = await compare(V1, V1);
  return { spec, state, report: state === 'deleted' ? { ...report, verdict: 'breaking', bump: 'major' } : report };
};

describe('the comment marker', () => {
  it('percent-encodes the spec path, so hostile text cannot close the HTML comment or break the line', () => {
    expect(commentMarker('api/openapi.yaml')).toBe('<!-- apicompat:spec=api%2Fopenapi.yaml -->');
    const m = commentMarker('a --> <!-- apicompat:spec=b -->\n@x `y`.yaml');
    expect(m).toBe('<!-- apicompat:spec=a%20--%3E%20%3C!--%20apicompat%3Aspec%3Db%20--%3E%0A%40x%20%60y%60.yaml -->');
    expect(m.indexOf('-->')).toBe(m.length - 3);
    expect(m.slice('<!-- '.length, -' -->'.length)).not.toMatch(/[<>\s]/);
  });

  it('differs for paths that share a prefix, so neither contract takes the other\'s comment', () => {
    const c = (body: string): IssueComment => ({ id: 1, body, user: BOT });
    expect(isOurComment(c(`${commentMarker('openapi.yaml')}\nreport`), commentMarker('openapi.yaml'))).toBe(true);
    expect(isOurComment(c(`${commentMarker('openapi.yaml.bak')}\nreport`), commentMarker('openapi.yaml'))).toBe(false);
    expect(isOurComment(c(`${commentMarker('openapi.yaml')}\r\nreport`), commentMarker('openapi.yaml'))).toBe(true);
    expect(isOurComment(c(`quoted: ${commentMarker('openapi.yaml')}\nreport`), commentMarker('openapi.yaml'))).toBe(false);
  });

  it('is ours only when a Bot wrote it: a person or a deleted account cannot claim it', () => {
    const body = `${commentMarker('openapi.yaml')}\nreport`;
    expect(isOurComment({ id: 1, body, user: BOT }, commentMarker('openapi.yaml'))).toBe(true);
    expect(isOurComment({ id: 1, body, user: { login: 'github-actions', type: 'User' } }, commentMarker('openapi.yaml'))).toBe(false);
    expect(isOurComment({ id: 1, body, user: null }, commentMarker('openapi.yaml'))).toBe(false);
  });
});

describe('clean', () => {
  it('means no unwaived breaking or warning finding, and the contract not deleted', async () => {
    const breaking = await compare(V1, V2);
    expect(isClean(both(breaking))).toBe(false);
    const warningOnly = { ...breaking, findings: breaking.findings.filter((f) => f.level !== 'breaking') };
    expect(warningOnly.findings.some((f) => f.level === 'warning')).toBe(true);
    expect(isClean(both(warningOnly))).toBe(false);
    // Neighbours that stay clean: compatible and info changes only, waived findings, no changes, a new contract.
    expect(isClean(both({ ...breaking, findings: breaking.findings.filter((f) => f.level === 'compatible' || f.level === 'info') }))).toBe(true);
    expect(isClean(both({ ...breaking, findings: breaking.findings.map((f) => ({ ...f, waived: { reason: 'agreed with the clients' } })) }))).toBe(true);
    expect(isClean(both(await compare(V1, V1)))).toBe(true);
    expect(isClean(await oneSided('openapi.yaml', 'added'))).toBe(true);
    expect(isClean(await oneSided('openapi.yaml', 'deleted'))).toBe(false);
  });

  it('has no body; a deleted contract has one that says so', async () => {
    expect(commentBody(await oneSided('a.yaml', 'added'))).toBeUndefined();
    const deleted = commentBody(await oneSided('a.yaml', 'deleted'))!;
    expect(deleted.split('\n')[0]).toBe(commentMarker('a.yaml'));
    expect(deleted).toContain('## apicompat: 🔴 breaking\n\n**<code>a.yaml</code> was deleted: breaking for every client of it.**');
  });
});

describe('the comment body', () => {
  it('is the marker, then the step summary of that one contract, then a footer', async () => {
    const o = both(await compare(V1, V2));
    const body = commentBody(o)!;
    expect(body.startsWith(`${commentMarker('openapi.yaml')}\n## apicompat: 🔴 breaking\n`)).toBe(true);
    expect(body).toContain(summaryMarkdown([o]).trimEnd());
    expect(body.endsWith('removes it when the contract has no breaking or warning change.</sub>\n')).toBe(true);
  });

  it('stays under GitHub\'s 65,536 characters, cut at a section end with a note saying so', async () => {
    const dir = tempDir('apicompat-comment-');
    const paths = Array.from({ length: 1500 }, (_, i) => `  /items/${i}/${'ü'.repeat(20)}:\n    get:\n      responses:\n        '200': { description: ok }\n`).join('');
    writeFileSync(path.join(dir, 'old.yaml'), `openapi: 3.0.3\ninfo: { title: big, version: 1.0.0 }\npaths:\n${paths}`);
    writeFileSync(path.join(dir, 'new.yaml'), 'openapi: 3.0.3\ninfo: { title: big, version: 1.0.0 }\npaths: {}\n');
    const report = await compare(path.join(dir, 'old.yaml'), path.join(dir, 'new.yaml'));
    expect(report.summary.breaking).toBe(1500);
    const body = commentBody(both(report))!;
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    // The budget is counted in UTF-8 bytes (never fewer than characters): the cut is near it, not far below.
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(Buffer.byteLength(body, 'utf8')).toBeGreaterThan(COMMENT_LIMIT - 2_000);
    expect(body).toContain('_The report is too long for a pull-request comment and was cut here; the job summary has all of it (or run `apicompat breaking` locally)._');
    expect(body).toMatch(/<\/details>\n\n_The report is too long/);
    // The first section (the URL-versioning plan for 1500 operations) alone is too long: it is cut and closed,
    // so the note is not folded away inside it.
    expect(body.match(/<details/g)!.length).toBe(body.match(/<\/details>/g)!.length);
    expect(body.endsWith('</sub>\n')).toBe(true);
    // The step summary keeps its own note and its own, larger budget.
    expect(summaryMarkdown([both(report)])).not.toContain('pull-request comment');
    expect(commentBody(both(report), 4_000)!.length).toBeLessThanOrEqual(4_000);
  });
});

describe('planComment', () => {
  const c = (id: number, body: string): IssueComment => ({ id, body, user: BOT });
  it('creates, updates, keeps, deletes, or does nothing', () => {
    expect(planComment([], 'new')).toEqual({ action: 'create', body: 'new' });
    expect(planComment([c(1, 'old')], 'new')).toEqual({ action: 'update', id: 1, body: 'new', duplicates: [] });
    expect(planComment([c(1, 'same')], 'same')).toEqual({ action: 'keep', id: 1, duplicates: [] });
    expect(planComment([c(1, 'a\r\nb\n')], 'a\nb')).toEqual({ action: 'keep', id: 1, duplicates: [] });
    expect(planComment([c(1, 'old'), c(2, 'old')], undefined)).toEqual({ action: 'delete', ids: [1, 2] });
    expect(planComment([], undefined)).toEqual({ action: 'none' });
  });

  it('keeps the oldest of several and deletes the rest', () => {
    expect(planComment([c(1, 'x'), c(5, 'y')], 'x')).toEqual({ action: 'keep', id: 1, duplicates: [5] });
    expect(planComment([c(1, 'x'), c(5, 'y')], 'z')).toEqual({ action: 'update', id: 1, body: 'z', duplicates: [5] });
  });
});
