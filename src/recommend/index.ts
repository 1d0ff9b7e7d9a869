import { operationsOf, type Bump, type Finding, type Level, type Rule } from '../engine/types.js';
import { maxBump, nextVersion, releasePosition } from './semver.js';

export type Verdict = 'breaking' | 'warning' | 'compatible' | 'unchanged';

export interface UrlVersioningPlan {
  /** The version segment found today (`v1`), or undefined when paths and servers carry none. */
  current?: string;
  next: string;
  /** Where the segment lives: in the paths, in the server URLs, or nowhere yet. */
  scope: 'paths' | 'servers' | 'none';
  /** Operations to publish under the new version, each with its new path. */
  operations: Array<{ operation: string; path: string }>;
  servers: Array<{ from: string; to: string }>;
}

/** A compatible way to ship the same intent without breaking existing clients. */
export interface Alternative {
  strategy: 'optional-with-default' | 'deprecate-then-remove' | 'url-version';
  text: string;
  /** How many breaking findings this alternative would avoid. */
  findings: number;
}

export interface Recommendation {
  text: string;
  /** Present when there are breaking changes: the compatible alternatives, most specific first. */
  alternatives?: Alternative[];
  urlVersioning?: UrlVersioningPlan;
}

export interface RecommendInput {
  findings: readonly Finding[];
  rules: ReadonlyMap<string, Rule>;
  currentVersion?: string;
  /** Server URLs of the old contract (and AsyncAPI channel addresses count as paths). */
  servers: readonly string[];
  /** AsyncAPI operations are `action address`; addresses may lack a leading slash or use dots (`trips.v1.booked`). */
  format?: 'openapi' | 'asyncapi';
  /** A breaking change on 0.x recommends 1.0.0 instead of the next minor (see releasePosition). */
  zeroMajorBreaking?: boolean;
}

export interface RecommendOutput {
  verdict: Verdict;
  bump: Bump;
  nextVersion?: string;
  recommendation: Recommendation;
}

const DEFAULT_BUMP: Record<Level, Bump> = { breaking: 'major', warning: 'minor', compatible: 'minor', info: 'patch' };
const VERSION_SEGMENT = /\/v(\d+)(?=\/|$)/i;
/** In a channel address a version is a whole segment between `/` or `.` separators, or at the start. */
const CHANNEL_VERSION_SEGMENT = /(^|[/.])v(\d+)(?=[/.]|$)/i;
/** Or a numeric major and minor, two whole segments: `smartylighting/streetlights/1/0/event/...`, `streetlights.1.0.event`. */
const CHANNEL_NUMERIC_VERSION = /(^|[/.])(\d+)([/.])(\d+)(?=[/.]|$)/;
/** A channel address that is a URL (`https://example.com/books/{id}`, Mercure, WebSocket): its path holds the version. */
const URL_ADDRESS = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i;

/** The version in a channel address (in its path, for a URL), and the address with the next major in its place. */
function channelVersion(address: string): { current: string; next: string; bumped: string } | undefined {
  const [, origin = '', rest = address] = URL_ADDRESS.exec(address) ?? [];
  const v = CHANNEL_VERSION_SEGMENT.exec(rest);
  if (v) {
    const next = `v${Number(v[2]) + 1}`;
    return { current: `v${v[2]}`, next, bumped: origin + rest.replace(CHANNEL_VERSION_SEGMENT, `$1${next}`) };
  }
  const n = CHANNEL_NUMERIC_VERSION.exec(rest);
  if (n) {
    const next = `${Number(n[2]) + 1}${n[3]}0`;
    return { current: `${n[2]}${n[3]}${n[4]}`, next, bumped: origin + rest.replace(CHANNEL_NUMERIC_VERSION, `$1${next}`) };
  }
  return undefined;
}

/** A channel address under a new version prefix: after the host of a URL address, never before its scheme. */
function withVersionPrefix(address: string, next: string): string {
  const url = URL_ADDRESS.exec(address);
  if (url) return `${url[1]}/${next}${url[2]!.startsWith('/') ? url[2] : `/${url[2]}`}`;
  return address.startsWith('/') ? `/${next}${address}` : `${next}/${address}`;
}

