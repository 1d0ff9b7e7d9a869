// One JSON Schema (schema/config.schema.json) and one code path validate config files and config given to
// the API: the same problem gives the same message, after the file name or the option's name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { configValidatorSource, OUTPUT } from '../../scripts/build-config-validator.mjs';
import { compare } from '../../src/compare.js';
import { parseConfig, PROFILES } from '../../src/config/index.js';
import { checkEngineConfig } from '../../src/config/validate.js';
import { LEVELS } from '../../src/engine/types.js';
import { ConfigError } from '../../src/errors.js';
import { rules } from '../../rules/index.js';
import { ROOT } from '../helpers/fixtures.js';

const now = new Date('2026-06-01T12:00:00Z');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/config.schema.json'), 'utf8'));
const OLD = 'fixtures/config/old.yaml';
const NEW = 'fixtures/config/new.yaml';

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

const waiver = { rule: 'operation-removed', operation: 'DELETE /trips/{id}', reason: 'no traffic' };

// [what, config, message after `<origin>.` / `<file>: `]
const CASES: Array<[string, Record<string, unknown>, string]> = [
  ['a bogus profile', { profile: 'bogus' }, 'profile: must be one of strict, default, lenient, got "bogus"'],
  ['a bogus rule level', { rules: { 'operation-removed': 'bogus' } }, 'rules.operation-removed: must be one of breaking, warning, compatible, info, off, got "bogus"'],
  ['an unknown rule id', { rules: { 'no-such-rule': 'breaking' } }, 'rules.no-such-rule: unknown rule id (see `apicompat rules`)'],
  ['rules not a mapping', { rules: ['operation-removed'] }, 'rules: must be a mapping of rule id to level, got an array'],
  ['a waiver for an unknown rule', { ignore: [{ ...waiver, rule: 'operation-gone' }] }, 'ignore[0].rule: unknown rule id "operation-gone" (see `apicompat rules`)'],
  ['a waiver without a reason', { ignore: [{ rule: 'operation-removed', operation: 'DELETE /trips/{id}' }] }, 'ignore[0].reason: is required: say why this change is accepted'],
  ['a waiver with a misspelt reason', { ignore: [{ rule: 'operation-removed', operation: 'DELETE /trips/{id}', reasn: 'x' }] }, 'ignore[0].reason: is required: say why this change is accepted (found "reasn": a typo?)'],
  ['a waiver with a blank reason', { ignore: [{ ...waiver, reason: '  ' }] }, 'ignore[0].reason: must say why this change is accepted, got "  "'],
  ['a waiver with an unknown key', { ignore: [{ ...waiver, note: 'x' }] }, 'ignore[0].note: unknown key (expected one of rule, operation, pointer, reason, until)'],
  ['a waiver without operation or pointer', { ignore: [{ rule: 'operation-removed', reason: 'x' }] }, 'ignore[0]: needs an operation or a pointer to say which finding it waives'],
  ['a waiver with a bad operation', { ignore: [{ ...waiver, operation: '/trips' }] }, 'ignore[0].operation: must look like "METHOD /path", got "/trips"'],
  ['a waiver with a bad pointer', { ignore: [{ ...waiver, pointer: 'paths' }] }, 'ignore[0].pointer: must be a JSON pointer starting with "/", got "paths"'],
  ['a waiver with a date that is no day', { ignore: [{ ...waiver, until: '2026-02-30' }] }, 'ignore[0].until: must be a date YYYY-MM-DD, got "2026-02-30"'],
  ['a waiver with a date in another format', { ignore: [{ ...waiver, until: '1 June 2026' }] }, 'ignore[0].until: must be a date YYYY-MM-DD, got "1 June 2026"'],
  ['an expired waiver', { ignore: [waiver, { ...waiver, until: '2026-05-31' }] }, 'ignore[1].until: waiver for operation-removed expired on 2026-05-31; remove it or extend it'],
  ['a waiver that is not a mapping', { ignore: ['operation-removed'] }, 'ignore[0]: must be a mapping with rule, operation or pointer, reason, until, got "operation-removed"'],
  ['ignore not a list', { ignore: { rule: 'operation-removed' } }, 'ignore: must be a list of waivers, got {"rule":"operation-removed"}'],
  ['a negative minDays', { deprecation: { minDays: -1 } }, 'deprecation.minDays: must be a whole number of days >= 0, got -1'],
  ['a fractional minDays', { deprecation: { minDays: 1.5 } }, 'deprecation.minDays: must be a whole number of days >= 0, got 1.5'],
  ['an unknown deprecation key', { deprecation: { maxDays: 3 } }, 'deprecation.maxDays: unknown key (expected minDays)'],
  ['an unknown top-level key', { confg: {} }, 'confg: unknown key (expected one of specs, profile, rules, ignore, deprecation, filter)'],
  ['an empty specs list', { specs: [] }, 'specs: must be a non-empty list of paths or globs, got []'],
  ['a blank spec', { specs: ['a.yaml', ' '] }, 'specs[1]: must be a non-empty string, got " "'],
];

