import type { Level } from '../engine/types.js';
import type { Verdict } from '../recommend/index.js';
import { markdownCode } from './escape.js';
import { formatReport } from './index.js';
import { diagnosticsMarkdown } from './markdown.js';
import type { CombinedReport, SpecReport } from './types.js';

/** GitHub refuses a step summary over 1 MiB; leave room for the truncation note. */
export const SUMMARY_BUDGET = 1_000_000;
const SHOWN_WHEN_LARGE: Level[] = ['breaking', 'warning'];
const VERDICT_BADGE: Record<Verdict, string> = { breaking: '🔴 breaking', warning: '🟠 warning', compatible: '🟢 compatible', unchanged: '⚪ unchanged' };

/** What a multi-spec report says of a contract that exists on one side only. */
export const SPEC_NOTE: Record<SpecReport['state'], string> = { compared: '', added: 'is new: compared with an empty contract', deleted: 'was deleted: breaking for every client of it' };

const CUT_NOTE = '\n\n_The report is too large for a step summary and was cut here; run `apicompat breaking` locally, or set the `report-file` input, for all of it._\n';

/**
 * Markdown for one or several contracts (one section each, after an overview table), within `budget` UTF-8
 * bytes: compatible and info findings go first, then the report is cut with `cutNote`. The Action's step
 * summary, its pull-request comments and `apicompat check --format markdown` are this.
 */
export function combinedMarkdown(combined: CombinedReport, budget = Infinity, cutNote = CUT_NOTE): string {
  const full = render(combined, false);
  if (bytes(full) <= budget) return full;
  const reduced = render(combined, true);
  if (bytes(reduced) <= budget) return reduced;
  return truncate(reduced, budget, cutNote);
}

function render(combined: CombinedReport, onlySevere: boolean): string {
  const { specs } = combined;
  const diagnostics = diagnosticsMarkdown(combined.diagnostics ?? []);
  const sections = specs.map((s) => section(s, specs.length > 1, onlySevere));
  if (specs.length === 1) return diagnostics.length ? [sections[0]!, ...diagnostics].join('\n') : sections[0]!;
  const head = [`## apicompat: ${VERDICT_BADGE[combined.verdict]} (${specs.length} contracts)`, '', '| contract | verdict | breaking | warning | compatible | info | bump | next version |', '|---|---|---:|---:|---:|---:|---|---|'];
  for (const { spec, state, report: r } of specs) {
    const verdict = state === 'compared' ? r.verdict : `${state} (${r.verdict})`;
    head.push(`| ${markdownCode(spec)} | ${verdict} | ${r.summary.breaking} | ${r.summary.warning} | ${r.summary.compatible} | ${r.summary.info} | ${r.bump} | ${r.nextVersion ? markdownCode(r.nextVersion) : '—'} |`);
  }
  return [...head, '', ...diagnostics, ...sections].join('\n');
}

function section({ spec, state, report: r }: SpecReport, several: boolean, onlySevere: boolean): string {
  const shown = onlySevere ? { ...r, findings: r.findings.filter((f) => SHOWN_WHEN_LARGE.includes(f.level)) } : r;
  const body = formatReport(shown, 'markdown', { section: several, hiddenCount: r.findings.length - shown.findings.length });
  if (!SPEC_NOTE[state]) return body;
  // Under the heading: the contract is new or deleted before it is anything else.
  const at = body.indexOf('\n\n');
  return `${body.slice(0, at)}\n\n**${markdownCode(spec)} ${SPEC_NOTE[state]}.**${body.slice(at)}`;
}

/**
 * Cut after the last complete `<details>` section; when even the first is too large (a long URL-versioning plan),
 * at a line end, closing the open section so the note is not folded away inside it.
 */
function truncate(md: string, budget: number, note: string): string {
  const close = '\n\n</details>';
  const cut = Buffer.from(md, 'utf8').subarray(0, budget - bytes(note) - bytes(close)).toString('utf8');
  const end = cut.lastIndexOf('</details>');
  if (end > 0) return `${cut.slice(0, end + '</details>'.length)}${note}`;
  const head = cut.slice(0, cut.lastIndexOf('\n'));
  return `${head}${head.includes('<details') ? close : ''}${note}`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
