import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createLineLocator, locateJson, locateYamlBlock, yamlDocumentLocator } from '../../src/load/positions.js';
import { buildJsonIndex } from '../../src/load/json-index.js';
import { encodeSegment } from '../../src/load/pointer.js';
import { walkDocument } from '../../src/load/refs.js';
import { FIXTURES } from '../helpers/fixtures.js';

/** Every pointer of a parsed document, plus one missing child per container. */
function allPointers(value: unknown, at = '', out: string[] = []): string[] {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((v, i) => allPointers(v, `${at}/${i}`, out));
    out.push(`${at}/${value.length}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allPointers(v, `${at}/${encodeSegment(k)}`, out);
    out.push(`${at}/no-such-key`);
  }
  return out;
}

/** The fast scanner must agree with a full `yaml` parse on every pointer (the full parse is the reference). */
function expectSameAsReference(text: string, parsed: unknown, fast: (wanted: Set<string>) => Map<string, number>): void {
  const pointers = allPointers(parsed);
  const reference = yamlDocumentLocator(text)(pointers);
  const got = fast(new Set(pointers));
  expect(Object.fromEntries(got)).toEqual(Object.fromEntries(reference));
}

/** Every YAML file under fixtures/, except fixtures/bad: hostile inputs (an alias bomb among them) never reach the locator. */
function yamlFixtures(dir = FIXTURES, files: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (p !== path.join(FIXTURES, 'bad')) yamlFixtures(p, files);
    } else if (/\.ya?ml$/.test(name)) files.push(p);
  }
  return files;
}

const lines = (text: string, pointers: string[]) => Object.fromEntries(createLineLocator(text, text.trimStart().startsWith('{') ? 'json' : 'yaml')(pointers));

const BLOCK = `openapi: 3.0.3   # comment
info:
  title: "Quoted: title"
  description: |
    Multi-line
      block scalar: not a key
    - not an item

  version: '1.0'
paths:
  /a~b/{id}:
    get:
      parameters:
        - name: id
          in: path
        -
          name: q
          in: query
        - $ref: '#/components/parameters/x'
      responses:
        '200':
          description: >-
            folded
            text
        404:
          description: plain
            multi-line
            scalar
components:
  schemas:
    "quoted/key":
      type: object
      required:
      - a
      - b
      properties:
        a: {type: string, enum: [x, y]}
        b:
          type: array
          items: [
            {type: integer},
            {type: 'null'}
          ]
    'it''s': &anchor
      type: string
    alias: *anchor
  parameters:
    x:
      name: x
      in: query
`;

describe('YAML line locator (block scanner)', () => {
  it('finds keys, items, quoted and special keys', () => {
    const got = lines(BLOCK, [
      '',
      '/info/title',
      '/info/version',
      '/paths/~1a~0b~1{id}/get/parameters/0',
      '/paths/~1a~0b~1{id}/get/parameters/0/in',
      '/paths/~1a~0b~1{id}/get/parameters/1',
      '/paths/~1a~0b~1{id}/get/parameters/2',
      '/paths/~1a~0b~1{id}/get/responses/200',
      '/paths/~1a~0b~1{id}/get/responses/404/description',
      '/components/schemas/quoted~1key/required/1',
      "/components/schemas/it's",
      '/components/parameters/x/in',
    ]);
    expect(got).toEqual({
      '': 1,
      '/info/title': 3,
      '/info/version': 9,
      '/paths/~1a~0b~1{id}/get/parameters/0': 14,
      '/paths/~1a~0b~1{id}/get/parameters/0/in': 15,
      '/paths/~1a~0b~1{id}/get/parameters/1': 17,
      '/paths/~1a~0b~1{id}/get/parameters/2': 19,
      '/paths/~1a~0b~1{id}/get/responses/200': 21,
      '/paths/~1a~0b~1{id}/get/responses/404/description': 26,
      '/components/schemas/quoted~1key/required/1': 35,
      "/components/schemas/it's": 44,
      '/components/parameters/x/in': 50,
    });
  });

  it('does not read keys or items inside block scalars and multi-line plain scalars', () => {
    const got = lines(BLOCK, ['/info/description/block scalar', '/paths/~1a~0b~1{id}/get/responses/404/description/multi-line']);
    expect(got).toEqual({});
  });

  it('resolves pointers inside flow collections, across lines', () => {
    const got = lines(BLOCK, ['/components/schemas/quoted~1key/properties/a/enum/1', '/components/schemas/quoted~1key/properties/b/items/1/type']);
    expect(got).toEqual({ '/components/schemas/quoted~1key/properties/a/enum/1': 37, '/components/schemas/quoted~1key/properties/b/items/1/type': 42 });
  });

  it('gives no line below an alias (the text has none)', () => {
    expect(lines(BLOCK, ['/components/schemas/alias', '/components/schemas/alias/type'])).toEqual({ '/components/schemas/alias': 46 });
  });

  it('agrees with a full parse on every pointer of the sample, without falling back', () => {
    expectSameAsReference(BLOCK, jsYaml.load(BLOCK), (w) => locateYamlBlock(BLOCK, w));
  });

  const odd: Record<string, string> = {
    'sequence at the key column': 'a:\n- 1\n- x: 2\n  y: 3\nb: 4\n',
    'nested compact sequences': '- - a\n  - b\n- - c\n',
    'empty items and values': 'a:\nb:\n  -\n  - x\nc: ~\n',
    'document start, comments and CRLF': '%YAML 1.2\n---\r\n# top\r\na: 1\r\n  # indented comment\r\nb:\r\n  c: "x\r\n    y"\r\n',
    'numeric, boolean and null keys': '200: a\n1.0: b\ntrue: c\n~: d\n0x1F: e\n-1: f\n',
    'escaped double-quoted keys': '"a\\tb": 1\n"\\u00e9": 2\n"x\\"y": 3\n',
    'keys with colons, hashes and slashes': 'a:b: 1\nc#d: 2\nhttp://x/y: 3\n"e: f": 4\n',
    'anchored and tagged values': 'a: &x\n  b: 1\nc: !!str 5\nd: !!map\n  e: 2\n',
    'flow collections as items and values': 'a: [1, {b: 2}]\nc:\n  - {d: [3,\n    4]}\n  - [5]\ne: {}\n',
    'block scalars with indicators': 'a: |2\n    indented\n  b\nc: >+\n\n  d\n\ne: 1\n',
    'quoted values spanning lines': "a: 'it''s\n  two'\nb: \"x\n  y\"\nc: 3\n",
    'document end marker': 'a: 1\n...\n',
  };
  for (const [name, text] of Object.entries(odd)) {
    it(`agrees with a full parse: ${name}`, () => {
      expectSameAsReference(text, jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }), (w) => locateYamlBlock(text, w));
    });
  }

  it('falls back to the full parser for what the scanner does not handle, with the same answers', () => {
    for (const text of ['? complex\n: key\nb: 1\n', '{a: 1,\n b: [2, 3]}\n', 'a: 1\n---\n']) {
      const parsed = (() => {
        try {
          return jsYaml.load(text);
        } catch {
          return { a: 1, b: [2, 3] };
        }
      })();
      const pointers = allPointers(parsed);
      expect(Object.fromEntries(createLineLocator(text, 'yaml')(pointers))).toEqual(Object.fromEntries(yamlDocumentLocator(text)(pointers)));
    }
    expect(() => locateYamlBlock('? complex\n: key\n', new Set(['/complex']))).toThrow();
  });

  it('agrees with a full parse on every YAML fixture in the repository', () => {
    const files = yamlFixtures();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expectSameAsReference(text, jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }), (w) => createLineLocator(text, 'yaml')(w));
    }
  });

  it('agrees with a full parse on a js-yaml dump of a JSON document with awkward strings', () => {
    const doc = {
      paths: { '/x/{id}': { get: { summary: 'a: b # c', description: 'line 1\nline 2\n  indented', tags: [], enum: ['- dash', "'q'", '"dq"', '{flow}', '200', 'true', ''] } } },
      'key with spaces': { '~tilde': [[1, 2], [], {}, [{ a: null }]] },
      long: 'word '.repeat(40),
    };
    const text = jsYaml.dump(doc, { noRefs: true });
    expectSameAsReference(text, doc, (w) => locateYamlBlock(text, w));
  });
});

describe('JSON line locator', () => {
  const JSON_TEXT = `{
  "openapi": "3.0.3",
  "paths": {
    "/a~b/{id}": {
      "get": {
        "tags": ["x", "y"],
        "parameters": [
          { "name": "id", "in": "path" },
          {
            "name": "q\\"uoted\\u00e9", "in": "query"
          }
        ]
      }
    }
  },
  "x": [1, true, null, [2, 3], {"k": "}{]["}],
  "last": {}
}`;

  it('finds keys, array items and escaped keys, skipping unrelated subtrees', () => {
    const got = lines(JSON_TEXT, ['', '/paths/~1a~0b~1{id}/get/tags/1', '/paths/~1a~0b~1{id}/get/parameters/1', '/paths/~1a~0b~1{id}/get/parameters/1/in', '/x/4/k', '/last', '/x/3/1']);
    expect(got).toEqual({ '': 1, '/paths/~1a~0b~1{id}/get/tags/1': 6, '/paths/~1a~0b~1{id}/get/parameters/1': 9, '/paths/~1a~0b~1{id}/get/parameters/1/in': 10, '/x/4/k': 16, '/last': 17, '/x/3/1': 16 });
  });

  it('agrees with a full parse on every pointer', () => {
    expectSameAsReference(JSON_TEXT, JSON.parse(JSON_TEXT), (w) => locateJson(JSON_TEXT, w));
    const compact = JSON.stringify(JSON.parse(JSON_TEXT));
    expectSameAsReference(compact, JSON.parse(compact), (w) => locateJson(compact, w));
  });

  it('agrees with a full parse on every YAML fixture written as JSON, pretty, compact and with odd spacing', () => {
    const files = yamlFixtures();
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const doc = jsYaml.load(readFileSync(f, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
      if (doc === null || typeof doc !== 'object') continue;
      // Non-ASCII keys and values: byte offsets and character offsets differ, lines must not.
      const spiced = { 'clé ünïcode ✓': { 'ключ': ['värde', { 'é"\\': 1 }] }, ...(doc as object) };
      for (const text of [JSON.stringify(spiced, null, 2), JSON.stringify(spiced), JSON.stringify(spiced, null, '\t').replace(/": /g, '" :\n ').replace(/,\n/g, '\n,')]) {
        expectSameAsReference(text, spiced, (w) => locateJson(text, w));
        const index = buildJsonIndex(Buffer.from(text));
        const walk = walkDocument(JSON.parse(text), false);
        expect(index.keyCount).toBe(walk.keyCount);
        // The loader takes the `$ref`s from the scan instead of walking the parsed value.
        expect([...index.refs].sort()).toEqual([...new Set(walk.refs.map((r) => r.ref))].sort());
        expect(index.maybeDuplicate).toBe(false);
      }
    }
  });
});
