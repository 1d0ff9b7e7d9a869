import { closest, describeValue, isPlainObject } from '../arguments.js';
import type { EngineConfig } from '../engine/evaluate.js';
import type { Waiver } from '../engine/waivers.js';
import type { OperationFilter } from '../model/filter.js';
import { ConfigError } from '../errors.js';
import type { Config, RuleSetting } from './index.js';
import { validate as validateSchema } from './schema-validator.generated.js';

/**
 * One validation for every configuration, from a file or from the API: schema/config.schema.json (compiled
 * to schema-validator.generated.ts), then what a schema cannot say (rule ids of the catalogue in use, real
 * calendar days, expired waivers). Every problem is one ConfigError line naming the origin and the key path.
 */

/** Where a config came from, as messages name it: a file (`apicompat.yaml: rules.x: …`) or an API argument (`compare() options.config.rules.x: …`). */
export type ConfigOrigin = { file: string } | { option: string };

export interface ConfigCheck {
  /** Rule ids that `rules` and waivers may name. */
  ruleIds: Iterable<string>;
  /** Today (YYYY-MM-DD, UTC): waivers that ended before it are errors. */
  today: string;
}

interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}

const validator = validateSchema as ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Validates a parsed config (file or API, the same steps) and returns a clean copy. */
export function checkConfig(value: unknown, origin: ConfigOrigin, check: ConfigCheck): Config {
  const fail = (key: string, msg: string): never => {
    throw new ConfigError(`${where(origin, key)}${msg}`);
  };
  if (!validator(value)) {
    const errors = validator.errors ?? [];
    // First error only; a failed anyOf lists its branches' errors first and its own last.
    const e = errors[errors.length - 1]!;
    schemaFailure(e, value, fail);
  }
  const config = value as Config;
  const known = new Set(check.ruleIds);
  const out: Config = {};
  if (config.specs) out.specs = [...config.specs];
  if (config.profile !== undefined) out.profile = config.profile;
  if (config.rules) {
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(config.rules)) {
      if (!known.has(id)) fail(`rules.${id}`, 'unknown rule id (see `apicompat rules`)');
      rules[id] = setting;
    }
    out.rules = rules;
  }
  if (config.ignore) {
    out.ignore = config.ignore.map((w, i) => {
      const key = `ignore[${i}]`;
      if (!known.has(w.rule)) fail(`${key}.rule`, `unknown rule id ${JSON.stringify(w.rule)} (see \`apicompat rules\`)`);
      if (w.until !== undefined) {
        if (!isValidDay(w.until)) fail(`${key}.until`, `must be a date YYYY-MM-DD, got ${describeValue(w.until)}`);
        if (w.until < check.today) fail(`${key}.until`, `waiver for ${w.rule} expired on ${w.until}; remove it or extend it`);
      }
      const waiver: Waiver = { rule: w.rule, reason: w.reason };
      if (w.operation !== undefined) waiver.operation = w.operation;
      if (w.pointer !== undefined) waiver.pointer = w.pointer;
      if (w.until !== undefined) waiver.until = w.until;
      return waiver;
    });
  }
  if (config.deprecation) out.deprecation = { ...config.deprecation };
  if (config.filter) {
    const filter: OperationFilter = {};
    for (const key of ['matchPath', 'excludePath', 'excludeExtension'] as const) if (config.filter[key]) filter[key] = [...config.filter[key]];
    out.filter = filter;
  }
  return out;
}

/**
 * Config given to the API (compare(), compareContracts(), evaluate(), the semantic-release plugin): the same
 * schema and checks as a config file. Besides the file's keys it takes `now` (a Date: the clock for sunsets
 * and expiry) and waivers' `until` as a Date; keys set to undefined count as absent. `specs` is accepted so a
 * loaded config file can be passed as is, and left out of the result (only `apicompat check` reads it).
 */
export function checkEngineConfig(config: unknown, option: string, ruleIds: Iterable<string>): EngineConfig {
  if (config === undefined) return {};
  const origin = { option };
  if (!isPlainObject(config)) return checkConfig(config, origin, { ruleIds, today: isoDay(new Date()) });
  const { now, ...rest } = config;
  if (now !== undefined && !(now instanceof Date && !Number.isNaN(now.getTime()))) throw new ConfigError(`${option}.now: must be a valid Date, got ${describeValue(now)}`);
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) data[k] = v;
  if (Array.isArray(data.ignore)) data.ignore = data.ignore.map((w: unknown) => (isPlainObject(w) && w.until instanceof Date && !Number.isNaN(w.until.getTime()) ? { ...w, until: isoDay(w.until) } : w));
  const { specs: _specs, ...engine } = checkConfig(data, origin, { ruleIds, today: isoDay(now ?? new Date()) });
  const out: EngineConfig = engine;
  if (now !== undefined) out.now = now;
  return out;
}

function schemaFailure(e: SchemaError, root: unknown, fail: (key: string, msg: string) => never): never {
  const segments = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = keyPath(root, segments);
  const schema = e.parentSchema ?? {};
  const child = (name: string) => (key ? `${key}.${name}` : name);
  switch (e.keyword) {
    case 'additionalProperties': {
      const names = Object.keys((schema.properties as object | undefined) ?? {});
      return fail(child(String(e.params.additionalProperty)), `unknown key (expected ${names.length === 1 ? names[0] : `one of ${names.join(', ')}`})`);
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const properties = (schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {};
      const hint = (properties[missing]?.['x-required'] as string | undefined) ?? '';
      // `reasn: x` is reported as reason missing; name the key that was probably meant.
      const unknown = isPlainObject(e.data) ? Object.keys(e.data).filter((k) => !(k in properties)) : [];
      const typo = unknown.find((k) => closest(k, [missing]) !== undefined);
      return fail(child(missing), `is required${hint ? `: ${hint}` : ''}${typo ? ` (found ${JSON.stringify(typo)}: a typo?)` : ''}`);
    }
    case 'enum':
      return fail(key, `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}, got ${describeValue(e.data)}`);
    case 'anyOf':
      return fail(key, (schema['x-message'] as string | undefined) ?? 'does not match');
    default:
      return fail(key, `${(schema['x-message'] as string | undefined) ?? e.message ?? 'is not valid'}, got ${describeValue(e.data)}`);
  }
}

/** `ignore[0].until` from `/ignore/0/until`: list items by index, mapping keys joined with dots. */
function keyPath(root: unknown, segments: string[]): string {
  let key = '';
  let node = root;
  for (const s of segments) {
    if (Array.isArray(node)) {
      key += `[${s}]`;
      node = node[Number(s)];
    } else {
      key += key ? `.${s}` : s;
      node = isPlainObject(node) ? node[s] : undefined;
    }
  }
  return key;
}

function where(origin: ConfigOrigin, key: string): string {
  if ('file' in origin) return key ? `${origin.file}: ${key}: ` : `${origin.file}: config `;
  return `${origin.option}${key ? (key.startsWith('[') ? key : `.${key}`) : ''}: `;
}

function isValidDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDay(d) === s;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
