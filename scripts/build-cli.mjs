// Bundles the CLI (src/cli/main.ts and everything it imports, yargs and chalk included) into one file,
// dist/cli.mjs, which bin/apicompat.js runs. One file starts in ~0.15 s where ~200 separate ES modules
// took ~0.33 s, about a tenth of a whole run on GitHub's spec. The heavy parsers that only some runs
// need (@asyncapi/parser and swagger-parser for --validate and external refs, the AsyncAPI JSON Schemas of
// @asyncapi/specs) stay separate, loaded lazily.
// Run by `npm run build`, `prepare` and `npm test`, after tsc has checked the types.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, root } from './bundle.mjs';

export function buildCli(outfile = path.join(root, 'dist', 'cli.mjs')) {
  return bundle('src/cli/main.ts', outfile, { external: ['@asyncapi/parser', '@asyncapi/specs', '@apidevtools/swagger-parser', 'yaml'] });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
