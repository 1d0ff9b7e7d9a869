import type { Bump } from '../engine/types.js';

const SEMVER = /^v?(\d+)(?:\.(\d+)(?:\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)?)?$/;

/** Next version after `current` for `bump`; undefined when `current` is not a (loose) semver. Keeps a leading `v`. */
export function nextVersion(current: string | undefined, bump: Bump): string | undefined {
  if (current === undefined) return undefined;
  const m = SEMVER.exec(current.trim());
  if (!m) return undefined;
  const prefix = current.trim().startsWith('v') ? 'v' : '';
  let major = Number(m[1]);
  let minor = Number(m[2] ?? 0);
  let patch = Number(m[3] ?? 0);
  switch (bump) {
    case 'major':
      major++, (minor = 0), (patch = 0);
      break;
    case 'minor':
      minor++, (patch = 0);
      break;
    case 'patch':
      patch++;
      break;
    case 'none':
      break;
  }
  return `${prefix}${major}.${minor}.${patch}`;
}

/**
 * The number a release for `bump` increments: a breaking (major) change on a 0.x version increments the minor,
 * the breaking position of semver's initial development (npm's `^0.30.0` does not accept 0.31.0), unless
 * `zeroMajorBreaking` asks for 1.0.0.
 */
export function releasePosition(current: string | undefined, bump: Bump, zeroMajorBreaking = false): Bump {
  return bump === 'major' && !zeroMajorBreaking && isZeroMajor(current) ? 'minor' : bump;
}

/** Whether `current` is a semver of initial development (0.y.z). */
export function isZeroMajor(current: string | undefined): boolean {
  const m = current === undefined ? null : SEMVER.exec(current.trim());
  return m !== null && Number(m[1]) === 0;
}

const ORDER: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER[a] >= ORDER[b] ? a : b;
}

export function compareBump(a: Bump, b: Bump): number {
  return ORDER[a] - ORDER[b];
}

/** Which bump a version change actually made: `1.2.3` -> `2.0.0` is major. Undefined if either is not semver. */
export function bumpBetween(from: string | undefined, to: string | undefined): Bump | undefined {
  const a = from ? SEMVER.exec(from.trim()) : null;
  const b = to ? SEMVER.exec(to.trim()) : null;
  if (!a || !b) return undefined;
  const pa = [1, 2, 3].map((i) => Number(a[i] ?? 0));
  const pb = [1, 2, 3].map((i) => Number(b[i] ?? 0));
  if (pb[0]! !== pa[0]!) return pb[0]! > pa[0]! ? 'major' : 'none';
  if (pb[1]! !== pa[1]!) return pb[1]! > pa[1]! ? 'minor' : 'none';
  if (pb[2]! !== pa[2]!) return pb[2]! > pa[2]! ? 'patch' : 'none';
  return 'none';
}
