import { describe, expect, it } from 'vitest';
import { compareTexts } from '../helpers/inline.js';

const spec = (get: string) => `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
paths:
  /trips:
    get:
${get}
      responses:
        '200': { description: ok }
`;

// A change of one field points at that field's line, not at the first line of the operation or parameter.
describe('field-level change locations', () => {
  it('points a deprecation, an operationId and a summary at their own lines', async () => {
    const report = await compareTexts(spec('      operationId: a\n      summary: x'), spec('      operationId: b\n      summary: y\n      deprecated: true'));
    const at = Object.fromEntries(report.findings.map((f) => [f.rule, [f.old?.line, f.new?.line]]));
    expect(at['operation-id-changed']).toEqual([6, 6]);
    expect(at['operation-documentation-changed']).toEqual([7, 7]);
    // absent in the old document: its nearest parent, the operation
    expect(at['operation-deprecated']).toEqual([5, 8]);
  });

  it('points a parameter that became required at its `required` line', async () => {
    const param = (req: string) => `      parameters:\n        - name: limit\n          in: query\n${req}          schema: { type: integer }`;
    const report = await compareTexts(spec(param('')), spec(param('          required: true\n')));
    const f = report.findings.find((x) => x.rule === 'parameter-became-required');
    expect(f?.new).toMatchObject({ pointer: '/paths/~1trips/get/parameters/0/required', line: 9 });
    expect(f?.old).toMatchObject({ line: 7 });
  });
});

describe('security change locations', () => {
  const secured = (list: string) => `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
security:
${list}paths:
  /a: { get: { responses: { '200': { description: ok } } } }
  /b: { get: { responses: { '200': { description: ok } } } }
`;

  it('points at the alternative and the scheme that changed, once for every operation sharing them', async () => {
    const report = await compareTexts(secured('  - apiKey: []\n  - oauth: [read]\n'), secured('  - apiKey: []\n  - oauth: [read, write]\n  - {}\n'));
    const scope = report.findings.find((f) => f.rule === 'security-scope-added');
    expect(scope?.new).toMatchObject({ pointer: '/security/1/oauth', line: 5 });
    expect(scope?.operations).toEqual(['GET /a', 'GET /b']);
    const alt = report.findings.find((f) => f.rule === 'security-alternative-added');
    expect(alt?.new).toMatchObject({ pointer: '/security/2', line: 6 });
  });
});
