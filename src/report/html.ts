import type { Report } from '../compare.js';
import { diagnosticPlace, type Diagnostic } from '../diagnostics.js';
import type { Location } from '../diff/change.js';
import { LEVELS, type Finding, type Level } from '../engine/types.js';
import { styleName } from '../model/types.js';
import type { Verdict } from '../recommend/index.js';
import { alsoAffects, changelogGroups, DOCUMENT_GROUP, flowLabel } from './changelog-groups.js';
import { html as h } from './escape.js';
import { filterBar, htmlPage } from './html-page.js';
import type { ReportOptions } from './index.js';

/** One contract's report inside a combined page. */
export interface HtmlSection {
  /** The contract's name, the heading of its section. */
  name: string;
  /** A sentence about the contract as a whole (new, deleted). */
  note?: string;
  report: Report;
  /** Findings the caller left out (a level filter); the counts still include them. */
  hiddenCount?: number;
}

/** Several contracts in one page (`apicompat check`, the Action's report-file): the verdict and bump over all of them. */
export interface HtmlCombined {
  verdict: Verdict;
  bump: Report['bump'];
  sections: HtmlSection[];
  /** The run's diagnostics that belong to no one contract. */
  diagnostics?: readonly Diagnostic[];
}

// Every value of a report is escaped, typed or not: formatReport() also renders reports parsed from JSON.
const VERDICT_CLASS: Record<Verdict, string> = { breaking: 'level-breaking', warning: 'level-warning', compatible: 'level-compatible', unchanged: 'level-info' };
const MAX_ALSO = 10;
const MAX_VALUE = 300;

/** A self-contained HTML page: verdict and summary first, then the changes grouped by operation with level filters. */
export function html(report: Report, opts?: Partial<ReportOptions>): string {
  const { old: o, new: n } = report.sources;
  const body = [
    `<h1>apicompat: ${verdictBadge(report.verdict)}</h1>`,
    `<p><code>${h(o.file)}</code> → <code>${h(n.file)}</code></p>`,
    reportBody(report, opts?.hiddenCount ?? 0, 2, filterBar(levelCounts(report.findings))),
  ];
  return htmlPage(`apicompat: ${report.verdict} — ${o.file} → ${n.file}`, body.join('\n'));
}

/** Several contracts in one page: an overview table, then one section per contract; one set of filters for all. */
export function htmlCombined(page: HtmlCombined): string {
  const all = page.sections.flatMap((s) => s.report.findings);
  const rows = page.sections.map(({ name, report: r }) => `<tr><td><code>${h(name)}</code></td><td>${verdictBadge(r.verdict)}</td>${LEVELS.map((l) => `<td class="n">${h(String(r.summary[l]))}</td>`).join('')}<td>${h(r.bump)}</td><td>${r.nextVersion ? `<code>${h(r.nextVersion)}</code>` : '—'}</td></tr>`);
  const count = `${page.sections.length} contract${page.sections.length === 1 ? '' : 's'}`;
  const body = [
    `<h1>apicompat: ${verdictBadge(page.verdict)} <span class="note">(${count}, bump ${h(page.bump)})</span></h1>`,
    '<table><thead><tr><th scope="col">contract</th><th scope="col">verdict</th><th scope="col">breaking</th><th scope="col">warning</th><th scope="col">compatible</th><th scope="col">info</th><th scope="col">bump</th><th scope="col">next version</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    diagnosticsHtml(page.diagnostics ?? [], 2),
    filterBar(levelCounts(all)),
    ...page.sections.map((s) => `<section>\n<h2><code>${h(s.name)}</code>: ${verdictBadge(s.report.verdict)}</h2>\n${s.note ? `<p><strong>${h(s.note)}</strong></p>\n` : ''}<p><code>${h(s.report.sources.old.file)}</code> → <code>${h(s.report.sources.new.file)}</code></p>\n${reportBody(s.report, s.hiddenCount ?? 0, 3, '')}\n</section>`),
  ];
  return htmlPage(`apicompat: ${page.verdict} — ${count}`, body.join('\n'));
}

/** Summary facts, recommendation, URL-versioning plan, diagnostics, then the findings by operation; `level` is the heading level of its parts. */
function reportBody(report: Report, hidden: number, level: number, filters: string): string {
  const s = report.summary;
  const { old: o, new: n } = report.sources;
  const title = n.title ?? o.title;
  const fact = (name: string, value: string) => `<div><dt>${name}</dt><dd>${value}</dd></div>`;
  const out = [
    '<dl class="facts">',
    fact('verdict', verdictBadge(report.verdict)),
    fact('bump', h(report.bump)),
    fact('version', report.currentVersion || report.nextVersion ? `<code>${h(report.currentVersion ?? '?')}</code> → <code>${h(report.nextVersion ?? '?')}</code>` : '—'),
    ...LEVELS.map((l) => fact(l, `<span class="level-${l}">${h(String(s[l]))}</span>`)),
    ...(s.waived ? [fact('waived', h(String(s.waived)))] : []),
    ...(title ? [fact('API', h(title))] : []),
    '</dl>',
    `<h${level}>Recommendation</h${level}>`,
    `<p>${withCodeSpans(report.recommendation.text)}</p>`,
    urlVersioningPlan(report, level),
    diagnosticsHtml(report.diagnostics ?? [], level),
    filters,
    `<h${level}>Changes by operation</h${level}>`,
  ];
  for (const g of changelogGroups(report)) {
    const name = g.operation === DOCUMENT_GROUP ? 'Whole API' : `<code>${h(g.operation)}</code>`;
    const style = g.style ? ` <span class="style">· ${h(styleName(g.style, n.format))}</span>` : '';
    const counts = LEVELS.filter((l) => g.counts[l]).map((l) => `${h(String(g.counts[l]))} ${l}`).join(', ');
    out.push(`<section class="op" data-worst="${h(g.worst)}"><header><h${level + 1}>${name}${style} <span class="count">— ${counts}</span></h${level + 1}></header><ul>`);
    for (const i of g.findings) out.push(findingHtml(report.findings[i]!, n.format));
    out.push('</ul></section>');
  }
  if (report.findings.length === 0) out.push(`<p>${hidden ? 'No findings at this level.' : 'No changes found.'}</p>`);
  if (hidden) out.push(`<p class="note">${hidden} lower-level change${hidden === 1 ? ' is' : 's are'} not included; <code>apicompat changelog --format html</code> lists every change.</p>`);
  return out.filter(Boolean).join('\n');
}

