import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildAction } from '../../scripts/build-action.mjs';
import { ROOT } from '../helpers/fixtures.js';
import { INPUT_NAMES } from '../../src/action/inputs.js';
import { OUTPUT_NAMES } from '../../src/action/run.js';
import { actionYml, BUNDLE, tempDir } from './runner.js';

describe('dist-action/index.js', () => {
  it('is the bundle of the current sources (run `npm run build:action` and commit it when this fails)', async () => {
    const fresh = path.join(tempDir('apicompat-bundle-'), 'index.js');
    await buildAction(fresh);
    const committed = readFileSync(BUNDLE, 'utf8');
    const rebuilt = readFileSync(fresh, 'utf8');
    // Compare sizes first so a stale bundle fails with a short message, not a megabyte diff.
    expect(committed.length, 'bundle size').toBe(rebuilt.length);
    expect(committed === rebuilt, 'bundle content').toBe(true);
    // The JSON index worker ships beside the bundle, which starts it from its own folder.
    const worker = readFileSync(path.join(path.dirname(BUNDLE), 'json-index-worker.js'), 'utf8');
    expect(worker === readFileSync(path.join(path.dirname(fresh), 'json-index-worker.js'), 'utf8'), 'worker bundle content').toBe(true);
    expect(worker).toContain('parentPort');
  });

  it('is what action.yml runs, on node20, as an ES module', () => {
    expect(actionYml().runs).toEqual({ using: 'node20', main: 'dist-action/index.js' });
    expect(JSON.parse(readFileSync(path.join(ROOT, 'dist-action/package.json'), 'utf8'))).toEqual({ type: 'module' });
  });

  it('declares exactly the inputs the action reads and the outputs it writes', () => {
    const yml = actionYml();
    expect(Object.keys(yml.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    expect(Object.keys(yml.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    for (const [name, input] of Object.entries(yml.inputs)) expect(input.description.length, name).toBeGreaterThan(20);
  });
});
