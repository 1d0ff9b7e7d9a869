import type { Report } from '../compare.js';
import { LEVELS, type Level } from '../engine/types.js';
import { checkOptions, is, type OptionChecks } from '../arguments.js';
import { UsageError } from '../errors.js';
import { checkReport } from './check.js';
import { changelogGroups } from './changelog-groups.js';
import { changelogMarkdown } from './changelog-markdown.js';
import { changelogText } from './changelog-text.js';
import { html } from './html.js';

export { changelogGroups, type ChangelogGroup } from './changelog-groups.js';

/** The JSON changelog: the Report contract unchanged, plus the `changelog` grouping. */
export function changelogJson(report: Report): string {
  return `${JSON.stringify({ ...report, changelog: changelogGroups(report) }, null, 2)}\n`;
}

export interface ChangelogRenderOptions {
  color: boolean;
  /** Findings below `minLevel` left out; the summary still counts them. */
  hidden: number;
}

export const changelogFormats = {
  text: changelogText,
  markdown: changelogMarkdown,
  json: (report: Report) => changelogJson(report),
  html: (report: Report, opts: ChangelogRenderOptions) => html(report, { hiddenCount: opts.hidden }),
} satisfies Record<string, (report: Report, opts: ChangelogRenderOptions) => string>;

export type ChangelogFormat = keyof typeof changelogFormats;

export interface ChangelogOptions {
  color?: boolean;
  /** Leave out findings below this level (default `info`: list everything). */
  minLevel?: Level;
}

const CHANGELOG_OPTIONS: OptionChecks<ChangelogOptions> = {
  color: is.boolean,
  minLevel: (v) => ((LEVELS as readonly unknown[]).includes(v) ? undefined : `one of ${LEVELS.join(', ')}`),
};

/** Pure: release notes for the report, every change grouped by operation, breaking first. */
export function formatChangelog(report: Report, format: ChangelogFormat = 'markdown', opts: ChangelogOptions = {}): string {
  checkReport('formatChangelog()', report);
  checkOptions<ChangelogOptions>('formatChangelog()', 'options', opts, CHANGELOG_OPTIONS);
  opts ??= {};
  const render = (changelogFormats as Record<string, (r: Report, o: ChangelogRenderOptions) => string>)[format];
  if (!render) throw new UsageError(`unknown changelog format "${format}" (expected one of: ${Object.keys(changelogFormats).join(', ')})`);
  const shown = LEVELS.slice(0, LEVELS.indexOf(opts.minLevel ?? 'info') + 1) as readonly Level[];
  const findings = report.findings.filter((f) => shown.includes(f.level));
  const visible = findings.length === report.findings.length ? report : { ...report, findings };
  return render(visible, { color: opts.color ?? false, hidden: report.findings.length - findings.length });
}
