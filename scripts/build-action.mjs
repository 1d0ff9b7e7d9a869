// Bundles the GitHub Action (src/action/main.ts and everything it imports) into one file the runner can
// execute without `npm install`: `node scripts/build-action.mjs [outfile]` (default dist-action/index.js).
// test/action/bundle.test.ts rebuilds into a temporary file and fails when the committed bundle differs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, root } from './bundle.mjs';

export function buildAction(outfile = path.join(root, 'dist-action', 'index.js')) {
  return bundle('src/action/main.ts', outfile);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildAction(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`bundled the action into ${path.relative(process.cwd(), out)}`);
}
