/** Modes git gives the entries of a tree. */
export const GIT_MODE = { regular: '100644', executable: '100755', symlink: '120000' } as const;

/** `git ls-tree -z` output: one `<mode> <type> <oid>\t<path>` entry per NUL-terminated record. */
export function parseLsTree(out: string): Array<{ mode: string; path: string }> {
  return out
    .split('\0')
    .filter(Boolean)
    .map((entry) => ({ mode: entry.slice(0, entry.indexOf(' ')), path: entry.slice(entry.indexOf('\t') + 1) }));
}
