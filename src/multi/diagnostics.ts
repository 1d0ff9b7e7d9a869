import type { Report } from '../compare.js';
import type { Diagnostic } from '../diagnostics.js';

/**
 * One config, several comparisons (`apicompat check`, the Action on a monorepo): a waiver is stale only when
 * it matches no finding in any of them, so the per-comparison `unused-waiver` diagnostics are replaced by one
 * per waiver unused everywhere, for the combined output to show once. A single comparison keeps its own.
 * `configFile` (as the output should name it) is set on every waiver diagnostic.
 */
export function settleDiagnostics<T extends { report?: Report }>(outcomes: T[], configFile?: string): { outcomes: T[]; diagnostics: Diagnostic[] } {
  const named = (d: Diagnostic): Diagnostic => (configFile && (d.code === 'unused-waiver' || d.code === 'partial-waiver') ? { ...d, file: configFile } : d);
  const compared = outcomes.filter((o) => o.report);
  if (compared.length <= 1) {
    return { outcomes: outcomes.map((o) => (o.report?.diagnostics ? { ...o, report: { ...o.report, diagnostics: o.report.diagnostics.map(named) } } : o)), diagnostics: [] };
  }
  const unusedIn = new Map<string, { d: Diagnostic; count: number }>();
  for (const o of compared) {
    for (const d of o.report!.diagnostics ?? []) {
      if (d.code !== 'unused-waiver' || d.pointer === undefined) continue;
      const seen = unusedIn.get(d.pointer);
      unusedIn.set(d.pointer, { d: seen?.d ?? d, count: (seen?.count ?? 0) + 1 });
    }
  }
  const diagnostics = [...unusedIn.values()]
    .filter((u) => u.count === compared.length)
    .map((u) => named({ ...u.d, message: u.d.message.replace('matches no finding', `matches no finding in any of the ${compared.length} contracts`) }));
  const stripped = outcomes.map((o) => {
    if (!o.report?.diagnostics) return o;
    const { diagnostics: own, ...report } = o.report;
    const rest = own.filter((d) => d.code !== 'unused-waiver');
    return { ...o, report: rest.length ? { ...report, diagnostics: rest } : report };
  });
  return { outcomes: stripped, diagnostics };
}
