import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by scripts/bundle.mjs (esbuild `define`) in the bundled CLI; absent when the sources run directly. */
declare const __APICOMPAT_VERSION__: string | undefined;

/** The version of apicompat itself (`apicompat --version`). */
export function packageVersion(): string {
  if (typeof __APICOMPAT_VERSION__ === 'string') return __APICOMPAT_VERSION__;
  // Unbundled (tests, dist/src): the nearest package.json above this file is ours.
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(dir) === dir) throw e;
    }
  }
}
