import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';
import { repo } from '../helpers/git-repo.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
}

const hooks = yaml.load(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

describe('.pre-commit-hooks.yaml', () => {
  it('is a list of node hooks with the keys pre-commit needs', () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hooks.map((h) => h.id)).toEqual(['apicompat-breaking']);
    for (const h of hooks) {
      expect(h).toMatchObject({ id: expect.any(String), name: expect.any(String), entry: expect.any(String), language: 'node' });
      // `check` takes the specs from apicompat.yaml: file names passed to it would be a usage error.
      expect(h.pass_filenames).toBe(false);
    }
  });

  it('runs on staged YAML and JSON files only', () => {
    const files = new RegExp(hooks[0]!.files);
    for (const f of ['openapi.yaml', 'api/spec.yml', 'apicompat.yaml', 'schema.json']) expect(files.test(f)).toBe(true);
    for (const f of ['README.md', 'src/index.ts', 'openapi.yaml.bak']) expect(files.test(f)).toBe(false);
  });

  it('names the package bin and runs `check` against HEAD on the (staged) working tree', async () => {
    const [bin, ...args] = hooks[0]!.entry.split(/\s+/);
    expect(Object.keys(pkg.bin)).toContain(bin);
    const old = readFileSync(path.join(ROOT, 'fixtures/filters/old.yaml'), 'utf8');
    const dir = repo({ 'apicompat.yaml': 'specs: [openapi.yaml]\n', 'openapi.yaml': old });
    expect((await runCli(args, dir)).code).toBe(0);
    writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync(path.join(ROOT, 'fixtures/filters/new.yaml'), 'utf8'));
    const r = await runCli(args, dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('DELETE /internal/keys');
    expect(r.code).toBe(1);
  });
});