function urlVersioningPlan(report: Report, level: number): string {
  const plan = report.recommendation.urlVersioning;
  if (!plan || (plan.operations.length === 0 && plan.servers.length === 0)) return '';
  const items = plan.scope === 'servers' ? plan.servers.map((s) => `<li>server <code>${h(s.from)}</code> → <code>${h(s.to)}</code></li>`) : plan.operations.map((op) => `<li><code>${h(op.operation)}</code> → <code>${h(op.path)}</code></li>`);
  const list = `<ul>${items.join('')}</ul>`;
  // A long plan (GitHub's has 130 operations) would push the changes screens down: folded, with its size.
  const body = items.length > PLAN_SHOWN_OPEN ? `<details><summary>${items.length} ${plan.scope === 'servers' ? 'servers' : 'operations'} to publish under ${h(plan.next)}</summary>${list}</details>` : list;
  return `<h${level}>URL versioning plan</h${level}>\n${body}`;
}

const PLAN_SHOWN_OPEN = 10;

function findingHtml(f: Finding, format: 'openapi' | 'asyncapi'): string {
  const rows: Array<[string, string]> = [];
  const flow = flowLabel(f, format);
  if (flow) rows.push(['direction', h(flow)]);
  if (f.new) rows.push(['new', place(f.new)]);
  if (f.old) rows.push(['old', place(f.old)]);
  if (f.before !== undefined) rows.push(['before', `<code>${h(valueText(f.before))}</code>`]);
  if (f.after !== undefined) rows.push(['after', `<code>${h(valueText(f.after))}</code>`]);
  const also = alsoAffects(f);
  if (also.length) rows.push(['also affects', `${also.slice(0, MAX_ALSO).map((op) => `<code>${h(op)}</code>`).join(', ')}${also.length > MAX_ALSO ? ` and ${also.length - MAX_ALSO} more` : ''}`]);
  if (f.waived) rows.push(['waived', `${h(f.waived.reason)}${f.waived.until ? ` (until ${h(f.waived.until)})` : ''}`]);
  if (f.stability) rows.push(['stability', `<code>x-stability-level: ${h(f.stability)}</code> in the old contract: reported as ${h(f.level)}`]);
  if (f.defaultLevel && f.defaultLevel !== f.level) rows.push(['catalogue level', h(f.defaultLevel)]);
  if (f.why) rows.push(['why', withCodeSpans(f.why)]);
  if (f.fix) rows.push(['fix', withCodeSpans(f.fix)]);
  const badge = `<span class="badge level-${h(f.level)}${f.waived ? ' waived' : ''}">${h(f.level)}${f.waived ? ' (waived)' : ''}</span>`;
  return `<li class="finding" data-level="${h(f.level)}">${badge}<span class="message">${h(f.message)}</span><code class="rule">${h(f.rule)}</code><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></li>`;
}

/** `file:line` and the JSON pointer. */
function place(at: Location): string {
  return `<span class="where">${h(`${at.file}${at.line ? `:${at.line}` : ''}`)}</span> <code>${h(at.pointer)}</code>`;
}

/** A before/after value on one line, cut to a readable length. */
function valueText(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
}

/** Rule docs and the recommendation: escaped, then `code` spans become <code> (escaped text holds no markup to misplace). */
function withCodeSpans(s: string): string {
  return h(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function diagnosticsHtml(diagnostics: readonly Diagnostic[], level: number): string {
  if (diagnostics.length === 0) return '';
  const items = diagnostics.map((d) => {
    const at = diagnosticPlace(d);
    return `<li><span class="badge level-warning">${h(d.level)}</span> ${h(d.message)} <code>${h(d.code)}</code>${at ? ` <span class="where">${h(at)}</span>` : ''}</li>`;
  });
  return `<h${level}>Diagnostics</h${level}>\n<p class="note">${diagnostics.length} diagnostic${diagnostics.length === 1 ? '' : 's'}; they do not change the verdict.</p>\n<ul>${items.join('')}</ul>`;
}

function verdictBadge(v: Verdict): string {
  return `<span class="badge ${Object.hasOwn(VERDICT_CLASS, v) ? VERDICT_CLASS[v] : ''}">${h(v)}</span>`;
}

function levelCounts(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { breaking: 0, warning: 0, compatible: 0, info: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}
