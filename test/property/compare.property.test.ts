import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareContracts, toContract, type Report } from '../../src/compare.js';
import type { Level } from '../../src/engine/types.js';
import { loadText } from '../../src/load/index.js';
import { specArb } from './arbitraries.js';

// Runs per property; raise with APICOMPAT_PROPERTY_RUNS for a longer soak.
const RUNS = Number(process.env.APICOMPAT_PROPERTY_RUNS ?? 300);
const NOW = new Date('2026-06-01T00:00:00Z');

async function load(name: string, doc: unknown) {
  return toContract(await loadText({ name, text: JSON.stringify(doc, null, 1) }));
}

async function compareDocs(a: unknown, b: unknown): Promise<Report> {
  return compareContracts(await load('old.json', a), await load('new.json', b), { config: { now: NOW } });
}

/** Same document, every mapping's keys in reverse order: the contract is the same. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
}

const withoutLines = (r: Report) => JSON.parse(JSON.stringify(r.findings, (k, v) => (k === 'line' ? undefined : v))) as unknown;

describe('property: the pipeline on random valid specs', () => {
  it(`never crashes and always gives a verdict (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(specArb, specArb, async (a, b) => {
        const r = await compareDocs(a, b);
        expect(['breaking', 'warning', 'compatible', 'unchanged']).toContain(r.verdict);
        expect(r.summary.total).toBe(r.findings.length);
        for (const f of r.findings) expect(f.message).not.toMatch(/\{\{|undefined/);
      }),
      { numRuns: RUNS },
    );
  });

  it(`compare(a, a) is always unchanged (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (a) => {
        const r = await compareDocs(a, structuredClone(a));
        expect(r.findings).toEqual([]);
        expect(r.verdict).toBe('unchanged');
        expect(r.bump).toBe('none');
      }),
      { numRuns: RUNS },
    );
  });

  it(`findings are deterministic: same order every run and whatever the key order (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(specArb, specArb, async (a, b) => {
        const first = await compareDocs(a, b);
        const again = await compareDocs(a, b);
        expect(again.findings).toEqual(first.findings);
        const shuffled = await compareDocs(reverseKeys(a), reverseKeys(b));
        expect(withoutLines(shuffled)).toEqual(withoutLines(first));
        expect(shuffled.verdict).toBe(first.verdict);
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * One schema edit and its reverse, placed in a request body (input) or a response (output) next to
 * random unchanged properties. The direction table fixes the verdict of both: the edit that is safe on
 * one side of the wire is not safe reversed.
 */
type Edit = { name: string; before: object; after: object; input: [Level, Level]; output: [Level, Level] };
const EDITS: Edit[] = [
  { name: 'type widened integer -> number', before: { type: 'integer' }, after: { type: 'number' }, input: ['compatible', 'breaking'], output: ['breaking', 'compatible'] },
  { name: 'enum value added', before: { type: 'string', enum: ['a', 'b'] }, after: { type: 'string', enum: ['a', 'b', 'c'] }, input: ['compatible', 'breaking'], output: ['warning', 'compatible'] },
  { name: 'maxLength raised', before: { type: 'string', maxLength: 10 }, after: { type: 'string', maxLength: 20 }, input: ['compatible', 'breaking'], output: ['warning', 'compatible'] },
  { name: 'minimum lowered', before: { type: 'integer', minimum: 5 }, after: { type: 'integer', minimum: 0 }, input: ['compatible', 'breaking'], output: ['warning', 'compatible'] },
];

function placed(schema: object, flow: 'input' | 'output', required: boolean, others: Record<string, object>) {
  const body = { type: 'object', properties: { ...others, edited: schema }, ...(required ? { required: ['edited'] } : {}) };
  const op =
    flow === 'input'
      ? { requestBody: { required: true, content: { 'application/json': { schema: body } } }, responses: { '204': { description: 'ok' } } }
      : { responses: { '200': { description: 'ok', content: { 'application/json': { schema: body } } } } };
  return { openapi: '3.0.3', info: { title: 'T', version: '1.0.0' }, paths: { '/trips': { post: op } } };
}

