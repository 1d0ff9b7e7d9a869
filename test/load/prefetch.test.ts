import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefetchFiles, readSource } from '../../src/load/source.js';

describe('prefetched reads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-prefetch-'));

  it('hands a read started early to readSource, which then reads the file afresh on a second load', async () => {
    const file = path.join(dir, 'spec.json');
    writeFileSync(file, '{"openapi":"3.0.3"}');
    prefetchFiles(['spec.json'], dir);
    writeFileSync(file, '{"openapi":"3.1.0"}'); // after the prefetch started: either content is a valid read of it
    const first = await readSource('spec.json', { cwd: dir });
    expect(first.text).toMatch(/^\{"openapi":"3\.[01]\.[03]"\}$/);
    const second = await readSource('spec.json', { cwd: dir });
    expect(second.text).toBe('{"openapi":"3.1.0"}');
  });

  it('reports a missing file the same way, prefetched or not', async () => {
    prefetchFiles(['missing.json'], dir);
    await expect(readSource('missing.json', { cwd: dir })).rejects.toMatchObject({ detail: 'file not found' });
    await expect(readSource('missing.json', { cwd: dir })).rejects.toMatchObject({ detail: 'file not found' });
  });
});
