import type { Change } from '../diff/change.js';
import type { RuleContext } from './types.js';

/**
 * The deprecation policy: removing something the old contract marked `deprecated` (an operation, a
 * parameter, a schema property) is not breaking once
 * its deprecation period is over. The period ends
 * - on its `x-sunset` date, when it has one (the published date is the promise, whatever minDays says);
 * - else `deprecation.minDays` after its `x-deprecated-since` date, when both are given;
 * - else at once, when `deprecation.minDays` is 0 (deprecating is all the notice the team promises).
 * Otherwise (never deprecated, sunset in the future, no date to count from) removing it stays breaking.
 */
export function deprecationPeriodOver(change: Change<'operation.removed' | 'parameter.removed' | 'schema.property.removed'>, ctx: RuleContext): boolean {
  const facts = change.facts;
  if (facts?.deprecated !== true) return false;
  const minDays = ctx.deprecation.minDays;
  const sunset = day(facts.sunset);
  if (facts.sunset !== undefined) return sunset !== undefined && sunset <= ctx.today;
  const since = day(facts.deprecatedSince);
  if (minDays !== undefined && since !== undefined) return addDays(since, minDays) <= ctx.today;
  return minDays === 0;
}

/** `YYYY-MM-DD` of a date written as an ISO date or an HTTP date (RFC 8594 Sunset style); undefined if unreadable. */
export function day(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
