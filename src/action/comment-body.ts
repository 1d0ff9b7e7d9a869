import { combineReports } from '../recommend/combine.js';
import { combinedMarkdown } from '../report/combined-markdown.js';
import { specFails } from '../report/fail-on.js';
import type { SpecReport } from '../report/types.js';
import type { IssueComment } from './github-api.js';

/** GitHub refuses a comment body over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
const CUT_NOTE = '\n\n_The report is too long for a pull-request comment and was cut here; the job summary has all of it (or run `apicompat breaking` locally)._\n';
const FOOTER = '\n<sub>apicompat updates this comment on every push and removes it when the contract has no breaking or warning change.</sub>\n';

/**
 * The hidden first line that finds the comment again. The key is percent-encoded (encodeURIComponent), so it
 * holds no `<`, `>` or line break: spec text cannot end the HTML comment (`-->`) or forge another marker.
 */
export function commentMarker(key: string): string {
  return `<!-- apicompat:spec=${encodeURIComponent(key)} -->`;
}

/**
 * Clean: nothing a reviewer has to weigh. No unwaived breaking or warning finding (what `fail-on: warning`
 * would fail on) and the contract not deleted; compatible and documentation-only changes, and a new
 * contract, are clean. A clean contract has no comment: it is deleted, or never created.
 */
export function isClean(o: SpecReport): boolean {
  return !specFails(o, 'warning');
}

/** The comment for one contract: marker, the step summary's markdown for it (cut to fit), a footer; undefined when clean. */
export function commentBody(o: SpecReport, limit = COMMENT_LIMIT): string | undefined {
  if (isClean(o)) return undefined;
  const marker = `${commentMarker(o.spec)}\n`;
  // The summary's budget is in UTF-8 bytes, never fewer than characters: within it, the body is within the limit.
  const budget = limit - Buffer.byteLength(marker + FOOTER, 'utf8') - 16;
  return `${marker}${combinedMarkdown(combineReports([o]), budget, CUT_NOTE).trimEnd()}\n${FOOTER}`;
}

/**
 * Ours: starts with the marker AND was written by a GitHub App (`user.type` Bot; the job's GITHUB_TOKEN
 * writes as `github-actions[bot]`). A person cannot comment as a Bot, so nobody can plant a marker to have
 * apicompat overwrite or delete their comment, or hide the real one.
 */
export function isOurComment(c: IssueComment, marker: string): boolean {
  return c.user?.type === 'Bot' && (c.body === marker || c.body.startsWith(`${marker}\n`) || c.body.startsWith(`${marker}\r\n`));
}

/** What to do about one contract's comment; duplicates (two runs that raced) are deleted. */
export type CommentPlan =
  | { action: 'create'; body: string }
  | { action: 'update'; id: number; body: string; duplicates: number[] }
  | { action: 'keep'; id: number; duplicates: number[] }
  | { action: 'delete'; ids: number[] }
  | { action: 'none' };

/** `ours`: the contract's existing comments, oldest first; `body` undefined: the contract is clean. */
export function planComment(ours: readonly IssueComment[], body: string | undefined): CommentPlan {
  if (body === undefined) return ours.length ? { action: 'delete', ids: ours.map((c) => c.id) } : { action: 'none' };
  const [first, ...rest] = ours;
  if (!first) return { action: 'create', body };
  const duplicates = rest.map((c) => c.id);
  return sameText(first.body, body) ? { action: 'keep', id: first.id, duplicates } : { action: 'update', id: first.id, body, duplicates };
}

/** GitHub may hand a body back with CRLF line ends; that alone is no reason to edit it. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();
}