export function bumpOf(finding: Finding, rules: ReadonlyMap<string, Rule>): Bump {
  if (finding.level === 'breaking') return 'major';
  const rule = rules.get(finding.rule);
  // A level overridden in config decides; otherwise the rule's own bump.
  if (rule && rule.level === finding.level && rule.bump) return rule.bump;
  return DEFAULT_BUMP[finding.level];
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  const active = findings.filter((f) => !f.waived);
  if (active.some((f) => f.level === 'breaking')) return 'breaking';
  if (active.some((f) => f.level === 'warning')) return 'warning';
  return findings.length > 0 ? 'compatible' : 'unchanged';
}

export function recommend(input: RecommendInput): RecommendOutput {
  const active = input.findings.filter((f) => !f.waived);
  const bump = active.reduce<Bump>((b, f) => maxBump(b, bumpOf(f, input.rules)), 'none');
  const verdict = verdictOf(input.findings);
  const position = releasePosition(input.currentVersion, bump, input.zeroMajorBreaking);
  const next = nextVersion(input.currentVersion, position);
  const breaking = active.filter((f) => f.level === 'breaking');
  const urlVersioning = breaking.length ? planUrlVersioning(breaking, input.servers, input.format === 'asyncapi') : undefined;
  const alternatives = breaking.length ? alternativesFor(breaking, urlVersioning, input.format === 'asyncapi') : undefined;
  let text = describe(verdict, bump, input.currentVersion, next, breaking.length, urlVersioning, input.format === 'asyncapi', position !== bump);
  if (alternatives) text += ` Compatible alternatives: ${alternatives.map((a) => a.text).join('; ')}.`;
  return { verdict, bump, nextVersion: next, recommendation: { text, ...(alternatives ? { alternatives } : {}), ...(urlVersioning ? { urlVersioning } : {}) } };
}

/** Kinds where the break is a new demand on clients: soften it with optional + default. */
const NEW_REQUIREMENT = new Set<string>(['parameter.added', 'parameter.became-required', 'request-body.added', 'request-body.became-required', 'schema.property.added', 'schema.property.became-required']);

function alternativesFor(breaking: readonly Finding[], plan: UrlVersioningPlan | undefined, channels = false): Alternative[] {
  const required = breaking.filter((f) => NEW_REQUIREMENT.has(f.kind)).length;
  const removed = breaking.filter((f) => f.kind.endsWith('.removed')).length;
  const out: Alternative[] = [];
  if (required && channels) out.push({ strategy: 'optional-with-default', findings: required, text: `make ${counted(required, 'new required field')} of received messages optional with a default the application applies` });
  else if (required) out.push({ strategy: 'optional-with-default', findings: required, text: `make ${counted(required, 'new required request field')} or parameter${required === 1 ? '' : 's'} optional with a default the provider applies` });
  if (removed && channels) out.push({ strategy: 'deprecate-then-remove', findings: removed, text: `keep ${counted(removed, 'removed item')} (channels, messages, fields) for a deprecation period and announce the removal before the next major version` });
  else if (removed) out.push({ strategy: 'deprecate-then-remove', findings: removed, text: `deprecate ${counted(removed, 'removed item')} first (\`deprecated: true\` with an \`x-sunset\` date), keep serving ${removed === 1 ? 'it' : 'them'}, and remove ${removed === 1 ? 'it' : 'them'} after the sunset` });
  const next = plan?.next ?? 'v2';
  // Nothing to publish under a new version (only webhooks, say, changed): no such advice.
  if (plan && plan.operations.length === 0 && plan.servers.length === 0) return out;
  if (channels) out.push({ strategy: 'url-version', findings: breaking.length, text: `move the changed operations to ${next} channel addresses while the current channels keep serving old clients` });
  else out.push({ strategy: 'url-version', findings: breaking.length, text: `publish the changed operations under /${next} while the current version keeps serving old clients` });
  return out;
}

/** `the removed item`, `the 2 removed items`. */
function counted(n: number, noun: string): string {
  return n === 1 ? `the ${noun}` : `the ${n} ${noun}s`;
}

/**
 * The HTTP operation a change is served under: a callback's changes go with the operation that makes the
 * callback (under /v2 it can call back with the new shape); a webhook is sent, not served under a path: none.
 */
function servedOperation(op: string): string | undefined {
  if (op.startsWith('WEBHOOK ')) return undefined;
  const callback = op.indexOf(' callback ');
  return callback === -1 ? op : op.slice(0, callback);
}

