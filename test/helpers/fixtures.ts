import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, type Report } from '../../src/compare.js';
import type { Finding } from '../../src/engine/types.js';
import { essentials as sharedEssentials } from '../../scripts/expected-fields.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** The spec pair of a fixture folder: old.yaml/new.yaml (or .json). */
export function pairOf(dir: string): [string, string] | undefined {
  for (const ext of ['yaml', 'json']) {
    const a = path.join(dir, `old.${ext}`);
    const b = path.join(dir, `new.${ext}`);
    if (existsSync(a) && existsSync(b)) return [a, b];
  }
  return undefined;
}

/** Neighbouring compatible changes of a rule: fixtures/<id>/quiet*\/ folders, each a pair. */
export function quietDirs(ruleDir: string): string[] {
  if (!existsSync(ruleDir)) return [];
  return readdirSync(ruleDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('quiet'))
    .map((d) => path.join(ruleDir, d.name))
    .sort();
}

export async function compareFixture(dir: string): Promise<Report> {
  const pair = pairOf(dir);
  if (!pair) throw new Error(`no old/new pair in ${dir}`);
  return compare(path.relative(ROOT, pair[0]), path.relative(ROOT, pair[1]), { cwd: ROOT });
}

/** The fields of a finding that expected.json pins (shared with scripts/update-expected.mjs). */
export const essentials: (f: Finding) => unknown = sharedEssentials;

export function readExpected(ruleDir: string): unknown[] {
  return JSON.parse(readFileSync(path.join(ruleDir, 'expected.json'), 'utf8')) as unknown[];
}
