import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toContract } from '../../src/compare.js';
import { LoadError } from '../../src/errors.js';
import { loadText } from '../../src/load/index.js';

/** Every OpenAPI fixture in the repository (old and new sides). */
function openapiFixtures(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync('fixtures', { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(path.join('fixtures', dir.name))) {
      if (!/\.(ya?ml|json)$/.test(f)) continue;
      const file = path.join('fixtures', dir.name, f);
      if (/^\s*(openapi|swagger)\s*:|"(openapi|swagger)"\s*:/m.test(readFileSync(file, 'utf8'))) out.push(file);
    }
  }
  return out;
}

describe('interaction style of an operation not built in full', () => {
  it('is the style the full build gives, on every OpenAPI fixture', async () => {
    const files = openapiFixtures();
    expect(files.length).toBeGreaterThan(100);
    let operations = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let styleFirst;
      let fullFirst;
      try {
        styleFirst = toContract(await loadText({ name: file, text }));
        fullFirst = toContract(await loadText({ name: file, text }));
      } catch {
        continue; // the bad-input fixtures
      }
      for (const [key, op] of styleFirst.operations) {
        const other = fullFirst.operations.get(key)!;
        try {
          void other.responses; // builds it in full, so its style comes from the full model
        } catch (e) {
          if (e instanceof LoadError) continue; // a malformed operation (fixtures/bad/shape-*): checked as it is built
          throw e;
        }
        expect(op.style, `${file} ${key}`).toBe(other.style);
        operations++;
      }
    }
    expect(operations).toBeGreaterThan(200);
  });
});
