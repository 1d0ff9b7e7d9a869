import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { lsFiles } from '../git.js';

/** Folders never searched for specs. */
const SKIP = new Set(['.git', 'node_modules']);
const MAGIC = /[*?{[]/;

/**
 * The `specs` of apicompat.yaml as repository paths: plain paths as given, globs (`*`, `**`, `?`, `{a,b}`)
 * matched against the checkout and against the base revision's tree, so a contract the pull request deletes
 * is found too. Paths are relative to the config file's folder and may not leave the workspace.
 */
export async function expandSpecs(patterns: readonly string[], configDir: string, workspace: string, baseFiles?: () => Promise<string[]>): Promise<string[]> {
  const found = new Set<string>();
  let headFiles: string[] | undefined;
  let oldFiles: string[] | undefined;
  for (const [i, pattern] of patterns.entries()) {
    const abs = path.resolve(configDir, pattern);
    const rel = path.relative(workspace, abs).split(path.sep).join('/');
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigError(`specs[${i}]: ${JSON.stringify(pattern)} leaves the workspace`);
    if (!MAGIC.test(pattern)) {
      found.add(rel);
      continue;
    }
    const re = globToRegExp(rel);
    headFiles ??= await listFiles(workspace);
    oldFiles ??= baseFiles ? await baseFiles() : [];
    const hits = [...headFiles, ...oldFiles].filter((f) => re.test(f));
    if (hits.length === 0) throw new ConfigError(`specs[${i}]: ${JSON.stringify(pattern)} matches no file`);
    for (const h of hits) found.add(h);
  }
  return [...found].sort();
}

/** `**` spans folders (also none), `*` and `?` stay inside one path segment, `{a,b}` is either. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map((alt) => globToRegExp(alt).source.slice(1, -1)).join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), rel);
      // A link is listed, not followed: the loader then holds it to the spec folder's sandbox, as it does in the base tree.
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(rel);
    }
  };
  await walk(root, '');
  return out;
}

/** Files of a revision, relative to the workspace (which may be a folder inside the repository); none when git cannot list them. */
export async function filesAt(workspace: string, rev: string): Promise<string[]> {
  return (await lsFiles(workspace, rev).catch(() => [])).map((e) => e.path);
}
