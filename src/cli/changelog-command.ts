import { UsageError } from '../errors.js';
import { changelogFormats, formatChangelog, type ChangelogFormat } from '../report/changelog.js';
import type { Report } from '../compare.js';
import { LEVELS, type Level } from '../engine/types.js';

/** `apicompat changelog`: every change, release-notes shaped, in text, markdown or json. */
export function renderChangelog(report: Report, format: string, color: boolean, minLevel: Level = 'info'): string {
  if (!Object.hasOwn(changelogFormats, format)) throw new UsageError(`the changelog command prints ${Object.keys(changelogFormats).join(', ')}, not ${format}`);
  return formatChangelog(report, format as ChangelogFormat, { color, minLevel });
}

export const MIN_LEVEL_OPTION = {
  choices: LEVELS,
  default: 'info' as Level,
  describe: 'Leave out changes below this level (release notes for big diffs: --min-level warning)',
} as const;
