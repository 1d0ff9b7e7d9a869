import { describe, expect, it } from 'vitest';
import { compareContracts, type Report } from '../../src/compare.js';
import { sunsetChange, sunsetTime } from '../../src/diff/sunset.js';
import type { EngineConfig } from '../../src/engine/evaluate.js';
import { contractOf } from '../helpers/inline.js';

const now = new Date('2026-06-01T00:00:00Z');

async function run(oldText: string, newText: string, config: EngineConfig = {}): Promise<Report> {
  return compareContracts(await contractOf(oldText, 'old.yaml'), await contractOf(newText, 'new.yaml'), { config: { now, ...config } });
}

const rows = (r: Report) => r.findings.map((f) => [f.rule, f.level, f.operation]);

/** Two operations: `GET /beta` (no level) and `GET /lab` with `x-stability-level: <lab>`; `body` is the lab response's schema. */
function twoOps(lab: string | undefined, body: string, betaBody = body): string {
  return `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
paths:
  /beta:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: ${betaBody} } } }
  /lab:
    get:${lab ? `\n      x-stability-level: ${lab}` : ''}
      responses:
        '200': { description: ok, content: { application/json: { schema: ${body} } } }
`;
}

describe('x-stability-level', () => {
  const before = '{ type: object, required: [id], properties: { id: { type: string } } }';
  const after = '{ type: object, properties: {} }';

  it('reports the breaking changes of a draft or alpha operation as warnings, saying why', async () => {
    for (const level of ['draft', 'alpha']) {
      const r = await run(twoOps(level, before, '{ type: string }'), twoOps(level, after, '{ type: string }'));
      const f = r.findings.find((x) => x.operation === 'GET /lab')!;
      expect([f.rule, f.level, f.defaultLevel, f.stability]).toEqual(['output-property-removed', 'warning', 'breaking', level]);
      expect(f.message).toContain(`(x-stability-level ${level}: may change without notice)`);
    }
  });

  it('keeps them breaking on beta and stable operations, and on others sharing the schema', async () => {
    for (const level of ['beta', 'stable', undefined]) {
      const r = await run(twoOps(level, before), twoOps(level, after));
      expect(rows(r).filter((x) => x[0] === 'output-property-removed'), String(level)).toEqual([['output-property-removed', 'breaking', 'GET /beta'], ['output-property-removed', 'breaking', 'GET /lab']]);
    }
    // One shared change: the alpha operation's finding is lowered, the stable one's is not.
    const r = await run(twoOps('alpha', before), twoOps('alpha', after));
    expect(rows(r).filter((x) => x[0] === 'output-property-removed').sort()).toEqual([
      ['output-property-removed', 'breaking', 'GET /beta'],
      ['output-property-removed', 'warning', 'GET /lab'],
    ]);
  });

  it('reads the old contract: an operation lowered to alpha in this change is still held to its promise', async () => {
    const r = await run(twoOps('stable', before), twoOps('alpha', after));
    expect(rows(r).filter((x) => x[2] === 'GET /lab').sort()).toEqual([
      ['operation-stability-decreased', 'breaking', 'GET /lab'],
      ['output-property-removed', 'breaking', 'GET /lab'],
    ]);
  });

  it('removing a draft or alpha operation is a warning, a beta one stays breaking', async () => {
    const only = (lab: string) => twoOps(lab, before).replace(/ {2}\/lab:[\s\S]*$/, '');
    for (const [level, expected] of [['alpha', 'warning'], ['draft', 'warning'], ['beta', 'breaking']]) {
      const r = await run(twoOps(level, before), only(level!));
      expect(rows(r), level).toEqual([['operation-removed', expected, 'GET /lab']]);
    }
  });

  it('config overrides and profiles do not undo the lowering', async () => {
    const r = await run(twoOps('alpha', before, '{ type: string }'), twoOps('alpha', after, '{ type: string }'), { profile: 'strict', rules: { 'output-property-removed': 'breaking' } });
    expect(rows(r)).toEqual([['output-property-removed', 'warning', 'GET /lab']]);
  });

  it('is read from the old contract: an operation newly marked alpha is not lowered yet', async () => {
    const r = await run(twoOps(undefined, before), twoOps('alpha', after));
    expect(r.findings.find((f) => f.rule === 'output-property-removed' && f.operation === 'GET /lab')?.level).toBe('breaking');
  });
});

