// The esbuild settings shared by the two bundles: the CLI (build-cli.mjs) and the GitHub Action (build-action.mjs).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * Bundles `entry` (relative to the repository root) and what it imports into one ES module for Node 20,
 * and beside it the JSON index worker, which src/load/json-index-thread.ts starts from its own folder.
 */
export async function bundle(entry, outfile, { external = [] } = {}) {
  await bundleOne(entry, outfile, external);
  await bundleOne('src/load/json-index-worker.ts', path.join(path.dirname(outfile), 'json-index-worker.js'), []);
  return outfile;
}

async function bundleOne(entry, outfile, external) {
  await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
    // `apicompat --version` (src/cli/package-version.ts): the bundle does not know where package.json is.
    define: { __APICOMPAT_VERSION__: JSON.stringify(version) },
    ...(external.length ? { external } : {}),
    // CommonJS dependencies call require(); an ES module bundle has none unless we make one.
    banner: { js: "import { createRequire as __apicompatCreateRequire } from 'node:module';\nconst require = __apicompatCreateRequire(import.meta.url);" },
  });
}
