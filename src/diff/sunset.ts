import type { SunsetFacts } from './facts.js';

/**
 * `2025-06-30`, an RFC 3339 date-time (`2025-06-30T00:00:00Z`, `2025-06-30T09:00:00.5+02:00`), or the HTTP
 * date of the `Sunset` header (RFC 8594: `Mon, 30 Jun 2025 00:00:00 GMT`), which the deprecation policy reads too.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The instant an `x-sunset` value names, in ms; undefined when it is not a date the lint accepts. */
export function sunsetTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!DATE.test(v) && !DATE_TIME.test(v) && !HTTP_DATE.test(v)) return undefined;
  const t = Date.parse(DATE.test(v) ? `${v}T00:00:00Z` : DATE_TIME.test(v) ? v.replace(' ', 'T') : v);
  if (Number.isNaN(t)) return undefined;
  // `2025-02-30` parses in some engines by rolling over: the day must survive the round trip.
  if (DATE.test(v) && new Date(t).toISOString().slice(0, 10) !== v) return undefined;
  return t;
}

/**
 * The sunset lint: how `x-sunset` changed between two versions of one operation, parameter or property, or
 * undefined when it did not. Values are compared as written; a new value that is not a date is `invalid`
 * (whatever the old one was), a deleted one `removed`, a date brought forward `earlier`.
 */
export function sunsetChange(before: unknown, after: unknown): { before: unknown; after: unknown; facts: SunsetFacts } | undefined {
  if (before === after || (before === undefined && after === undefined)) return undefined;
  const removed = after === undefined;
  const invalid = !removed && sunsetTime(after) === undefined;
  const was = sunsetTime(before);
  const now = sunsetTime(after);
  const earlier = was !== undefined && now !== undefined && now < was;
  if (!removed && !invalid && was !== undefined && now === was) return undefined; // the same instant written another way
  return { before, after, facts: { removed, earlier, invalid } };
}