describe('deprecated property removed after its sunset', () => {
  const spec = (legacy: string) => `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [legacy]
                properties:
                  id: { type: string }${legacy ? `\n                  legacy: ${legacy}` : ''}
`;
  const gone = spec('');
  const rule = async (legacy: string, config: EngineConfig = {}) => (await run(spec(legacy), gone, config)).findings.map((f) => f.rule);

  it('follows the deprecation policy: x-sunset first, then x-deprecated-since plus minDays', async () => {
    expect(await rule("{ type: string, deprecated: true, x-sunset: '2026-06-01' }")).toEqual(['property-removed-after-sunset']);
    expect(await rule("{ type: string, deprecated: true, x-sunset: '2026-06-02' }")).toEqual(['output-property-removed']);
    expect(await rule("{ type: string, deprecated: true, x-deprecated-since: '2026-04-01' }", { deprecation: { minDays: 61 } })).toEqual(['property-removed-after-sunset']);
    expect(await rule("{ type: string, deprecated: true, x-deprecated-since: '2026-04-01' }", { deprecation: { minDays: 62 } })).toEqual(['output-property-removed']);
    expect(await rule('{ type: string, deprecated: true }', { deprecation: { minDays: 0 } })).toEqual(['property-removed-after-sunset']);
    expect(await rule("{ type: string, x-sunset: '2020-01-01' }")).toEqual(['output-property-removed']);
  });

  it('reads the dates through allOf and through a nullable anyOf wrapper', async () => {
    const wrapped = spec("{ anyOf: [{ type: string }, { type: 'null' }], deprecated: true, x-sunset: '2020-01-01' }").replace('3.0.3', '3.1.0');
    expect((await run(wrapped, gone.replace('3.0.3', '3.1.0'))).findings.map((f) => f.rule)).toEqual(['property-removed-after-sunset']);
    const parts = spec("{ allOf: [{ type: string }, { deprecated: true, x-sunset: '2020-01-01' }] }");
    expect(await rule(parts.match(/legacy: (.*)/)![1]!)).toEqual(['property-removed-after-sunset']);
  });
});

describe('sunset lint', () => {
  it('accepts YYYY-MM-DD, RFC 3339 date-times and the HTTP date of the Sunset header only', () => {
    for (const ok of ['2026-01-31', '2026-01-31T00:00:00Z', '2026-01-31T09:30:00.5+02:00', 'Sat, 31 Jan 2026 00:00:00 GMT']) expect(sunsetTime(ok), ok).toBeTypeOf('number');
    for (const bad of ['2026-02-30', 'Jan 31 2026', '31/01/2026', 'soon', 2026, '', undefined]) expect(sunsetTime(bad), String(bad)).toBeUndefined();
  });

  it('a date written another way is no change; an unparsable old value replaced by a date is a change', () => {
    expect(sunsetChange('2026-01-31', '2026-01-31T00:00:00Z')).toBeUndefined();
    expect(sunsetChange('soon', '2026-01-31')?.facts).toEqual({ removed: false, earlier: false, invalid: false });
    expect(sunsetChange('2026-01-31', undefined)?.facts).toEqual({ removed: true, earlier: false, invalid: false });
  });

  it('reads a Swagger 2 parameter\'s x-sunset once, as the parameter\'s', async () => {
    const spec = (sunset: string) => `swagger: '2.0'
info: { title: T, version: 1.0.0 }
paths:
  /a:
    get:
      parameters:
        - { name: q, in: query, type: string, deprecated: true, x-sunset: '${sunset}' }
      responses: { '200': { description: ok } }
`;
    const r = await run(spec('2027-01-01'), spec('2026-12-01'));
    expect(r.findings.map((f) => [f.rule, f.kind, f.message])).toEqual([['sunset-moved-earlier', 'parameter.sunset.changed', 'x-sunset of query parameter q moved earlier, from 2027-01-01 to 2026-12-01']]);
  });

  it('reports x-deprecated-since changes as documentation', async () => {
    const spec = (since: string) => `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
paths:
  /a:
    get:
      deprecated: true
      x-deprecated-since: '${since}'
      responses: { '200': { description: ok } }
`;
    const r = await run(spec('2026-01-01'), spec('2026-02-01'));
    expect(r.findings.map((f) => [f.rule, f.level])).toEqual([['field-annotation-changed', 'info']]);
  });
});
