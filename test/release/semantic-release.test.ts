import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCommits, generateNotes, verifyConditions, type Context } from '../../src/semantic-release/index.js';
import { GitRepo } from './git-repo.js';
import { ordersSpec, removeTempDirs } from './specs.js';

afterAll(removeTempDirs);

const props = { item: { type: 'string' }, qty: { type: 'integer' } };

/** A repo whose v1.0.0 tag holds the 1.0.0 contract, then one more commit with `next` (if given). */
function released(next?: string, file = 'openapi.json') {
  const repo = new GitRepo();
  repo.write(file, ordersSpec('1.0.0'));
  const gitHead = repo.commit('feat: orders');
  repo.git('tag', 'v1.0.0');
  if (next !== undefined) repo.write(file, next).commit('chore: contract');
  return { repo, gitHead };
}

/** The context semantic-release hands to analyzeCommits / generateNotes (the fields plugins read). */
function contextFor(repo: GitRepo, gitHead: string | undefined, logs: string[] = []): Context & Record<string, unknown> {
  const logger = { log: (...a: unknown[]) => void logs.push(a.join(' ')), error: (...a: unknown[]) => void logs.push(a.join(' ')), success: () => {}, warn: () => {} };
  return {
    cwd: repo.dir,
    env: repo.env,
    logger,
    options: { branches: ['main'], repositoryUrl: repo.dir, tagFormat: 'v${version}' },
    branch: { name: 'main' },
    lastRelease: gitHead ? { version: '1.0.0', gitTag: 'v1.0.0', gitHead, channels: [null], name: 'v1.0.0' } : {},
    nextRelease: undefined,
    commits: [{ hash: 'abc', message: 'feat: orders', subject: 'feat: orders', body: '' }],
  };
}

const config = { spec: 'openapi.json' };

