import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig, parseConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';

const now = new Date('2026-06-01T12:00:00Z');
const parse = (text: string) => parseConfig('apicompat.yaml', text, { now });
const error = (text: string): string => {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('config loader', () => {
  it('accepts a full config', () => {
    const c = parse(`
specs: [apis/*/openapi.yaml]
profile: strict
rules:
  output-enum-value-added: breaking
  operation-documentation-changed: off
ignore:
  - rule: operation-removed
    operation: DELETE /trips/{id}
    reason: nobody calls it (logs, 90 days)
    until: 2026-06-01
  - rule: output-property-removed
    pointer: /components/schemas/Trip/properties/legacy
    reason: announced in changelog
deprecation:
  minDays: 30
`);
    expect(c).toEqual({
      specs: ['apis/*/openapi.yaml'],
      profile: 'strict',
      rules: { 'output-enum-value-added': 'breaking', 'operation-documentation-changed': 'off' },
      ignore: [
        { rule: 'operation-removed', operation: 'DELETE /trips/{id}', reason: 'nobody calls it (logs, 90 days)', until: '2026-06-01' },
        { rule: 'output-property-removed', pointer: '/components/schemas/Trip/properties/legacy', reason: 'announced in changelog' },
      ],
      deprecation: { minDays: 30 },
    });
  });

  it('an empty file is an empty config', () => {
    expect(parse('')).toEqual({});
  });

  it.each([
    ['rules:\n  no-such-rule: breaking', 'apicompat.yaml: rules.no-such-rule: unknown rule id'],
    ['rules:\n  operation-removed: fatal', 'apicompat.yaml: rules.operation-removed: must be one of breaking, warning, compatible, info, off, got "fatal"'],
    ['profile: paranoid', 'apicompat.yaml: profile: must be one of strict, default, lenient'],
    ['ignore:\n  - rule: operation-removed\n    operation: GET /a\n    reason: x\n    until: 2026-05-31', 'apicompat.yaml: ignore[0].until: waiver for operation-removed expired on 2026-05-31'],
    ['ignore:\n  - rule: nope\n    operation: GET /a\n    reason: x', 'apicompat.yaml: ignore[0].rule: unknown rule id "nope"'],
    ['ignore:\n  - rule: operation-removed\n    operation: GET /a', 'apicompat.yaml: ignore[0].reason: is required'],
    ['ignore:\n  - rule: operation-removed\n    reason: x', 'apicompat.yaml: ignore[0]: needs an operation or a pointer'],
    ['ignore:\n  - rule: operation-removed\n    pointer: paths\n    reason: x', 'apicompat.yaml: ignore[0].pointer: must be a JSON pointer'],
    ['ignore:\n  - rule: operation-removed\n    operation: GET /a\n    reason: x\n    until: 2026-02-30', 'apicompat.yaml: ignore[0].until: must be a date YYYY-MM-DD'],
    ['deprecation:\n  minDays: -1', 'apicompat.yaml: deprecation.minDays: must be a whole number'],
    ['speks: [a.yaml]', 'apicompat.yaml: speks: unknown key'],
    ['- a\n- b', 'apicompat.yaml: config must be a mapping'],
    ['profile: strict\nprofile: lenient', 'apicompat.yaml:2: invalid YAML: duplicated mapping key'],
  ])('rejects %j', (text, message) => {
    const msg = error(text);
    expect(msg).toContain(message);
    expect(msg).not.toContain('\n');
  });

  it('finds apicompat.yaml, apicompat.yml or .apicompat.yaml in cwd and loads it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'apicompat-config-'));
    expect(await findConfig(dir)).toBeUndefined();
    await writeFile(path.join(dir, '.apicompat.yaml'), 'profile: lenient\n');
    expect(await findConfig(dir)).toBe(path.join(dir, '.apicompat.yaml'));
    await writeFile(path.join(dir, 'apicompat.yml'), 'profile: strict\n');
    const found = await findConfig(dir);
    expect(found).toBe(path.join(dir, 'apicompat.yml'));
    expect(await loadConfig(found!)).toEqual({ profile: 'strict' });
    expect(await loadConfig('apicompat.yml', dir)).toEqual({ profile: 'strict' });
    await expect(loadConfig('missing.yaml', dir)).rejects.toThrow('missing.yaml: config file not found');
  });
});
