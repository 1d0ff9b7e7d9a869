import type { Report } from '../compare.js';
import { UsageError } from '../errors.js';
import { changelogGroups } from './changelog-groups.js';
import { changelogMarkdown } from './changelog-markdown.js';
import { changelogText } from './changelog-text.js';

export { changelogGroups, type ChangelogGroup } from './changelog-groups.js';

/** The JSON changelog: the Report contract unchanged, plus the `changelog` grouping. */
export function changelogJson(report: Report): string {
  return `${JSON.stringify({ ...report, changelog: changelogGroups(report) }, null, 2)}\n`;
}

export const changelogFormats = {
  text: changelogText,
  markdown: changelogMarkdown,
  json: (report: Report) => changelogJson(report),
} satisfies Record<string, (report: Report, opts: { color: boolean }) => string>;

export type ChangelogFormat = keyof typeof changelogFormats;

/** Pure: release notes for the report, every change grouped by operation, breaking first. */
export function formatChangelog(report: Report, format: ChangelogFormat = 'markdown', opts: { color?: boolean } = {}): string {
  const render = (changelogFormats as Record<string, (r: Report, o: { color: boolean }) => string>)[format];
  if (!render) throw new UsageError(`unknown changelog format "${format}" (expected one of: ${Object.keys(changelogFormats).join(', ')})`);
  return render(report, { color: opts.color ?? false });
}
