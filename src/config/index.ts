import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { ConfigError } from '../errors.js';
import { PROFILES, type Profile } from '../engine/profiles.js';
import { LEVELS, type Level } from '../engine/types.js';
import type { Waiver } from '../engine/waivers.js';
import { rules as allRules } from '../../rules/index.js';

export { PROFILES, type Profile, type Waiver };
export type RuleSetting = Level | 'off';

export interface Config {
  /** Paths or globs of specs to check (monorepos); relative to the config file. */
  specs?: string[];
  profile?: Profile;
  rules?: Record<string, RuleSetting>;
  ignore?: Waiver[];
  deprecation?: { minDays?: number };
}

export const CONFIG_FILE_NAMES = ['apicompat.yaml', 'apicompat.yml', '.apicompat.yaml'] as const;

export interface ConfigOptions {
  /** Today, for waiver expiry; injectable for tests. */
  now?: Date;
  /** Known rule ids; defaults to the built-in catalogue. */
  ruleIds?: Iterable<string>;
}

/** The first of apicompat.yaml / apicompat.yml / .apicompat.yaml in `cwd`, as an absolute path. */
export async function findConfig(cwd: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.resolve(cwd, name);
    const isFile = await stat(file).then(
      (st) => st.isFile(),
      () => false,
    );
    if (isFile) return file;
  }
  return undefined;
}

export async function loadConfig(file: string, cwd: string = process.cwd(), opts: ConfigOptions = {}): Promise<Config> {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: ${code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code ?? (e as Error).message})`}`);
  }
  return parseConfig(file, text, opts);
}

/** Parses and validates config text; every problem is a one-line ConfigError naming the file and key. */
export function parseConfig(file: string, text: string, opts: ConfigOptions = {}): Config {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file, json: false });
  } catch (e) {
    if (e instanceof yaml.YAMLException) throw new ConfigError(`${file}:${(e.mark?.line ?? 0) + 1}: invalid YAML: ${e.reason}`);
    throw e;
  }
  return validateConfig(file, value ?? {}, opts);
}

export function validateConfig(file: string, value: unknown, opts: ConfigOptions = {}): Config {
  const fail = (key: string, msg: string): never => {
    throw new ConfigError(`${file}: ${key ? `${key}: ` : ''}${msg}`);
  };
  if (!isObject(value)) return fail('', 'config must be a mapping');
  const known = new Set(opts.ruleIds ?? allRules.map((r) => r.id));
  const allowed = new Set(['specs', 'profile', 'rules', 'ignore', 'deprecation']);
  for (const key of Object.keys(value)) if (!allowed.has(key)) fail(key, `unknown key (expected one of ${[...allowed].join(', ')})`);
  const config: Config = {};

  if (value.specs !== undefined) {
    const specs = value.specs;
    if (!Array.isArray(specs) || specs.length === 0) fail('specs', 'must be a non-empty list of paths or globs');
    (specs as unknown[]).forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') fail(`specs[${i}]`, 'must be a non-empty string');
    });
    config.specs = [...(specs as string[])];
  }

  if (value.profile !== undefined) {
    if (!(PROFILES as readonly unknown[]).includes(value.profile)) fail('profile', `must be one of ${PROFILES.join(', ')}, got ${show(value.profile)}`);
    config.profile = value.profile as Profile;
  }

  if (value.rules !== undefined) {
    if (!isObject(value.rules)) fail('rules', 'must be a mapping of rule id to level');
    const settings = [...LEVELS, 'off'];
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      if (!known.has(id)) fail(`rules.${id}`, 'unknown rule id (see `apicompat rules`)');
      if (!settings.includes(setting as string)) fail(`rules.${id}`, `must be one of ${settings.join(', ')}, got ${show(setting)}`);
      rules[id] = setting as RuleSetting;
    }
    config.rules = rules;
  }

  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore)) fail('ignore', 'must be a list of waivers');
    const today = isoDay(opts.now ?? new Date());
    config.ignore = (value.ignore as unknown[]).map((w, i) => validateWaiver(`ignore[${i}]`, w, known, today, fail));
  }

  if (value.deprecation !== undefined) {
    const dep = value.deprecation;
    if (!isObject(dep)) return fail('deprecation', 'must be a mapping');
    for (const key of Object.keys(dep)) if (key !== 'minDays') fail(`deprecation.${key}`, 'unknown key (expected minDays)');
    config.deprecation = {};
    if (dep.minDays !== undefined) {
      if (typeof dep.minDays !== 'number' || !Number.isInteger(dep.minDays) || dep.minDays < 0) fail('deprecation.minDays', `must be a whole number of days >= 0, got ${show(dep.minDays)}`);
      config.deprecation.minDays = dep.minDays as number;
    }
  }
  return config;
}

function validateWaiver(key: string, w: unknown, known: Set<string>, today: string, fail: (key: string, msg: string) => never): Waiver {
  if (!isObject(w)) return fail(key, 'must be a mapping with rule, operation or pointer, reason, until');
  const allowed = new Set(['rule', 'operation', 'pointer', 'reason', 'until']);
  for (const k of Object.keys(w)) if (!allowed.has(k)) fail(`${key}.${k}`, 'unknown key (expected rule, operation, pointer, reason, until)');
  if (typeof w.rule !== 'string' || w.rule === '') fail(`${key}.rule`, 'is required');
  if (!known.has(w.rule as string)) fail(`${key}.rule`, `unknown rule id "${w.rule as string}" (see \`apicompat rules\`)`);
  if (w.operation === undefined && w.pointer === undefined) fail(key, 'needs an operation or a pointer to say which finding it waives');
  if (w.operation !== undefined && (typeof w.operation !== 'string' || !/^[A-Za-z]+ \S/.test(w.operation))) fail(`${key}.operation`, `must look like "METHOD /path", got ${show(w.operation)}`);
  if (w.pointer !== undefined && (typeof w.pointer !== 'string' || (w.pointer !== '' && !w.pointer.startsWith('/')))) fail(`${key}.pointer`, `must be a JSON pointer starting with "/", got ${show(w.pointer)}`);
  if (typeof w.reason !== 'string' || w.reason.trim() === '') fail(`${key}.reason`, 'is required: say why this change is accepted');
  const waiver: Waiver = { rule: w.rule as string, reason: w.reason as string };
  if (w.operation !== undefined) waiver.operation = w.operation as string;
  if (w.pointer !== undefined) waiver.pointer = w.pointer as string;
  if (w.until !== undefined) {
    // CORE_SCHEMA keeps dates as strings; a Date would only come from a caller passing objects.
    const until = w.until instanceof Date ? isoDay(w.until) : w.until;
    if (typeof until !== 'string' || !isValidDay(until)) fail(`${key}.until`, `must be a date YYYY-MM-DD, got ${show(w.until)}`);
    if ((until as string) < today) fail(`${key}.until`, `waiver for ${waiver.rule} expired on ${until as string}; remove it or extend it`);
    waiver.until = until as string;
  }
  return waiver;
}

function isValidDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDay(d) === s;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
