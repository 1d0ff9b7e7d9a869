import type { Report } from '../compare.js';
import { UsageError } from '../errors.js';
import { bumpBetween, compareBump } from '../recommend/semver.js';
import type { Bump } from '../engine/types.js';

/** What `apicompat version` decides: the recommended release, and whether NEW's info.version is enough. */
export interface VersionAdvice {
  bump: Bump;
  currentVersion?: string;
  nextVersion?: string;
  /** info.version as declared in NEW. */
  declaredVersion?: string;
  /** The bump NEW's info.version makes over OLD's; undefined when either is missing or not semver. */
  declaredBump?: Bump;
  /** Only with --check: true when the declared bump is at least the recommended one. */
  ok?: boolean;
  message: string;
}

export function versionAdvice(report: Report, check: boolean): VersionAdvice {
  const { old: o, new: n } = report.sources;
  const advice: VersionAdvice = { bump: report.bump, message: '' };
  if (report.currentVersion !== undefined) advice.currentVersion = report.currentVersion;
  if (report.nextVersion !== undefined) advice.nextVersion = report.nextVersion;
  if (n.version !== undefined) advice.declaredVersion = n.version;
  const declared = bumpBetween(o.version, n.version);
  if (declared !== undefined) advice.declaredBump = declared;
  const counts = `${report.summary.breaking} breaking, ${report.summary.warning} warning, ${report.summary.compatible} compatible, ${report.summary.info} info`;
  const target = report.nextVersion ? `${report.currentVersion} -> ${report.nextVersion}` : report.currentVersion ? `info.version ${JSON.stringify(report.currentVersion)} is not semver` : 'no info.version';
  advice.message = `recommended bump: ${report.bump} (${target}); ${counts}`;
  if (!check) return advice;
  if (o.version === undefined || n.version === undefined) throw new UsageError(`cannot check the version: ${o.version === undefined ? o.file : n.file} has no info.version`);
  if (declared === undefined) throw new UsageError(`cannot check the version: info.version ${JSON.stringify(o.version)} (${o.file}) -> ${JSON.stringify(n.version)} (${n.file}) is not semver`);
  // The number the recommended release increments: in 0.x a breaking change needs the minor (0.30.0 -> 0.31.0).
  const needed = bumpBetween(report.currentVersion, report.nextVersion) ?? report.bump;
  const need = needed === report.bump ? `a ${report.bump} bump` : `a ${report.bump} bump, a ${needed} one in 0.x`;
  advice.ok = compareBump(declared, needed) >= 0;
  if (advice.ok) {
    advice.message = `ok: ${n.file} declares ${n.version}, a ${declared} bump over ${o.version}; the changes need ${report.bump === 'none' ? 'no bump' : need} (${counts})`;
  } else {
    const why = report.bump === 'major' ? `${report.summary.breaking} breaking change${report.summary.breaking === 1 ? '' : 's'} (run \`apicompat breaking\` to see them)` : counts;
    advice.message = `version too low: ${n.file} declares ${n.version}, ${declared === 'none' ? 'no bump' : `a ${declared} bump`} over ${o.version}, but the changes need ${need}${report.nextVersion ? ` (at least ${report.nextVersion})` : ''}: ${why}`;
  }
  return advice;
}

export function renderVersionAdvice(advice: VersionAdvice, format: string): string {
  if (format === 'json') return `${JSON.stringify(advice, null, 2)}\n`;
  if (format !== 'text') throw new UsageError(`the version command prints text or json, not ${format}`);
  return `${advice.message}\n`;
}
