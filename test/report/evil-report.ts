import type { Report } from '../../src/compare.js';

/** Everything a PR author controls that could be read as syntax by some output format. */
export const EVIL = 'x\n::set-output name=x::y\r\n::error::pwned %0A [click](https://evil.example) <img src=x onerror=alert(1)> \u001b[31mred\u001b[0m @octocat';

/** A hand-made report whose spec-derived strings all carry the payload. */
export function evilReport(): Report {
  return {
    verdict: 'breaking',
    bump: 'major',
    currentVersion: '1.0.0',
    nextVersion: '2.0.0',
    summary: { breaking: 1, warning: 1, compatible: 0, info: 0, total: 2 },
    recommendation: { text: `1 breaking change: ${EVIL}` },
    findings: [
      {
        rule: 'output-property-removed',
        level: 'breaking',
        kind: 'schema.property.removed',
        message: `property ${EVIL} removed`,
        operation: 'GET /items',
        flow: 'output',
        subject: { property: EVIL },
        old: { file: 'old.yaml', pointer: '/paths/~1items/get', line: 7 },
        new: { file: 'specs/a,b\n%.yaml', pointer: '/paths/~1items/get', line: 9 },
      },
      {
        rule: 'output-enum-value-added',
        level: 'warning',
        kind: 'schema.enum.value-added',
        message: `value ${EVIL} added`,
        operation: 'GET /items',
        flow: 'output',
        subject: { value: EVIL },
        new: { file: 'new.yaml', pointer: '/x', line: 3 },
        waived: { reason: `accepted ${EVIL}` },
      },
    ],
    sources: {
      old: { file: 'old.yaml', format: 'openapi', specVersion: '3.0.3' },
      new: { file: 'new.yaml', format: 'openapi', specVersion: '3.0.3' },
    },
  };
}