function planUrlVersioning(breaking: readonly Finding[], servers: readonly string[], channels = false): UrlVersioningPlan {
  const ops = new Set<string>();
  for (const f of breaking) {
    for (const op of operationsOf(f)) {
      const served = channels ? op : servedOperation(op);
      if (served) ops.add(served);
    }
  }
  const operations: UrlVersioningPlan['operations'] = [];
  let current: string | undefined;
  let next = 'v2';
  for (const op of [...ops].sort()) {
    const space = op.indexOf(' ');
    const method = op.slice(0, space);
    const path = op.slice(space + 1);
    if (channels) {
      const v = channelVersion(path);
      if (v) {
        current ??= v.current;
        next = v.next;
        operations.push({ operation: op, path: `${method} ${v.bumped}` });
      } else {
        operations.push({ operation: op, path: `${method} ${withVersionPrefix(path, next)}` });
      }
      continue;
    }
    const m = VERSION_SEGMENT.exec(path);
    if (m) {
      current ??= `v${m[1]}`;
      next = `v${Number(m[1]) + 1}`;
      operations.push({ operation: op, path: `${method} ${path.replace(VERSION_SEGMENT, `/v${Number(m[1]) + 1}`)}` });
    } else {
      operations.push({ operation: op, path: `${method} /${next}${path.startsWith('/') ? path : `/${path}`}` });
    }
  }
  const versionedPaths = operations.some((o) => (channels ? channelVersion(o.operation.slice(o.operation.indexOf(' ') + 1)) !== undefined : VERSION_SEGMENT.test(o.operation)));
  const serverPlan = versionedPaths
    ? []
    : servers.flatMap((url) => {
        const m = VERSION_SEGMENT.exec(url);
        if (!m) return [];
        current ??= `v${m[1]}`;
        next = `v${Number(m[1]) + 1}`;
        return [{ from: url, to: url.replace(VERSION_SEGMENT, `/v${Number(m[1]) + 1}`) }];
      });
  if (serverPlan.length) {
    // The version lives in the server URL: the operations keep their paths under the new server.
    for (const o of operations) o.path = o.operation;
  }
  const scope = versionedPaths ? 'paths' : serverPlan.length ? 'servers' : 'none';
  return { current, next, scope, operations, servers: serverPlan };
}

function describe(verdict: Verdict, bump: Bump, current: string | undefined, next: string | undefined, breakingCount: number, plan?: UrlVersioningPlan, channels = false, zeroMinor = false): string {
  const version = next ? ` (${current} -> ${next})` : current ? ` (info.version ${JSON.stringify(current)} is not semver; bump it by hand)` : '';
  const release = zeroMinor ? `release a new minor version (${current} -> ${next}: in 0.x the minor is the breaking position by semver convention; zero-major-breaking asks for 1.0.0)` : `release a major version${version}`;
  const head: Record<Verdict, string> = {
    unchanged: 'No changes to the contract; no release needed.',
    compatible: bump === 'none' ? 'Every change is waived: no release needed.' : `Compatible changes only: release a ${bump} version${version}.`,
    warning: `No proven breaking change, but some changes may break strict clients: review the warnings, then release a ${bump} version${version}.`,
    breaking: `${breakingCount} breaking change${breakingCount === 1 ? '' : 's'}: ${release}`,
  };
  if (verdict !== 'breaking' || !plan) return head[verdict];
  const n = plan.operations.length;
  // Breaking changes outside operations only (a channel or server): there is nothing to re-publish under a new version.
  if (n === 0 && plan.scope !== 'servers') return `${head.breaking}.`;
  if (plan.scope === 'paths' && channels) return `${head.breaking}, or keep old clients working with versioned channels: move the ${n} changed operation${n === 1 ? '' : 's'} to ${plan.next} channel addresses while the ${plan.current} channels keep carrying the old messages.`;
  if (plan.scope === 'paths') return `${head.breaking}, or keep old clients working with URL versioning: publish the ${n} changed operation${n === 1 ? '' : 's'} under /${plan.next} while /${plan.current} keeps serving the old contract.`;
  if (plan.scope === 'servers') return `${head.breaking}, or keep old clients working with URL versioning: serve the new contract at ${plan.servers.map((s) => s.to).join(', ')} while ${plan.servers.map((s) => s.from).join(', ')} keeps serving the old one.`;
  if (channels) return `${head.breaking}. The channel addresses carry no version segment; to keep old clients working, move the ${n} changed operation${n === 1 ? '' : 's'} to new ${plan.next} channels and keep the current ones for old clients.`;
  return `${head.breaking}. The paths carry no version segment; to keep old clients working, publish the ${n} changed operation${n === 1 ? '' : 's'} under a new /${plan.next} prefix and keep the current paths as v1.`;
}
