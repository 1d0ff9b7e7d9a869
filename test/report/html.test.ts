import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/compare.js';
import { formatChangelog } from '../../src/report/changelog.js';
import { htmlCombined } from '../../src/report/html.js';
import { formatReport } from '../../src/report/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { EVIL, evilReport } from './evil-report.js';

const example = () => compare('fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml', { cwd: ROOT });
const evilPair = () => compare('test/report/fixtures/evil-old.yaml', 'test/report/fixtures/evil-new.yaml', { cwd: ROOT });

/** The payload once HTML-escaped: ANSI and control characters (CR) gone, markup inert, the rest as written. */
const ESCAPED = 'x\n::set-output name=x::y\n::error::pwned %0A [click](https://evil.example) &lt;img src=x onerror=alert(1)&gt; red @octocat';

const between = (page: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page)![1]!;
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
/** Every tag name that opens in the page. */
const tags = (page: string) => new Set([...page.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));

describe('html report', () => {
  it('puts verdict, bump, versions and counts first, then the recommendation, the plan and the changes by operation', async () => {
    const page = formatReport(await example(), 'html');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<h1>apicompat: <span class="badge level-breaking">breaking</span></h1>');
    expect(page).toContain('<div><dt>bump</dt><dd>major</dd></div>');
    expect(page).toContain('<div><dt>version</dt><dd><code>1.4.0</code> → <code>2.0.0</code></dd></div>');
    expect(page).toContain('<div><dt>breaking</dt><dd><span class="level-breaking">4</span></dd></div>');
    expect(page).toContain('<div><dt>compatible</dt><dd><span class="level-compatible">5</span></dd></div>');
    const order = ['<dl class="facts">', '<h2>Recommendation</h2>', '<h2>URL versioning plan</h2>', 'id="filters"', '<h2>Changes by operation</h2>'].map((s) => page.indexOf(s));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(page).toContain('<li>server <code>https://api.example.com/v1</code> → <code>https://api.example.com/v2</code></li>');
    // Operations worst first (as the changelog groups them), each finding tagged with its level for the filters.
    expect([...page.matchAll(/<section class="op" data-worst="(\w+)"><header><h3><code>([^<]+)<\/code>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'breaking DELETE /trips/{id}',
      'breaking GET /trips',
      'breaking POST /trips',
    ]);
    expect([...page.matchAll(/<li class="finding" data-level="(\w+)">/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['breaking', 'warning', 'compatible']));
    expect(page.match(/<li class="finding"/g)).toHaveLength(10);
  });

  it('folds a long URL-versioning plan, with its size, so the changes stay near the top; a short one stays open', async () => {
    const r = await example();
    const operations = Array.from({ length: 11 }, (_, i) => ({ operation: `GET /items/${i}`, path: `GET /v2/items/${i}` }));
    const long = formatReport({ ...r, recommendation: { ...r.recommendation, urlVersioning: { next: 'v2', scope: 'none', operations, servers: [] } } }, 'html');
    expect(long).toContain('<details><summary>11 operations to publish under v2</summary><ul><li><code>GET /items/0</code> → <code>GET /v2/items/0</code></li>');
    const short = formatReport({ ...r, recommendation: { ...r.recommendation, urlVersioning: { next: 'v2', scope: 'none', operations: operations.slice(0, 10), servers: [] } } }, 'html');
    expect(short).not.toContain('<details>');
    expect(short).toContain('<h2>URL versioning plan</h2>\n<ul><li><code>GET /items/0</code>');
  });

  it('shows each finding with message, rule, direction, file:line and pointer on both sides, before/after, why and fix', async () => {
    const page = formatReport(await example(), 'html');
    const li = page.split('\n').find((l) => l.includes('maximum of query parameter limit changed'))!;
    expect(li).toBe(
      '<li class="finding" data-level="breaking"><span class="badge level-breaking">breaking</span><span class="message">maximum of query parameter limit changed from 100 to 50</span><code class="rule">input-constraint-tightened</code><dl>' +
        '<dt>direction</dt><dd>input: request</dd>' +
        '<dt>new</dt><dd><span class="where">fixtures/example/trips-v2.yaml:14</span> <code>/paths/~1trips/get/parameters/0/schema</code></dd>' +
        '<dt>old</dt><dd><span class="where">fixtures/example/trips-v1.yaml:14</span> <code>/paths/~1trips/get/parameters/0/schema</code></dd>' +
        '<dt>before</dt><dd><code>100</code></dd><dt>after</dt><dd><code>50</code></dd>' +
        `<dt>why</dt><dd>${li.split('<dt>why</dt><dd>')[1]!.split('</dd>')[0]}</dd>` +
        '<dt>fix</dt><dd>Keep the old limit for the old version; tighten it only under <code>/v2</code>.</dd></dl></li>',
    );
    expect(li).toContain('<code>multipleOf</code>');
  });

  it('is self-contained: nothing to fetch, and a CSP that allows only its own hashed style and script', async () => {
    const page = formatReport(await example(), 'html');
    expect([...tags(page)].sort()).toEqual(['body', 'code', 'dd', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'head', 'header', 'html', 'li', 'main', 'meta', 'p', 'script', 'section', 'span', 'style', 'title', 'ul', 'button'].sort());
    expect(page).not.toMatch(/\s(src|href|action|srcset|style|on[a-z]+)=/i);
    expect(page).not.toMatch(/@import|url\(/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
    expect(csp).toBe(`default-src 'none'; style-src ${sha256(between(page, 'style'))}; script-src ${sha256(between(page, 'script'))}; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(csp).not.toContain('unsafe');
  });

  it('without JavaScript everything shows: the filters start hidden and no finding or group does', async () => {
    const page = formatReport(await example(), 'html');
    expect(page).toContain('<div class="filters" id="filters" role="toolbar" aria-label="Show changes by level" hidden>');
    expect(page).toContain('<button type="button" class="level-compatible" data-level="compatible" aria-pressed="true">compatible (5)</button>');
    // A level with no finding cannot be toggled.
    expect(page).toContain('<button type="button" class="level-info" data-level="info" aria-pressed="true" disabled>info (0)</button>');
    expect(page.replace(/id="filters"[^>]*hidden>/, '')).not.toMatch(/\shidden[\s>]/);
  });

  it('HTML-escapes every spec string: messages, files, pointers, waivers, the recommendation (exact text)', () => {
    const page = formatReport(evilReport(), 'html');
    expect(page).toContain(`<span class="message">property ${ESCAPED} removed</span>`);
    expect(page).toContain('<span class="where">specs/a,b\n%.yaml:9</span>');
    expect(page).toContain(`<dt>waived</dt><dd>accepted ${ESCAPED}</dd>`);
    expect(page).toContain(`<p>1 breaking change: ${ESCAPED}</p>`);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('\u001b');
    expect(tags(page)).not.toContain('img');
  });

  it('escapes a real hostile spec pair (payload in an enum value and a property name)', async () => {
    const page = formatReport(await evilPair(), 'html');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('refuses a hand-made report (formatReport takes parsed JSON) whose verdict, bump, counts or levels are not ours, and escapes its strings', () => {
    const evil = '"><script>alert(1)</script><x y="';
    const r = evilReport();
    // Fields every reporter prints as ours (verdict, bump, counts, levels, lines) are checked at the door...
    expect(() => formatReport({ ...r, verdict: evil } as unknown as Report, 'html')).toThrow(/^formatReport\(\): report\.verdict must be breaking \| warning \| compatible \| unchanged/);
    expect(() => formatReport({ ...r, bump: evil } as unknown as Report, 'markdown')).toThrow(/report\.bump must be/);
    expect(() => formatReport({ ...r, summary: { ...r.summary, breaking: evil } } as unknown as Report, 'markdown')).toThrow(/report\.summary\.breaking must be a whole number/);
    expect(() => formatReport({ ...r, findings: r.findings.map((f) => ({ ...f, level: evil })) } as unknown as Report, 'github')).toThrow(/report\.findings\[0\]\.level must be/);
    // ...and every string the spec or the JSON can carry is escaped.
    const hostile = { ...r, currentVersion: evil, nextVersion: evil, sources: { old: { ...r.sources.old, title: evil, file: evil }, new: { ...r.sources.new, file: evil } }, findings: r.findings.map((f) => ({ ...f, rule: evil, operation: evil, before: evil, after: { evil } })), recommendation: { text: 'x', urlVersioning: { next: 'v2', scope: 'paths', operations: [{ operation: evil, path: evil }], servers: [] } } } as unknown as Report;
    const page = formatReport(hostile, 'html');
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(tags(page)).not.toContain('x');
    expect(page).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x y=&quot;');
  });

  it('notes findings the caller left out, and says when there is nothing to show', async () => {
    const report = await example();
    const severe = { ...report, findings: report.findings.filter((f) => f.level === 'breaking') };
    expect(formatReport(severe, 'html', { hiddenCount: 10 })).toContain('<p class="note">10 lower-level changes are not included; <code>apicompat changelog --format html</code> lists every change.</p>');
    const none = formatReport({ ...report, findings: [] }, 'html');
    expect(none).toContain('<p>No changes found.</p>');
    expect(none).not.toContain('lower-level');
  });

  it('the changelog prints the same page, with --min-level as a note', async () => {
    const report = await example();
    expect(formatChangelog(report, 'html')).toBe(formatReport(report, 'html'));
    const warnings = formatChangelog(report, 'html', { minLevel: 'warning' });
    expect(warnings.match(/<li class="finding"/g)).toHaveLength(5);
    expect(warnings).toContain('5 lower-level changes are not included');
  });

  it('combines several contracts in one page: an overview row and a section each, one set of filters', async () => {
    const a = await example();
    const b = await evilPair();
    const page = htmlCombined({ verdict: 'breaking', bump: 'major', sections: [{ name: 'trips.yaml', report: a }, { name: 'evil.yaml', note: 'evil.yaml is new', report: b }], diagnostics: [{ level: 'warning', code: 'unused-waiver', message: `waiver ${EVIL}`, file: 'apicompat.yaml', pointer: '/ignore/0', line: 3 }] });
    expect(page).toContain('<h1>apicompat: <span class="badge level-breaking">breaking</span> <span class="note">(2 contracts, bump major)</span></h1>');
    expect(page).toContain('<tr><td><code>trips.yaml</code></td><td><span class="badge level-breaking">breaking</span></td><td class="n">4</td><td class="n">1</td><td class="n">5</td><td class="n">0</td><td>major</td><td><code>2.0.0</code></td></tr>');
    expect(page.match(/<section>\n<h2>/g)).toHaveLength(2);
    expect(page).toContain('<p><strong>evil.yaml is new</strong></p>');
    expect(page.match(/id="filters"/g)).toHaveLength(1);
    expect(page).toContain(`<li><span class="badge level-warning">warning</span> waiver ${ESCAPED} <code>unused-waiver</code> <span class="where">apicompat.yaml:3 /ignore/0</span></li>`);
    expect(page.match(/<li class="finding"/g)).toHaveLength(a.findings.length + b.findings.length);
  });
});
