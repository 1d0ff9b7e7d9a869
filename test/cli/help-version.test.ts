import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/fixtures.js';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { NO_COLOR: '1' }, isTTY: false, cwd: ROOT });
  return { code, stdout, stderr };
}

const formatsIn = (help: string) => /--format[^[]*\[choices: ([^\]]*)\]/.exec(help)?.[1]?.replace(/\s+/g, ' ');

describe('apicompat --version and --help', () => {
  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('each command lists only the formats it prints', async () => {
    const all = '"text", "json", "markdown", "github", "sarif", "junit", "html"';
    expect(formatsIn((await run(['breaking', '--help'])).stdout)).toBe(all);
    expect(formatsIn((await run(['check', '--help'])).stdout)).toBe(all);
    expect(formatsIn((await run(['changelog', '--help'])).stdout)).toBe('"text", "markdown", "json", "html"');
    expect(formatsIn((await run(['version', '--help'])).stdout)).toBe('"text", "json"');
    expect(formatsIn((await run(['rules', '--help'])).stdout)).toBe('"text", "json"');
  });

  it('a format the command does not print is a usage error, not text', async () => {
    const r = await run(['rules', '-f', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Invalid values:.*sarif/s);
    expect((await run(['version', 'a.yaml', 'b.yaml', '--format', 'markdown'])).code).toBe(2);
    expect((await run(['changelog', 'a.yaml', 'b.yaml', '--format', 'github'])).code).toBe(2);
  });
});