const othersArb = fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.constantFrom({ type: 'string' }, { type: 'boolean' }, { type: 'array', items: { type: 'integer' } }), { maxKeys: 3 });

describe('property: direction', () => {
  it(`a schema edit and its reverse are classified by the direction table, never both compatible (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EDITS), fc.constantFrom('input' as const, 'output' as const), fc.boolean(), othersArb, async (edit, flow, required, others) => {
        const forward = await compareDocs(placed(edit.before, flow, required, others), placed(edit.after, flow, required, others));
        const reverse = await compareDocs(placed(edit.after, flow, required, others), placed(edit.before, flow, required, others));
        const [f, r] = edit[flow];
        expect([forward.verdict, reverse.verdict], `${edit.name} in ${flow}`).toEqual([f, r]);
        expect(forward.verdict === 'compatible' && reverse.verdict === 'compatible').toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`required set/unset: optional -> required breaks input, required -> optional breaks output (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('input' as const, 'output' as const), othersArb, fc.constantFrom({ type: 'string' }, { type: 'integer' }), async (flow, others, schema) => {
        const optional = placed(schema, flow, false, others);
        const required = placed(schema, flow, true, others);
        const toRequired = await compareDocs(optional, required);
        const toOptional = await compareDocs(required, optional);
        expect([toRequired.verdict, toOptional.verdict]).toEqual(flow === 'input' ? ['breaking', 'compatible'] : ['compatible', 'breaking']);
      }),
      { numRuns: RUNS },
    );
  });
});

type Doc = { paths: Record<string, Record<string, { parameters?: Array<{ in: string; required?: boolean; name: string }>; responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>> };

/** One edit a comparison must notice, and the rule that must report it. */
const MUTATIONS: Array<{ name: string; apply: (d: Doc) => string | undefined }> = [
  {
    name: 'operation removed',
    apply: (d) => {
      const [path, ops] = Object.entries(d.paths)[0]!;
      const method = Object.keys(ops)[0]!;
      const op = ops[method] as { deprecated?: boolean; 'x-sunset'?: string };
      // The deprecation policy: a past sunset (NOW is 2026-06-01) makes the removal planned, not breaking.
      const rule = op.deprecated && op['x-sunset'] === '2020-01-01' ? 'operation-removed-after-sunset' : 'operation-removed';
      delete ops[method];
      if (Object.keys(ops).length === 0) delete d.paths[path];
      return rule;
    },
  },
  {
    name: 'query parameter became required',
    apply: (d) => {
      for (const ops of Object.values(d.paths)) for (const op of Object.values(ops)) for (const p of op.parameters ?? []) if (p.in === 'query' && !p.required) return (p.required = true), 'parameter-became-required';
      return undefined;
    },
  },
  {
    name: 'response schema replaced by one of another type',
    apply: (d) => {
      for (const ops of Object.values(d.paths))
        for (const op of Object.values(ops)) {
          const media = op.responses['200']?.content?.['application/json'];
          if (media && media.schema.type === 'boolean') return (media.schema = { type: 'string' }), 'type-changed';
        }
      return undefined;
    },
  },
];

describe('property: a real edit is never "no changes"', () => {
  it(`each mutation is reported by its rule, whatever the rest of the spec (${RUNS} runs)`, async () => {
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(specArb, fc.constantFrom(...MUTATIONS), async (a, mutation) => {
        const b = structuredClone(a) as unknown as Doc;
        const rule = mutation.apply(b);
        fc.pre(rule !== undefined);
        applied++;
        const r = await compareDocs(a, b);
        expect(r.verdict, mutation.name).not.toBe('unchanged');
        expect(r.findings.map((f) => f.rule), mutation.name).toContain(rule);
      }),
      { numRuns: RUNS },
    );
    expect(applied).toBeGreaterThan(RUNS / 3);
  });
});
