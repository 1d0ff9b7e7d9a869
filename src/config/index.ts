import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { ConfigError } from '../errors.js';
import { PROFILES, type Profile } from '../engine/profiles.js';
import type { Level } from '../engine/types.js';
import type { Waiver } from '../engine/waivers.js';
import type { OperationFilter } from '../model/filter.js';
import { rules as allRules } from '../../rules/index.js';
import { checkConfig, isoDay } from './validate.js';

export { PROFILES, type Profile, type Waiver, type OperationFilter };
export type RuleSetting = Level | 'off';

export interface Config {
  /** Paths or globs of specs to check (monorepos); relative to the config file. */
  specs?: string[];
  profile?: Profile;
  rules?: Record<string, RuleSetting>;
  ignore?: Waiver[];
  deprecation?: { minDays?: number };
  /** Which operations are compared (paths, extensions); the others are left out of both contracts. */
  filter?: OperationFilter;
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

/** Checks a parsed config file against schema/config.schema.json and the rule catalogue; the same checks as config given to the API. */
export function validateConfig(file: string, value: unknown, opts: ConfigOptions = {}): Config {
  return checkConfig(value, { file }, { ruleIds: opts.ruleIds ?? allRules.map((r) => r.id), today: isoDay(opts.now ?? new Date()) });
}

export { isoDay };
