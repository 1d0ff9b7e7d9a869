import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { formatReport, reporters } from '../../src/report/index.js';
import { formatChangelog } from '../../src/report/changelog.js';
import { ROOT } from '../helpers/fixtures.js';
import { evilReport } from './evil-report.js';

const sarifSchema = JSON.parse(readFileSync(path.join(ROOT, 'test/report/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false }).compile(sarifSchema);
const example = () => compare('fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml', { cwd: ROOT });
const evilPair = () => compare('test/report/fixtures/evil-old.yaml', 'test/report/fixtures/evil-new.yaml', { cwd: ROOT });

// The payload, once each format has neutralised it (see evil-report.ts for the raw string).
const WF = 'x%0A::set-output name=x::y%0A::error::pwned %250A [click](https://evil.example) <img src=x onerror=alert(1)> red @octocat';
/** The recommendation paragraph: only what could open HTML, a link, code, emphasis or a mention is escaped. */
const MD_PROSE = 'x ::set-output name=x::y ::error::pwned %0A \\[click\\]\\(https://evil.example) &lt;img src=x onerror=alert(1)> red @\u200boctocat';
const XML = 'x&#10;::set-output name=x::y&#10;::error::pwned %0A [click](https://evil.example) &lt;img src=x onerror=alert(1)&gt; red @octocat';
const SARIF = 'x\n::set-output name=x::y\n::error::pwned %0A \\[click\\](https://evil.example) <img src=x onerror=alert(1)> red @octocat';

describe('registry', () => {
  it('offers every CI format to --format', () => {
    expect(Object.keys(reporters).sort()).toEqual(['github', 'html', 'json', 'junit', 'markdown', 'sarif', 'text']);
  });
});

describe('github annotations', () => {
  it('neutralises injected workflow commands in data and properties (exact output)', () => {
    expect(formatReport(evilReport(), 'github')).toBe(
      `::error file=specs/a%2Cb%0A%25.yaml,line=9,title=apicompat breaking%3A output-property-removed::property ${WF} removed (GET /items)\n` +
        `::notice file=new.yaml,line=3,title=apicompat warning%3A output-enum-value-added::value ${WF} added (GET /items) [waived: accepted ${WF}]\n`,
    );
  });

  it('maps levels to error/warning/notice; removed things point at the old file', async () => {
    const lines = formatReport(await example(), 'github').trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=fixtures/example/trips-v1.yaml,line=47,title=apicompat breaking%3A operation-removed::operation DELETE /trips/{id} removed');
    expect(lines).toContain('::error file=fixtures/example/trips-v2.yaml,line=14,title=apicompat breaking%3A input-constraint-tightened::maximum of query parameter limit changed from 100 to 50 (GET /trips)');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(4);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(1);
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(5);
  });

  it('keeps one command per line on a real spec pair with the payload in enum values and property names', async () => {
    const out = formatReport(await evilPair(), 'github');
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=test\/report\/fixtures\/evil-new\.yaml,line=\d+,title=[^:]+::/);
    expect(out).not.toContain('\u001b');
    expect(lines[1]).toContain(`value x%0A::set-output name=x::y%0A::error::pwned %250A [click](https://evil.example) <img src=x onerror=alert(1)> red added`);
  });
});

describe('markdown', () => {
  it('escapes the recommendation no more than needed: versions, arrows and parentheses stay readable', async () => {
    const out = formatReport(await example(), 'markdown');
    expect(out).toContain('\n4 breaking changes: release a major version (1.4.0 -> 2.0.0), or keep old clients working with URL versioning: serve the new contract at https://api.example.com/v2');
    expect(out).toContain('deprecate the 2 removed items first (\\`deprecated: true\\` with an \\`x-sunset\\` date)');
  });

  it('escapes markdown, HTML, mentions and newlines (exact rows)', () => {
    const out = formatReport(evilReport(), 'markdown');
    expect(out).toContain(`\n1 breaking change: ${MD_PROSE}\n`);
    expect(out).toContain(`| 🔴 breaking | property ${MD_PROSE} removed | <code>output-property-removed</code> | <code>specs/a,b %.yaml:9</code> |\n`);
    expect(out).toContain(`| ~~🟠 warning~~ | value ${MD_PROSE} added — waived: accepted ${MD_PROSE} | <code>output-enum-value-added</code> | <code>new.yaml:3</code> |\n`);
    expect(out).not.toMatch(/<img|\]\(|\u001b|^::/m);
  });

  it('spec text between <code> tags (operations, paths, files) cannot open a link, emphasis or strikethrough', () => {
    // <code> is inline HTML, not a code span: markdown between the tags is parsed, so `[a](b)` there is a link.
    const op = 'GET /x/[Approve](https://evil.example)/**b**/~~s~~/_e_/$m$/a\\*b|`c`';
    const shown = '<code>GET /x/&#91;Approve&#93;(https://evil.example)/&#42;&#42;b&#42;&#42;/&#126;&#126;s&#126;&#126;/&#95;e&#95;/&#36;m&#36;/a&#92;&#42;b&#124;&#96;c&#96;</code>';
    const r = evilReport();
    const report: typeof r = { ...r, findings: r.findings.map((f) => ({ ...f, operation: op, operations: [op, `${op}/2`] })), recommendation: { ...r.recommendation, urlVersioning: { next: 'v2', scope: 'none', operations: [{ operation: op, path: op }], servers: [] } } };
    const outputs = [formatReport(report, 'markdown'), formatChangelog(report, 'markdown')];
    for (const out of outputs) {
      expect(out).toContain(shown);
      const codes = [...out.matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]!);
      expect(codes.filter((c) => /[[\]*~$`|\\]|(^|\W)_|_(\W|$)/.test(c))).toEqual([]);
    }
    expect(outputs[0]).toContain(`- ${shown} → ${shown}`);
    expect(outputs[1]).toContain(`### ${shown}`);
    // The neighbouring case: what means nothing in markdown stays as written.
    const plain = formatReport({ ...r, findings: r.findings.map((f) => ({ ...f, operation: 'GET /orgs/{org}/teams/{team_slug}:sync' })) }, 'markdown');
    expect(plain).toContain('<code>GET /orgs/{org}/teams/{team_slug}:sync</code>');
  });

  it('groups by operation, worst first, breaking groups open and the rest collapsed', async () => {
    const out = formatReport(await example(), 'markdown');
    const summaries = [...out.matchAll(/<details( open)?><summary>(.*)<\/summary>/g)].map((m) => `${m[1] ? 'open' : 'closed'} ${m[2]}`);
    expect(summaries).toEqual([
      'closed URL versioning plan',
      'open <code>DELETE /trips/{id}</code> — 1 change (🔴 breaking)',
      'open <code>GET /trips</code> — 5 changes (🔴 breaking)',
      'open <code>POST /trips</code> — 4 changes (🔴 breaking)',
      'open Why these break and what to do instead',
    ]);
    expect(out).toContain('- server <code>https://api.example.com/v1</code> → <code>https://api.example.com/v2</code>');
    expect(out).toContain('| 4 | 1 | 5 | 0 | major | <code>2.0.0</code> |');
  });

  it('collapses groups whose worst finding is not breaking', async () => {
    const r = await example();
    const report = { ...r, findings: r.findings.filter((f) => f.level !== 'breaking') };
    const out = formatReport(report, 'markdown', { hiddenCount: 6 });
    expect(out).not.toContain('<details open>');
    expect(out).toContain('_6 lower-level changes not shown._');
  });
});

describe('junit', () => {
  it('escapes XML in names, attributes and text (exact test cases)', () => {
    const out = formatReport(evilReport(), 'junit');
    expect(out).toContain(
      `<testcase classname="GET /items" name="output-property-removed: property ${XML} removed" file="specs/a,b&#10;%.yaml" line="9"><failure type="breaking" message="property ${XML} removed">property ${XML} removed&#10;operations: GET /items&#10;old: old.yaml:7 /paths/~1items/get&#10;new: specs/a,b&#10;%.yaml:9 /paths/~1items/get</failure></testcase>`,
    );
    expect(out).toContain(`<testcase classname="GET /items" name="output-enum-value-added: value ${XML} added" file="new.yaml" line="3"><skipped message="waived: accepted ${XML}"/></testcase>`);
    expect(out).not.toMatch(/<img|\u001b/);
    expect(wellFormed(out)).toBe(true);
  });

  it('has one test case per finding, failures for breaking ones', async () => {
    const out = formatReport(await example(), 'junit');
    expect(out).toContain('<testsuites name="apicompat" tests="10" failures="4" errors="0" skipped="0">');
    expect(out.match(/<testcase /g)?.length).toBe(10);
    expect(out.match(/<failure /g)?.length).toBe(4);
    expect(wellFormed(out)).toBe(true);
  });

  it('keeps one passing case when nothing changed', async () => {
    const r = await compare('fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v1.yaml', { cwd: ROOT });
    const out = formatReport(r, 'junit');
    expect(out).toContain('tests="1" failures="0"');
    expect(out).toContain('<testcase classname="apicompat" name="no changes to the contract"/>');
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with rule metadata and locations', async () => {
    const log = JSON.parse(formatReport(await example(), 'sarif'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    const removed = run.tool.driver.rules.find((r: { id: string }) => r.id === 'operation-removed');
    expect(removed).toMatchObject({ shortDescription: { text: 'Operation removed' }, defaultConfiguration: { level: 'error' } });
    expect(removed.help.text).toContain('Fix: ');
    expect(run.results).toHaveLength(10);
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    const tightened = run.results.find((r: { ruleId: string }) => r.ruleId === 'input-constraint-tightened');
    expect(tightened.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'fixtures/example/trips-v2.yaml' }, region: { startLine: 14 } },
      logicalLocations: [{ fullyQualifiedName: '/paths/~1trips/get/parameters/0/schema', kind: 'value' }],
    });
    expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(4);
  });

  it('escapes embedded-link brackets and strips ANSI; waivers become suppressions (exact text)', () => {
    const log = JSON.parse(formatReport(evilReport(), 'sarif'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const [a, b] = log.runs[0].results;
    expect(a.message.text).toBe(`property ${SARIF} removed (GET /items)`);
    expect(a.locations[0].physicalLocation.artifactLocation.uri).toBe('specs/a,b%0A%25.yaml');
    expect(b.suppressions).toEqual([{ kind: 'external', justification: `accepted ${SARIF}` }]);
  });

  it('gives the same finding the same fingerprint when only its line moves', async () => {
    const a = JSON.parse(formatReport(await example(), 'sarif')).runs[0].results;
    const r = await example();
    for (const f of r.findings) if (f.new?.line) f.new.line += 10;
    const b = JSON.parse(formatReport(r, 'sarif')).runs[0].results;
    expect(b.map((x: { partialFingerprints: unknown }) => x.partialFingerprints)).toEqual(a.map((x: { partialFingerprints: unknown }) => x.partialFingerprints));
    expect(new Set(a.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['apicompatFinding/v1'])).size).toBe(a.length);
  });
});

/** Enough of an XML well-formedness check for our output: balanced tags, no raw `<`/`&` in text or attributes. */
function wellFormed(doc: string): boolean {
  const stack: string[] = [];
  const body = doc.replace(/^<\?xml[^>]*\?>/, '');
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const m of body.matchAll(token)) {
    if (m.index !== consumed) return false;
    consumed += m[0].length;
    if (m[5] !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(m[5])) return false;
      continue;
    }
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]!);
  }
  return consumed === body.length && stack.length === 0;
}

describe('finding places', () => {
  it('a removal read from git points at the path without the old line (it means nothing in the new version)', async () => {
    const r = await example();
    const removed = r.findings.find((f) => f.rule === 'operation-removed')!;
    removed.old = { ...removed.old!, file: '0123456789abcdef0123456789abcdef01234567:./specs/trips.yaml' };
    expect(formatReport({ ...r, findings: [removed] }, 'github')).toBe(
      '::error file=specs/trips.yaml,title=apicompat breaking%3A operation-removed::operation DELETE /trips/{id} removed [was at 0123456789abcdef0123456789abcdef01234567:./specs/trips.yaml:47 /paths/~1trips~1{id}/delete]\n',
    );
  });
});

describe('terminal text', () => {
  it('never starts a line with `::`, so a CI log cannot run it as a workflow command', async () => {
    const { terminal } = await import('../../src/report/escape.js');
    expect(terminal('::error::pwned')).toBe('\u200b::error::pwned');
    expect(terminal('  ::set-output name=x::y\n::error::z')).toBe('  \u200b::set-output name=x::y ::error::z');
    expect(terminal('GET /a::b')).toBe('GET /a::b');
  });
});