describe('the same message for a config file and for API config', () => {
  it.each(CASES)('%s', async (_, config, expected) => {
    const file = message(() => parseConfig('apicompat.yaml', yaml.dump(config), { now }));
    expect(file).toBe(`apicompat.yaml: ${expected}`);
    const api = await compare(OLD, NEW, { cwd: ROOT, config: { now, ...config } }).then(
      () => 'no error',
      (e: Error) => (expect(e).toBeInstanceOf(ConfigError), e.message),
    );
    expect(api).toBe(`compare() options.config.${expected}`);
  });

  it('a config that is not a mapping', async () => {
    expect(message(() => parseConfig('apicompat.yaml', '- a\n- b\n'))).toBe('apicompat.yaml: config must be a mapping, got an array');
    await expect(compare(OLD, NEW, { cwd: ROOT, config: 'strict' as never })).rejects.toThrow(new ConfigError('compare() options.config: must be a mapping, got "strict"'));
  });

  it('a bogus profile given to the API no longer makes a breaking finding disappear', async () => {
    await expect(compare(OLD, NEW, { cwd: ROOT, config: { profile: 'bogus' as never } })).rejects.toThrow('compare() options.config.profile: must be one of strict, default, lenient, got "bogus"');
    await expect(compare(OLD, NEW, { cwd: ROOT, config: { rules: { 'operation-removed': 'bogus' as never } } })).rejects.toThrow(
      'compare() options.config.rules.operation-removed: must be one of breaking, warning, compatible, info, off, got "bogus"',
    );
  });
});

describe('what only the API takes', () => {
  it('now must be a valid Date', () => {
    expect(message(() => checkEngineConfig({ now: '2026-06-01' }, 'compare() options.config', ['operation-removed']))).toBe('compare() options.config.now: must be a valid Date, got "2026-06-01"');
    expect(message(() => checkEngineConfig({ now: new Date('nope') }, 'compare() options.config', []))).toBe('compare() options.config.now: must be a valid Date, got a Date');
    // ... and a config file cannot set it.
    expect(message(() => parseConfig('apicompat.yaml', 'now: 2026-06-01\n'))).toBe('apicompat.yaml: now: unknown key (expected one of specs, profile, rules, ignore, deprecation, filter)');
  });

  it('a waiver `until` may be a Date; keys set to undefined are absent; specs is accepted and left out', () => {
    const checked = checkEngineConfig(
      { now, profile: undefined, specs: ['a.yaml'], ignore: [{ ...waiver, until: new Date('2026-06-01T00:00:00Z') }] },
      'compare() options.config',
      rules.map((r) => r.id),
    );
    expect(checked).toEqual({ now, ignore: [{ ...waiver, until: '2026-06-01' }] });
  });

  it('checks rule ids against the catalogue the call uses', async () => {
    const only = rules.filter((r) => r.id !== 'operation-removed');
    await expect(compare(OLD, NEW, { cwd: ROOT, rules: only, config: { rules: { 'operation-removed': 'warning' } } })).rejects.toThrow('compare() options.config.rules.operation-removed: unknown rule id');
  });
});

describe('schema/config.schema.json', () => {
  it('is compiled into src/config/schema-validator.generated.ts (run `node scripts/build-config-validator.mjs` when this fails)', () => {
    expect(readFileSync(OUTPUT, 'utf8') === configValidatorSource(), 'generated validator is stale').toBe(true);
  });

  it('lists the profiles and levels the engine knows', () => {
    expect(schema.properties.profile.enum).toEqual([...PROFILES]);
    expect(schema.properties.rules.additionalProperties.enum).toEqual([...LEVELS, 'off']);
  });

  it('is a valid draft-07 schema that accepts the documented example config', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const example = { specs: ['services/*/openapi.yaml'], profile: 'strict', rules: { 'operation-removed': 'warning' }, ignore: [{ ...waiver, until: '2026-12-31' }, { rule: 'output-property-removed', pointer: '', reason: 'x' }], deprecation: { minDays: 30 } };
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(parseConfig('apicompat.yaml', yaml.dump(example), { now })).toEqual(example);
  });
});
