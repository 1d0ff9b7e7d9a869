// Real documents: the AsyncAPI 2.x examples that shipped in `@asyncapi/cli` (0.59.1 is the last release whose
// examples are 2.x), downloaded once with `npm pack` into .cache/asyncapi (gitignored), each converted to 3.0
// with `@asyncapi/converter`. A document and its conversion describe the same contract: comparing them either
// way must find nothing breaking and nothing to warn about.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from '@asyncapi/converter';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compare, type Report } from '../../src/compare.js';
import { ROOT } from '../helpers/fixtures.js';
import { asyncapiCliExamples } from '../../scripts/asyncapi-examples.mjs';

const CACHE = path.join(ROOT, '.cache', 'asyncapi');
const pairs: Array<{ name: string; v2: string; v3: string }> = [];

/** The converter prints what it drops (2.x parameter schemas) on the console: not this test's output. */
function quietly<T>(f: () => T): T {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return f();
  } finally {
    warn.mockRestore();
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(() => {
  const examples = asyncapiCliExamples('0.59.1', CACHE);
  const out = path.join(CACHE, 'converted');
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(examples).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const text = readFileSync(path.join(examples, file), 'utf8');
    if (!/^asyncapi: *['"]?2\./m.test(text)) continue;
    const v3 = path.join(out, file.replace(/\.ya?ml$/, '.v3.yaml'));
    writeFileSync(v3, yaml.dump(quietly(() => convert(yaml.load(text) as never, '3.0.0')) as object, { noRefs: true, lineWidth: -1 }));
    pairs.push({ name: file, v2: path.join(examples, file), v3 });
  }
}, 300_000);

/** What keeps two documents from comparing equal: breaking and warning findings, or a load error. */
async function problems(a: string, b: string): Promise<{ problems: string[]; diagnostics: string[] }> {
  try {
    const r = await compare(a, b, { cwd: ROOT });
    return {
      problems: r.findings.filter((f) => f.level === 'breaking' || f.level === 'warning').map((f) => `${f.level} ${f.rule}: ${f.message}`),
      diagnostics: (r.diagnostics ?? []).map((d) => `${d.code} ${path.basename(d.file ?? '')} ${d.pointer}: ${d.message}`),
    };
  } catch (e) {
    return { problems: [`error: ${(e as Error).message}`], diagnostics: [] };
  }
}

describe('AsyncAPI 2.x examples of @asyncapi/cli and their @asyncapi/converter 3.0 output', () => {
  it('are the 2.x documents expected', () => {
    expect(pairs.length).toBe(18);
  });

  for (const [direction, forward] of [['2.x -> 3.0', true], ['3.0 -> 2.x', false]] as const) {
    it(`compare equal, ${direction}`, async () => {
      const found: Record<string, string[]> = {};
      const diagnostics = new Set<string>();
      for (const p of pairs) {
        const r = forward ? await problems(p.v2, p.v3) : await problems(p.v3, p.v2);
        if (r.problems.length) found[p.name] = r.problems;
        for (const d of r.diagnostics) diagnostics.add(d);
      }
      console.log(`${direction}: ${pairs.length - Object.keys(found).length} / ${pairs.length} pairs equal`);
      expect(found).toEqual({});
      // The 3.0 schema checks binding contents, which the 2.x schemas leave open: four examples nest or spell
      // bindings in ways 3.0 refuses (the converter copies them as they are): warnings, and the comparison goes on.
      expect([...diagnostics].sort()).toEqual(EXPECTED_DIAGNOSTICS);
    });
  }
});

const EXPECTED_DIAGNOSTICS: string[] = [
  'invalid-document gitter-streaming.v3.yaml /components/messages/chatMessage/bindings/http/$ref: invalid http binding: unknown property "$ref"',
  'invalid-document gitter-streaming.v3.yaml /components/messages/heartbeat/bindings/http/$ref: invalid http binding: unknown property "$ref"',
  'invalid-document gitter-streaming.v3.yaml /operations/~1rooms~1{roomId}~1{resource}.subscribe/bindings/http/type: invalid http binding: unknown property "type"',
  'invalid-document operation-security.v3.yaml /operations/AUTHORIZATION_REVOCATION.subscribe/bindings/http/type: invalid http binding: unknown property "type"',
  'invalid-document rpc-client.v3.yaml /channels/rpc_queue/messages/requestSum.message/bindings/amqp/replyTo: invalid amqp binding: unknown property "replyTo"',
  'invalid-document rpc-server.v3.yaml /channels/rpc_queue/messages/sum.message/bindings/amqp/replyTo: invalid amqp binding: unknown property "replyTo"',
];

describe('AsyncAPI 3.1: the examples of @asyncapi/cli 6.2.0', () => {
  const examples: string[] = [];
  beforeAll(() => {
    const dir = asyncapiCliExamples('6.2.0', CACHE);
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      // One example refers to Avro schemas on asyncapi.com: this test does not go on the network.
      if (/\.ya?ml$/.test(f) && /^asyncapi: *['"]?3\.1\./m.test(text) && !/\$ref: *['"]?https?:/.test(text)) examples.push(path.join(dir, f));
    }
  }, 300_000);

  it('load, and each compares equal to itself', async () => {
    expect(examples.length).toBe(19);
    for (const file of examples) {
      const r = await compare(file, file, { cwd: ROOT });
      expect([path.basename(file), r.findings, r.diagnostics]).toEqual([path.basename(file), [], undefined]);
    }
  });

  it('model as 3.0 does: a 3.1 example and the same document labelled 3.0.0 compare equal', async () => {
    const out = path.join(CACHE, 'as-3.0');
    mkdirSync(out, { recursive: true });
    for (const file of examples) {
      const as30 = path.join(out, path.basename(file));
      writeFileSync(as30, readFileSync(file, 'utf8').replace(/^asyncapi: *['"]?3\.1\.0['"]?/m, 'asyncapi: 3.0.0'));
      const r = await compare(file, as30, { cwd: ROOT });
      expect([path.basename(file), r.findings.filter((f) => f.level !== 'info').map((f) => `${f.rule}: ${f.message}`), r.diagnostics]).toEqual([path.basename(file), [], undefined]);
    }
  });
});
