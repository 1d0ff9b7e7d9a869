import path from 'node:path';
import { LoadError } from '../errors.js';
import { CatFileBatch, GIT_MODE, GitError, isCommit, lsTree, showBlob, type TreeEntry } from '../git.js';
import { FileNotFoundError, tooLarge } from './files.js';
import { MAX_SOURCE_BYTES } from './limits.js';
import { isInside, type SourceFolder } from './sandbox.js';

/** Links followed while one path is resolved in a tree; more is a loop. */
const MAX_LINK_HOPS = 40;

/**
 * The folder of a `REF:path` source in that revision's tree: the spec's relative `$ref`s are read from
 * the same revision, held to the same sandbox as a folder on disk. Symbolic links committed in the tree
 * are followed while they stay inside the folder; one that leads out of it (or is absolute) is refused.
 * Trees are listed once each; blobs come through one `git cat-file --batch` reader, started on the first
 * `$ref` read and ended by close().
 */
export class GitTreeFolder implements SourceFolder {
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  private reader?: CatFileBatch;
  /** Set by close(): the bundler may still read files after the load has failed, and must not start another git process. */
  private closed = false;

  private constructor(
    private readonly cwd: string,
    private readonly rev: string,
    /** The folder as git reads it after `REV:`: `''` (top), `spec/`, `./` or `./spec/` (relative to cwd). */
    private readonly treeDir: string,
    readonly root: string,
    readonly shown: string,
  ) {}

  /** The folder of `file` (as written after `REF:`) at revision `rev`. */
  static of(cwd: string, rev: string, file: string): GitTreeFolder {
    const slash = file.lastIndexOf('/');
    const treeDir = slash === -1 ? '' : file.slice(0, slash + 1);
    return new GitTreeFolder(cwd, rev, treeDir, path.resolve(cwd, treeDir || '.'), `${rev}:${treeDir || '.'}`);
  }

  contains(target: string): boolean {
    return isInside(this.root, target);
  }

  async realPathInside(target: string, shown: string, refused: () => LoadError): Promise<string> {
    await this.resolve(target, shown, refused);
    return target;
  }

  async read(target: string, shown: string, refused: () => LoadError): Promise<Uint8Array> {
    const entry = await this.resolve(target, shown, refused);
    if (this.closed) throw new LoadError(shown, 'not read: the spec has finished loading');
    this.reader ??= new CatFileBatch(this.cwd, MAX_SOURCE_BYTES);
    const object = await this.reader.read(entry.oid).catch((e: unknown) => {
      throw e instanceof GitError && e.reason === 'too-large' ? tooLarge(shown) : fromGit(shown, e);
    });
    if (!object) throw new FileNotFoundError(shown);
    return object.bytes;
  }

  close(): void {
    this.closed = true;
    this.reader?.close();
    this.reader = undefined;
  }

  /** The blob entry `target` names, links followed inside the folder. */
  private async resolve(target: string, shown: string, refused: () => LoadError): Promise<TreeEntry> {
    if (!this.contains(target)) throw refused();
    const todo = path.relative(this.root, target).split(path.sep);
    const dir: string[] = [];
    let hops = 0;
    while (todo.length > 0) {
      const name = todo.shift()!;
      if (name === '' || name === '.') continue;
      if (name === '..') {
        if (dir.length === 0) throw refused();
        dir.pop();
        continue;
      }
      const entry = (await this.list(dir, shown)).get(name);
      if (!entry) throw new FileNotFoundError(shown);
      if (entry.mode === GIT_MODE.symlink) {
        if (++hops > MAX_LINK_HOPS) throw new LoadError(shown, 'too many levels of symbolic links in git');
        const link = (await showBlob(this.cwd, entry.oid, 4096).catch((e: unknown) => {
          throw fromGit(shown, e);
        })).toString('utf8');
        if (link.startsWith('/') || /^[a-zA-Z]:/.test(link)) throw refused();
        todo.unshift(...link.split('/'));
      } else if (entry.type === 'tree') {
        if (todo.length === 0) throw new LoadError(shown, 'is a directory in git, not a spec file; refused');
        dir.push(name);
      } else if (entry.type === 'blob') {
        if (todo.length > 0 && todo.some((s) => s !== '')) throw new FileNotFoundError(shown);
        return entry;
      } else {
        throw new LoadError(shown, 'is a submodule in git, not a spec file; refused');
      }
    }
    throw new LoadError(shown, 'is a directory in git, not a spec file; refused');
  }

  /** The entries of a folder under the root, by name; each tree listed once. */
  private list(dir: readonly string[], shown: string): Promise<Map<string, TreeEntry>> {
    const key = dir.join('/');
    let listed = this.trees.get(key);
    if (!listed) {
      const treeish = `${this.rev}:${this.treeDir}${dir.map((d) => `${d}/`).join('')}`;
      listed = lsTree(this.cwd, treeish).then(
        (entries) => new Map(entries.map((e) => [e.path, e])),
        async (e: unknown) => {
          // `REV:dir/` of a revision that exists names a folder that does not.
          if (e instanceof GitError && e.reason === 'unknown-revision' && (await isCommit(this.cwd, this.rev))) return new Map();
          throw fromGit(shown, e);
        },
      );
      this.trees.set(key, listed);
    }
    return listed;
  }

  /** Reads the spec itself: a regular file of the tree, not a link (it would read as the path it names). */
  async readSpec(name: string, file: string): Promise<Uint8Array> {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const entry = (await this.list([], name)).get(base);
    if (!entry) {
      if (!(await isCommit(this.cwd, this.rev))) throw new LoadError(name, `cannot read from git: unknown revision ${JSON.stringify(this.rev)}`);
      throw new LoadError(name, `cannot read from git: ${file} does not exist at ${this.rev}`);
    }
    if (entry.mode === GIT_MODE.symlink) throw new LoadError(name, 'is a symbolic link in git; refused (name the file it points to instead)');
    if (entry.type === 'tree') throw new LoadError(name, 'is a directory in git, not a spec file; refused');
    if (entry.type !== 'blob') throw new LoadError(name, 'is a submodule in git, not a spec file; refused');
    return showBlob(this.cwd, entry.oid, MAX_SOURCE_BYTES).catch((e: unknown) => {
      throw e instanceof GitError && e.reason === 'too-large' ? tooLarge(name) : fromGit(name, e);
    });
  }
}

function fromGit(shown: string, e: unknown): unknown {
  return e instanceof GitError ? new LoadError(shown, `cannot read from git: ${e.detail}`) : e;
}
