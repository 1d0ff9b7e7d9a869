import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';

const BAD = 'fixtures/bad';
/** Bases: valid.yaml has one operation and no schema; valid-schema.yaml adds a response schema, so the diff looks into schemas. */
const VALID = 'valid.yaml';
const SCHEMA = 'valid-schema.yaml';
const EVENTS = 'asyncapi.yaml';

const S = '/paths/~1trips/get/responses/200/content/application~1json/schema';

/**
 * Malformed structure: each file has one object of the wrong shape. Compared with its base (as the new
 * side and as the old side), the run stops with exit 2 and one line naming file, line, reason and pointer,
 * instead of reading the malformed object as absent (a removal or a widening).
 */
const CASES: Array<[file: string, base: string, line: number, detail: string, pointer: string]> = [
  ['openapi-and-asyncapi.yaml', VALID, 2, 'ambiguous API description: it has `openapi` and `asyncapi` fields at the top level; keep the one the document is written in', '/asyncapi'],
  ['shape-swagger-and-openapi.yaml', VALID, 1, 'ambiguous API description: it has `openapi` and `swagger` fields at the top level; keep the one the document is written in', '/swagger'],
  ['shape-path-item.yaml', VALID, 4, 'path item `/trips` must be a mapping, not a list', '/paths/~1trips'],
  ['shape-operation.yaml', VALID, 5, 'operation `get` must be a mapping, not a string ("nope")', '/paths/~1trips/get'],
  ['shape-responses.yaml', VALID, 6, '`responses` must be a mapping, not a number (7)', '/paths/~1trips/get/responses'],
  ['shape-schema.yaml', VALID, 11, '`schema` must be a mapping, not a string ("stringy")', S],
  ['shape-schema-boolean.yaml', VALID, 11, '`schema` must be a mapping, not a boolean (true)', S],
  ['shape-parameters.yaml', VALID, 6, '`parameters` must be a list, not a mapping', '/paths/~1trips/get/parameters'],
  ['shape-parameter-in.yaml', VALID, 7, 'parameter `limit` has no `in` (query, header, path or cookie)', '/paths/~1trips/get/parameters/0'],
  ['shape-parameter-location.yaml', VALID, 8, 'parameter `in` must be query, header, path or cookie, not a string ("body")', '/paths/~1trips/get/parameters/0/in'],
  ['shape-request-body.yaml', VALID, 6, '`requestBody` must be a mapping, not a list', '/paths/~1trips/get/requestBody'],
  ['shape-content.yaml', VALID, 9, '`content` must be a mapping, not a string ("application/json")', '/paths/~1trips/get/responses/200/content'],
  ['shape-headers.yaml', VALID, 10, 'header `X-Rate-Limit` must be a mapping, not a number (100)', '/paths/~1trips/get/responses/200/headers/X-Rate-Limit'],
  ['shape-security.yaml', VALID, 4, 'scopes of `apiKey` must be a list, not a string ("read")', '/security/0/apiKey'],
  ['shape-servers.yaml', VALID, 4, 'server must be a mapping, not a string ("https://api.example.com")', '/servers/0'],
  ['shape-swagger-produces.yaml', VALID, 3, '`produces` must be a list, not a string ("application/json")', '/produces'],
  ['shape-swagger-body.yaml', VALID, 7, 'body parameter `trip` has no `schema`', '/paths/~1trips/get/parameters/0'],
  // Inside schemas: checked where the diff builds the schema's view, so the base has a schema to compare with.
  ['shape-properties.yaml', SCHEMA, 13, '`properties` must be a mapping, not an empty list', `${S}/properties`],
  ['shape-property.yaml', SCHEMA, 14, 'a schema must be a mapping, not a string ("string")', `${S}/properties/id`],
  ['shape-required.yaml', SCHEMA, 15, '`required` must be a list of property names, not a string ("id")', `${S}/required`],
  [
    'shape-required-boolean.yaml',
    SCHEMA,
    14,
    '`required` must be a list of property names, not a boolean (true); a property is made required by listing its name in `required` of the object holding it',
    `${S}/properties/id/required`,
  ],
  ['shape-items.yaml', SCHEMA, 13, '`items` must be a schema (a mapping) or a list of schemas, not a number (3)', `${S}/items`],
  ['shape-allof.yaml', SCHEMA, 12, '`allOf` must be a non-empty list of schemas, not a mapping', `${S}/allOf`],
  ['shape-type.yaml', SCHEMA, 12, '`type` must be a type name or a list of them, not a number (5)', `${S}/type`],
  ['shape-type-name.yaml', SCHEMA, 12, '`type` must be array, boolean, integer, null, number, object or string, not a string ("obect")', `${S}/type`],
  ['shape-enum.yaml', SCHEMA, 13, '`enum` must be a list, not a string ("open")', `${S}/enum`],
  ['shape-max-length.yaml', SCHEMA, 13, '`maxLength` must be a number, not a string ("10")', `${S}/maxLength`],
  ['shape-additional-properties.yaml', SCHEMA, 13, '`additionalProperties` must be true, false or a schema (a mapping), not a string ("none")', `${S}/additionalProperties`],
  // AsyncAPI: every document is validated at load against its official JSON Schema; the most specific error is reported.
  ['asyncapi-channels.yaml', EVENTS, 3, 'invalid AsyncAPI 2.6.0 document: "channels" property type must be object', '/channels'],
  ['asyncapi-operation.yaml', EVENTS, 5, 'invalid AsyncAPI 2.6.0 document: "subscribe" property type must be object', '/channels/trip~1created/subscribe'],
  ['asyncapi-message.yaml', EVENTS, 6, 'invalid AsyncAPI 2.6.0 document: "message" property type must be object', '/channels/trip~1created/subscribe/message'],
  ['asyncapi-payload.yaml', EVENTS, 7, 'invalid AsyncAPI 2.6.0 document: "payload" property type must be object,boolean', '/channels/trip~1created/subscribe/message/payload'],
  ['asyncapi-properties.yaml', EVENTS, 9, 'invalid AsyncAPI 2.6.0 document: "properties" property type must be object', '/channels/trip~1created/subscribe/message/payload/properties'],
  ['asyncapi3-payload.yaml', EVENTS, 8, 'invalid AsyncAPI 3.0.0 document: "payload" property type must be object', '/channels/tripCreated/messages/created/payload'],
  // The parser knows no `nullable` (not a JSON Schema keyword), but the model reads it: checked there.
  ['asyncapi-nullable.yaml', EVENTS, 9, '`nullable` must be true or false, not a string ("yes")', '/channels/trip~1created/subscribe/message/payload/nullable'],
];

