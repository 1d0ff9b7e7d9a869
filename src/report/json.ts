import type { Report } from '../compare.js';

/** The documented JSON contract (schema/report.schema.json): the report object itself. */
export function json(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
