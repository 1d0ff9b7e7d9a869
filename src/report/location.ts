import type { Finding } from '../engine/types.js';
import { parseGitSource } from '../load/source.js';

/** Where a CI tool should point for a finding: a repository path, maybe a line, and the JSON pointer. */
export interface Place {
  /** Repository-relative path with `/` separators; undefined when the source has no path (stdin). */
  file?: string;
  line?: number;
  pointer?: string;
}

/**
 * Findings point into the new document when they can. One that exists only in the old document (a removed
 * operation) points at the old file and line when that is a file on disk; when the old side came from git
 * (`REF:path`, as in a pull request check) it points at that path as a whole, because the old line number means
 * nothing in the version under review.
 */
export function placeOf(f: Finding): Place {
  if (f.new) return { file: repoPath(f.new.file), line: f.new.line, pointer: f.new.pointer };
  if (!f.old) return {};
  const fromGit = parseGitSource(f.old.file) !== undefined;
  return { file: repoPath(f.old.file), line: fromGit ? undefined : f.old.line, pointer: f.old.pointer };
}

/** `REF:path` and `git:REF:path` name `path`; `./a/b` is `a/b`; stdin has none. */
export function repoPath(name: string): string | undefined {
  if (name === '<stdin>' || name === '-') return undefined;
  const git = parseGitSource(name);
  const file = git ? git.file : name;
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
