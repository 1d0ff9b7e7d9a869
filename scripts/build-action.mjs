// Bundles the GitHub Action (src/action/main.ts and everything it imports) into one file the runner can
// execute without `npm install`: `node scripts/build-action.mjs [outfile]` (default dist-action/index.js).
// test/action/bundle.test.ts rebuilds into a temporary file and fails when the committed bundle differs.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAction(outfile = path.join(root, 'dist-action', 'index.js')) {
  await build({
    entryPoints: [path.join(root, 'src', 'action', 'main.ts')],
    absWorkingDir: root,
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
    // CommonJS dependencies call require(); an ES module bundle has none unless we make one.
    banner: { js: "import { createRequire as __apicompatCreateRequire } from 'node:module';\nconst require = __apicompatCreateRequire(import.meta.url);" },
  });
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildAction(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`bundled the action into ${path.relative(process.cwd(), out)}`);
}
