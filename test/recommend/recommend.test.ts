import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend/index.js';
import type { Finding } from '../../src/engine/types.js';
import { compare } from '../../src/compare.js';
import { bumpBetween, nextVersion } from '../../src/recommend/semver.js';
import { ROOT } from '../helpers/fixtures.js';

const at = (f: string) => `fixtures/versioning/${f}`;

describe('release recommendation', () => {
  it('plans /v2 for the operations a breaking change touches when paths carry /v1', async () => {
    const r = await compare(at('v1.yaml'), at('v1-breaking.yaml'), { cwd: ROOT });
    expect(r.verdict).toBe('breaking');
    expect(r.bump).toBe('major');
    expect(r.nextVersion).toBe('3.0.0');
    expect(r.recommendation.urlVersioning).toEqual({
      current: 'v1',
      next: 'v2',
      scope: 'paths',
      operations: [{ operation: 'GET /v1/orders', path: 'GET /v2/orders' }],
      servers: [],
    });
    expect(r.recommendation.text).toContain('under /v2 while /v1 keeps serving the old contract');
  });

  it('treats a new /v2 namespace beside an untouched /v1 as a compatible minor release', async () => {
    const r = await compare(at('v1.yaml'), at('v1-plus-v2.yaml'), { cwd: ROOT });
    expect(r.verdict).toBe('compatible');
    expect(r.bump).toBe('minor');
    expect(r.nextVersion).toBe('2.4.0');
    expect(r.recommendation.urlVersioning).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toEqual(['operation-added']);
  });

  it('says unchanged with no bump for identical contracts', async () => {
    const r = await compare(at('v1.yaml'), at('v1.yaml'), { cwd: ROOT });
    expect(r).toMatchObject({ verdict: 'unchanged', bump: 'none', nextVersion: '2.3.1', findings: [] });
  });

  it('proposes no /v2 path for a webhook, which is sent rather than served under a path', async () => {
    const r = await compare('fixtures/webhook-removed/old.yaml', 'fixtures/webhook-removed/new.yaml', { cwd: ROOT });
    expect(r.verdict).toBe('breaking');
    expect(r.recommendation.urlVersioning?.operations).toEqual([]);
    expect(r.recommendation.text).toMatch(/^1 breaking change: release a major version \(1\.0\.0 -> 2\.0\.0\)\./);
    expect(r.recommendation.text).not.toContain('/v2');
  });

  it("versions the operation that makes a callback for the callback's breaking changes", async () => {
    const r = await compare('fixtures/callback-removed/old.yaml', 'fixtures/callback-removed/new.yaml', { cwd: ROOT });
    expect(r.recommendation.urlVersioning?.operations).toEqual([{ operation: 'POST /subscriptions', path: 'POST /v2/subscriptions' }]);
  });

  it('recommends a patch for documentation-only changes', async () => {
    const r = await compare('fixtures/operation-removed/quiet/old.yaml', 'fixtures/operation-removed/quiet/new.yaml', { cwd: ROOT });
    expect(r.findings.map((f) => f.rule)).toEqual(['operation-documentation-changed']);
    expect(r).toMatchObject({ verdict: 'compatible', bump: 'patch', nextVersion: '1.0.1' });
  });
});

describe('semver', () => {
  it('computes the next version', () => {
    expect(nextVersion('1.4.2', 'major')).toBe('2.0.0');
    expect(nextVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(nextVersion('1.4.2', 'patch')).toBe('1.4.3');
    expect(nextVersion('1.4.2', 'none')).toBe('1.4.2');
    expect(nextVersion('v2', 'minor')).toBe('v2.1.0');
    expect(nextVersion('1.0.0-beta.1', 'patch')).toBe('1.0.1');
    expect(nextVersion('2022-11-28', 'major')).toBeUndefined();
    expect(nextVersion(undefined, 'major')).toBeUndefined();
  });

  it('tells which bump a version change made', () => {
    expect(bumpBetween('1.4.2', '2.0.0')).toBe('major');
    expect(bumpBetween('1.4.2', '1.5.0')).toBe('minor');
    expect(bumpBetween('1.4.2', '1.4.3')).toBe('patch');
    expect(bumpBetween('1.4.2', '1.4.2')).toBe('none');
    expect(bumpBetween('1.4.2', '1.3.9')).toBe('none');
    expect(bumpBetween('x', '1.0.0')).toBeUndefined();
  });
});

describe('URL-versioning advice for AsyncAPI channel addresses', () => {
  const plan = (...operations: string[]) =>
    recommend({
      findings: operations.map((operation) => ({ rule: 'channel-removed', level: 'breaking', kind: 'schema.property.removed', message: 'm', operation }) as unknown as Finding),
      rules: new Map(),
      servers: [],
      format: 'asyncapi',
    }).recommendation.urlVersioning;

  it('puts the version after the host of a URL address, never before its scheme', () => {
    expect(plan('receive https://example.com/books/{id}')).toMatchObject({ current: undefined, next: 'v2', scope: 'none', operations: [{ path: 'receive https://example.com/v2/books/{id}' }] });
    expect(plan('send wss://example.com')?.operations).toEqual([{ operation: 'send wss://example.com', path: 'send wss://example.com/v2/' }]);
  });

  it('bumps a version segment in the path of a URL address', () => {
    expect(plan('receive https://example.com/v1/books/{id}')).toMatchObject({ current: 'v1', next: 'v2', scope: 'paths', operations: [{ path: 'receive https://example.com/v2/books/{id}' }] });
  });

  it('recognises a numeric major/minor pair of segments, with / or . separators', () => {
    expect(plan('receive smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured')).toMatchObject({
      current: '1/0',
      next: '2/0',
      scope: 'paths',
      operations: [{ path: 'receive smartylighting/streetlights/2/0/event/{streetlightId}/lighting/measured' }],
    });
    expect(plan('send smartylighting.streetlights.1.0.action.{streetlightId}.turn.on')).toMatchObject({ current: '1.0', next: '2.0', operations: [{ path: 'send smartylighting.streetlights.2.0.action.{streetlightId}.turn.on' }] });
  });

  it('leaves a single number alone (an id, not a version) and prefixes the address', () => {
    expect(plan('receive rooms/42/messages')).toMatchObject({ current: undefined, next: 'v2', operations: [{ path: 'receive v2/rooms/42/messages' }] });
  });
});