describe('apicompat/semantic-release analyzeCommits', () => {
  it('returns major for a breaking contract change, whatever the commit messages say', async () => {
    const { repo, gitHead } = released(ordersSpec('1.0.0', { required: ['item', 'qty'], props }));
    const logs: string[] = [];
    expect(await analyzeCommits(config, contextFor(repo, gitHead, logs))).toBe('major');
    expect(logs).toEqual(['apicompat: 1 breaking, 0 warning, 0 compatible, 0 info change(s) in openapi.json; release type major']);
  });

  it('on a 0.x last release a breaking change is a minor release (the breaking position of 0.x), unless zeroMajorBreaking', async () => {
    const { repo, gitHead } = released(ordersSpec('1.0.0', { required: ['item', 'qty'], props }));
    const ctx = contextFor(repo, gitHead);
    ctx.lastRelease = { version: '0.30.0', gitTag: 'v1.0.0', gitHead };
    const logs: string[] = [];
    ctx.logger = { log: (...a: unknown[]) => void logs.push(a.join(' ')) };
    expect(await analyzeCommits(config, ctx)).toBe('minor');
    expect(logs[0]).toMatch(/release type minor \(breaking, but 0\.30\.0 is 0\.x: the minor is the breaking position; zeroMajorBreaking asks for major\)$/);
    expect(await analyzeCommits({ ...config, zeroMajorBreaking: true }, ctx)).toBe('major');
    // A compatible change on 0.x stays minor, and 1.x breaking stays major (the test above).
    const compatible = released(ordersSpec('1.0.0', { props }));
    const c = contextFor(compatible.repo, compatible.gitHead);
    c.lastRelease = { version: '0.30.0', gitTag: 'v1.0.0', gitHead: compatible.gitHead };
    expect(await analyzeCommits(config, c)).toBe('minor');
    await expect(analyzeCommits({ ...config, zeroMajorBreaking: 'yes' } as never, ctx)).rejects.toThrow(/options\.zeroMajorBreaking: must be true or false/);
  });

  it('returns minor for a compatible addition, patch for documentation only, null when the contract is unchanged', async () => {
    const minor = released(ordersSpec('1.0.0', { props }));
    expect(await analyzeCommits(config, contextFor(minor.repo, minor.gitHead))).toBe('minor');
    const patch = released(ordersSpec('1.0.0').replace('"version": "1.0.0"', '"version": "1.0.0", "description": "Now documented"'));
    expect(await analyzeCommits(config, contextFor(patch.repo, patch.gitHead))).toBe('patch');
    const none = released();
    expect(await analyzeCommits(config, contextFor(none.repo, none.gitHead))).toBeNull();
  });

  it('reads the working copy, not only commits (uncommitted edits count)', async () => {
    const { repo, gitHead } = released();
    repo.write('openapi.json', ordersSpec('1.0.0', { required: ['item', 'qty'], props }));
    expect(await analyzeCommits(config, contextFor(repo, gitHead))).toBe('major');
  });

  it('falls back to gitHead when the last release has no tag name', async () => {
    const { repo, gitHead } = released(ordersSpec('1.0.0', { props }));
    const ctx = contextFor(repo, gitHead);
    ctx.lastRelease = { version: '1.0.0', gitHead };
    expect(await analyzeCommits(config, ctx)).toBe('minor');
  });

  it('uses firstRelease when there is no last release or the contract is new since it', async () => {
    const { repo } = released();
    expect(await analyzeCommits(config, contextFor(repo, undefined))).toBe('minor');
    expect(await analyzeCommits({ ...config, firstRelease: 'major' }, contextFor(repo, undefined))).toBe('major');
    const renamed = released(undefined, 'old-name.json');
    renamed.repo.write('openapi.json', ordersSpec('1.0.0'));
    expect(await analyzeCommits(config, contextFor(renamed.repo, renamed.gitHead))).toBe('minor');
  });

  it('fails, never guesses, when the last release is missing from the history (shallow clone)', async () => {
    const { repo, gitHead } = released(ordersSpec('1.0.0', { props }));
    const ctx = contextFor(repo, gitHead);
    ctx.lastRelease = { version: '0.9.0', gitTag: 'v0.9.0' };
    await expect(analyzeCommits(config, ctx)).rejects.toThrow(/the last release v0\.9\.0 is not in the git history here/);
  });

  it('applies rule overrides from the plugin config', async () => {
    const { repo, gitHead } = released(ordersSpec('1.0.0', { required: ['item', 'qty'], props }));
    expect(await analyzeCommits({ ...config, rules: { 'input-required-property-added': 'warning' } }, contextFor(repo, gitHead))).toBe('minor');
  });

  it('verifyConditions rejects a missing spec option and an unloadable spec with a clear error', async () => {
    const { repo, gitHead } = released();
    await expect(verifyConditions({}, contextFor(repo, gitHead))).rejects.toThrow(/set the `spec` option/);
    repo.write('broken.json', '{ "openapi": ');
    await expect(verifyConditions({ spec: 'broken.json' }, contextFor(repo, gitHead))).rejects.toThrow(/^broken\.json/);
    await expect(verifyConditions(config, contextFor(repo, gitHead))).resolves.toBeUndefined();
  });
});

describe('apicompat/semantic-release generateNotes', () => {
  it('writes the contract changelog as release notes', async () => {
    const { repo, gitHead } = released(ordersSpec('2.0.0', { required: ['item', 'qty'], props }));
    const ctx = { ...contextFor(repo, gitHead), nextRelease: { type: 'major', version: '2.0.0', gitTag: 'v2.0.0' } };
    const notes = await generateNotes(config, ctx);
    expect(notes).toContain('### <code>POST /orders</code> · request/response');
    expect(notes).toContain('- **Breaking** (input: request): required property qty added to request body (application/json)');
    expect(notes).toContain('  - Compatible alternative: Add it as optional');
  });

  it('drops lower levels to fit maxNotesLength, and says so in the log', async () => {
    const { repo, gitHead } = released(ordersSpec('2.0.0', { required: ['item', 'qty'], props: { ...props, note: { type: 'string' } } }));
    const full = await generateNotes(config, contextFor(repo, gitHead));
    expect(full).toContain('- Compatible (input: request): optional property note added');
    const logs: string[] = [];
    const short = await generateNotes({ ...config, maxNotesLength: full.length - 1 }, contextFor(repo, gitHead, logs));
    expect(short).not.toContain('optional property note added');
    expect(short).toContain('required property qty added');
    expect(short).toContain('lower-level change');
    expect(logs[0]).toMatch(/^apicompat: contract release notes at level info are \d+ characters \(max \d+\); leaving out info changes$/);
  });

  it('writes nothing when the contract did not change', async () => {
    const { repo, gitHead } = released();
    expect(await generateNotes(config, contextFor(repo, gitHead))).toBe('');
  });
});
