import type { Report } from '../compare.js';
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
 * Findings point into the new document when they can; a finding that exists only in the old one (a removed
 * operation) points at the new file as a whole, because its old line number means nothing in the PR's version.
 */
export function placeOf(f: Finding, report: Report): Place {
  if (f.new) return { file: repoPath(f.new.file), line: f.new.line, pointer: f.new.pointer };
  return { file: repoPath(report.sources.new.file), pointer: f.old?.pointer };
}

/** `REF:path` and `git:REF:path` name `path`; `./a/b` is `a/b`; stdin has none. */
export function repoPath(name: string): string | undefined {
  if (name === '<stdin>' || name === '-') return undefined;
  const git = parseGitSource(name);
  const file = git ? git.file : name;
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
