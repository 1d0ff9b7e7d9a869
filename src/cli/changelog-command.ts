import { UsageError } from '../errors.js';
import { changelogFormats, formatChangelog, type ChangelogFormat } from '../report/changelog.js';
import type { Report } from '../compare.js';

/** `apicompat changelog`: every change, release-notes shaped, in text, markdown or json. */
export function renderChangelog(report: Report, format: string, color: boolean): string {
  if (!(format in changelogFormats)) throw new UsageError(`the changelog command prints ${Object.keys(changelogFormats).join(', ')}, not ${format}`);
  return formatChangelog(report, format as ChangelogFormat, { color });
}
