import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createProgress, progressWanted } from '../../src/cli/progress.js';
import { FIXTURES } from '../helpers/fixtures.js';

describe('progress on stderr', () => {
  it('stays silent for the first second, then shows the stage and time, and erases itself', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ enabled: true, write: (s) => out.push(s), now: () => t });
    p.stage('loading');
    t = 400;
    p.stage('comparing');
    expect(out).toEqual([]);
    t = 1500;
    p.stage('locating source lines');
    expect(out).toEqual(['\r\x1b[Kapicompat: locating source lines... 1.5 s']);
    p.done();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing when disabled, and nothing at the end of a quick run', () => {
    const out: string[] = [];
    const off = createProgress({ enabled: false, write: (s) => out.push(s), now: () => 5000 });
    off.stage('comparing');
    off.done();
    const quick = createProgress({ enabled: true, write: (s) => out.push(s), now: () => 0 });
    quick.stage('comparing');
    quick.done();
    expect(out).toEqual([]);
  });

  it('is on for a terminal, off in CI and when piped, and the flag overrides both', () => {
    expect(progressWanted(undefined, true, {})).toBe(true);
    expect(progressWanted(undefined, true, { CI: 'true' })).toBe(false);
    expect(progressWanted(undefined, false, {})).toBe(false);
    expect(progressWanted(true, false, { CI: 'true' })).toBe(true);
    expect(progressWanted(false, true, {})).toBe(false);
  });

  it('never mixes into stdout: --progress with --format json still prints parseable JSON only', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io = { stdout: (s: string) => stdout.push(s), stderr: (s: string) => stderr.push(s), env: {}, isTTY: false, stderrIsTTY: true, cwd: process.cwd() };
    const ex = path.join(FIXTURES, 'example');
    const code = await main(['breaking', path.join(ex, 'trips-v1.yaml'), path.join(ex, 'trips-v2.yaml'), '--format', 'json', '--progress'], io);
    expect([0, 1]).toContain(code);
    expect(() => JSON.parse(stdout.join(''))).not.toThrow();
    expect(stderr.join('')).toBe(''); // a quick run shows nothing
  });
});
