// Bundles the CLI (src/cli/main.ts and everything it imports, yargs and chalk included) into one file,
// dist/cli.mjs, which bin/apicompat.js runs. One file starts in ~0.15 s where ~200 separate ES modules
// took ~0.33 s, about a tenth of a whole run on GitHub's spec. The heavy parsers that only some runs
// need (@asyncapi/parser, swagger-parser for --validate and external refs) stay separate, loaded lazily.
// Run by `npm run build`, `prepare` and `npm test`, after tsc has checked the types.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli(outfile = path.join(root, 'dist', 'cli.mjs')) {
  await build({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    absWorkingDir: root,
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
    external: ['@asyncapi/parser', '@apidevtools/swagger-parser', 'yaml'],
    // CommonJS dependencies call require(); an ES module bundle has none unless we make one.
    banner: { js: "import { createRequire as __apicompatCreateRequire } from 'node:module';\nconst require = __apicompatCreateRequire(import.meta.url);" },
  });
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