function oneLine(file: string, line: number, detail: string, pointer: string): string {
  return `apicompat: ${BAD}/${file}:${line}: ${detail} (at ${pointer})\n`;
}

describe('malformed structure is a load error naming file, line and pointer', () => {
  it.each(CASES)('%s as the new side', async (file, base, line, detail, pointer) => {
    const r = await runCli(['breaking', `${BAD}/${base}`, `${BAD}/${file}`]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 2, stdout: '', stderr: oneLine(file, line, detail, pointer) });
  });

  it.each(CASES)('%s as the old side', async (file, base, line, detail, pointer) => {
    const r = await runCli(['changelog', `${BAD}/${file}`, `${BAD}/${base}`]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 2, stdout: '', stderr: oneLine(file, line, detail, pointer) });
  });

  it('compare() rejects with the LoadError, its file, line and pointer', async () => {
    for (const [file, base, line, detail, pointer] of CASES) {
      await expect(compare(`${BAD}/${base}`, `${BAD}/${file}`, { cwd: ROOT }), file).rejects.toMatchObject({ code: 'LOAD', file: `${BAD}/${file}`, line, detail, pointer });
    }
  });
});

describe('well-formed structure is accepted', () => {
  it('3.1 boolean schemas, `schema: null`, and `x-*` extensions of any shape anywhere', async () => {
    const r = await runCli(['changelog', '--format', 'json', `${BAD}/quiet-31-old.yaml`, `${BAD}/quiet-31-new.yaml`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { verdict: string; findings: Array<{ rule: string; level: string }> };
    expect(report.verdict).toBe('compatible');
    expect(report.findings.map((f) => f.level)).toEqual(['info', 'info', 'info', 'info']);
    const back = await runCli(['changelog', `${BAD}/quiet-31-new.yaml`, `${BAD}/quiet-31-old.yaml`]);
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
  });
});
