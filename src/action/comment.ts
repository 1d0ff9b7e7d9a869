import type { SpecReport } from '../report/types.js';
import { readEvent } from './base.js';
import { commentBody, commentMarker, isOurComment, planComment, type CommentPlan } from './comment-body.js';
import { DEFAULT_API_URL, GitHubApiError, IssueCommentsApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { annotation, printInert, type Runner } from './protocol.js';

const TITLE = 'apicompat comment';
const PR_EVENTS = ['pull_request', 'pull_request_target'];

/**
 * With `comment: true`, keeps one comment per contract on the pull request: created when the contract has
 * breaking or warning changes, edited when the report changes, left alone when it does not, deleted once
 * the contract is clean (comment-body.ts says what that means). The comment is a convenience: any failure
 * is a `::warning` and never changes the exit code; the token is never printed.
 */
export async function syncPullRequestComments(runner: Runner, inputs: Pick<ActionInputs, 'comment' | 'githubToken'>, specs: readonly SpecReport[], timeoutMs?: number): Promise<void> {
  if (!inputs.comment) return;
  const token = inputs.githubToken ?? '';
  const warn = (message: string) => runner.stdout(annotation('warning', redact(message, token), TITLE));
  try {
    const { env } = runner;
    if (!PR_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '')) {
      runner.stdout(annotation('notice', `comment: skipped, this is a ${env.GITHUB_EVENT_NAME || 'non-pull-request'} event, not a pull request`, TITLE));
      return;
    }
    const pr = pullRequestNumber(await readEvent(env.GITHUB_EVENT_PATH));
    if (pr === undefined) return warn('comment: skipped, the event payload names no pull request number');
    if (!token) return warn('comment: skipped, the github-token input is empty');
    const api = new IssueCommentsApi({ baseUrl: env.GITHUB_API_URL || DEFAULT_API_URL, token, repository: env.GITHUB_REPOSITORY ?? '', ...(timeoutMs ? { timeoutMs } : {}) });
    const { comments, complete } = await api.list(pr);
    if (!complete) warn(`comment: pull request #${pr} has more comments than apicompat reads; an earlier apicompat comment may be missed`);
    const log: string[] = [];
    for (const o of specs) {
      const key = o.spec;
      const marker = commentMarker(key);
      try {
        log.push(`apicompat: pull-request comment for ${key}: ${await apply(api, pr, planComment(comments.filter((c) => isOurComment(c, marker)), commentBody(o)))}`);
      } catch (e) {
        warn(`comment for ${key}: ${failure(e)}`);
      }
    }
    if (log.length) printInert(runner, log.join('\n'));
  } catch (e) {
    warn(`comment: ${failure(e)}`);
  }
}

/** `pull_request.number` (pull_request and pull_request_target events), else the payload's `number`. */
function pullRequestNumber(event: Record<string, unknown> | undefined): number | undefined {
  const pr = event?.pull_request as { number?: unknown } | undefined;
  const n = pr?.number ?? event?.number;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Carries out a plan; says what was done, for the log. */
async function apply(api: IssueCommentsApi, pr: number, plan: CommentPlan): Promise<string> {
  switch (plan.action) {
    case 'none':
      return 'clean, no comment';
    case 'create':
      return `created (#${(await api.create(pr, plan.body)).id})`;
    case 'delete':
      for (const id of plan.ids) await api.delete(id);
      return `clean, deleted (#${plan.ids.join(', #')})`;
    case 'update':
    case 'keep': {
      if (plan.action === 'update') await api.update(plan.id, plan.body);
      for (const id of plan.duplicates) await api.delete(id);
      const dup = plan.duplicates.length ? `; duplicates deleted (#${plan.duplicates.join(', #')})` : '';
      return `${plan.action === 'update' ? 'updated' : 'unchanged'} (#${plan.id})${dup}`;
    }
  }
}

function failure(e: unknown): string {
  if (!(e instanceof GitHubApiError)) return `failed: ${(e as Error)?.message ?? String(e)}`;
  if (e.status === 403 || e.status === 404) return `${e.message}: the token may not write pull-request comments (grant \`permissions: pull-requests: write\`; a pull request from a fork gets a read-only token)`;
  return e.message;
}

/** Belt and braces: no message built here holds the token, but a server could echo it back. */
function redact(message: string, token: string): string {
  return token.length >= 4 ? message.split(token).join('***') : message;
}
