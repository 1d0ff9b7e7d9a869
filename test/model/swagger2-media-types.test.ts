import { describe, expect, it } from 'vitest';
import { compareTexts, contractOf } from '../helpers/inline.js';

const swagger = (consumes: string) => `swagger: '2.0'
info: { title: T, version: 1.0.0 }
consumes: [application/json]
paths:
  /trips:
    post:
${consumes}      parameters:
        - { in: body, name: trip, schema: { type: object } }
      responses:
        '201': { description: created }
`;

describe('Swagger 2.0 consumes / produces', () => {
  it('locates each media type at its consumes entry, the operation list winning over the document list', async () => {
    const own = await contractOf(swagger('      consumes:\n        - application/json\n        - text/csv\n'));
    const body = own.operations.get('POST /trips')!.requestBody!;
    expect([...body.content.values()].map((m) => [m.mediaType, m.pointer])).toEqual([
      ['application/json', '/paths/~1trips/post/consumes/0'],
      ['text/csv', '/paths/~1trips/post/consumes/1'],
    ]);
    const inherited = await contractOf(swagger(''));
    expect([...inherited.operations.get('POST /trips')!.requestBody!.content.values()].map((m) => m.pointer)).toEqual(['/consumes/0']);
  });

  it('reports a dropped consumes entry at the line that listed it', async () => {
    const report = await compareTexts(swagger('      consumes:\n        - application/json\n        - text/csv\n'), swagger(''));
    const f = report.findings.find((x) => x.rule === 'request-media-type-removed');
    expect(f?.old).toMatchObject({ pointer: '/paths/~1trips/post/consumes/1', line: 9 });
  });
});
