// The AsyncAPI validator (src/load/json-schema.ts interprets the official JSON Schemas) held to ajv's verdicts:
// on real documents (the examples of @asyncapi/cli 0.59.1 (2.x) and 6.2.0 (3.1), downloaded once into
// .cache/asyncapi, their 3.0 conversions, the AsyncAPI fixtures) and on broken copies of them, where one value
// at a time is replaced, removed or joined by an unknown field. Both must call the same documents valid.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import specs from '@asyncapi/specs';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { JsonSchemaValidator } from '../../src/load/json-schema.js';
import { ROOT } from '../helpers/fixtures.js';
import { asyncapiCliExamples } from '../../scripts/asyncapi-examples.mjs';

type Obj = Record<string, unknown>;
const CACHE = path.join(ROOT, '.cache', 'asyncapi');
const docs: Array<{ name: string; doc: Obj }> = [];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
}

beforeAll(() => {
  const dirs = [asyncapiCliExamples('0.59.1', CACHE), asyncapiCliExamples('6.2.0', CACHE), path.join(CACHE, 'converted'), path.join(ROOT, 'fixtures')];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = yamlFiles(dir);
    } catch {
      continue; // converted/ is written by test/asyncapi/converter.test.ts
    }
    for (const file of files.sort()) {
      const text = readFileSync(file, 'utf8');
      if (!/^asyncapi:/m.test(text)) continue;
      try {
        const doc = yaml.load(text) as Obj;
        if (/^[23]\.\d+\.\d+$/.test(String(doc.asyncapi))) docs.push({ name: path.relative(ROOT, file), doc });
      } catch {
        // not YAML this test can read (fixtures/bad): the loader's own tests cover those
      }
    }
  }
}, 300_000);

const ajvs = new Map<string, (d: unknown) => boolean>();
function ajvFor(version: string): (d: unknown) => boolean {
  let v = ajvs.get(version);
  if (!v) {
    const schema = structuredClone((specs.schemas as Record<string, Obj>)[version]!) as { definitions: Obj };
    delete schema.definitions['http://json-schema.org/draft-07/schema'];
    delete schema.definitions['http://json-schema.org/draft-04/schema'];
    const f = new Ajv({ strict: false, validateFormats: false, allErrors: false }).compile(schema);
    v = (d: unknown) => f(d) as boolean;
    ajvs.set(version, v);
  }
  return v;
}

const mine = new Map<string, JsonSchemaValidator>();
function mineFor(version: string): JsonSchemaValidator {
  let v = mine.get(version);
  if (!v) mine.set(version, (v = new JsonSchemaValidator((specs.schemas as Record<string, Obj>)[version]!)));
  return v;
}

/** Every [parent, key] of the document, depth first. */
function slots(doc: unknown): Array<[Obj | unknown[], string | number]> {
  const out: Array<[Obj | unknown[], string | number]> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) out.push([v as Obj, k]), walk((v as Obj)[k]);
  };
  walk(doc);
  return out;
}

describe('the AsyncAPI JSON Schema validator agrees with ajv', () => {
  it('on real documents', () => {
    expect(docs.length).toBeGreaterThan(60);
    const disagree = docs.filter(({ doc }) => {
      const v = String(doc.asyncapi).replace(/\.\d+$/, '.0');
      return ajvFor(v)(doc) !== !mineFor(v).validate(doc);
    });
    expect(disagree.map((d) => d.name)).toEqual([]);
  });

  it('on broken copies of them (a value replaced, removed, or an unknown field added)', () => {
    const disagree: string[] = [];
    let invalid = 0;
    let tried = 0;
    for (const { name, doc } of docs) {
      const v = String(doc.asyncapi).replace(/\.\d+$/, '.0');
      const all = slots(doc);
      // About 25 places per document, spread over it.
      const step = Math.max(1, Math.floor(all.length / 25));
      for (let i = 0; i < all.length; i += step) {
        for (const edit of ['number', 'string', 'remove', 'unknown'] as const) {
          const copy = structuredClone(doc);
          const [parent, key] = slots(copy)[i]!;
          const p = parent as Obj;
          if (edit === 'number') p[key] = 42;
          else if (edit === 'string') p[key] = 'x';
          else if (edit === 'remove') Array.isArray(parent) ? parent.splice(key as number, 1) : delete p[key];
          else if (p[key] !== null && typeof p[key] === 'object' && !Array.isArray(p[key])) (p[key] as Obj)['bogus-field'] = 1;
          else continue;
          tried++;
          const expected = ajvFor(v)(copy);
          if (!expected) invalid++;
          if (expected === !mineFor(v).validate(copy)) continue;
          disagree.push(`${name} ${edit} #${i}: ajv says ${expected ? 'valid' : 'invalid'}`);
        }
      }
    }
    expect(disagree).toEqual([]);
    expect(tried).toBeGreaterThan(3000);
    expect(invalid).toBeGreaterThan(tried / 4);
  }, 120_000);
});
