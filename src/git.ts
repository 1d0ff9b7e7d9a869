import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UsageError } from './errors.js';

/**
 * The one place apicompat runs `git`: typed commands, no shell, bounded output, and one translation of
 * git's failures into a one-line message. Callers that load a source wrap the message into a LoadError
 * naming it; the others throw the GitError (a UsageError) as it is.
 */

/** Why a git command failed, as far as apicompat tells the cases apart. */
export type GitFailure = 'not-installed' | 'not-a-repository' | 'unknown-revision' | 'missing-path' | 'too-large' | 'failed';

export class GitError extends UsageError {
  constructor(
    readonly reason: GitFailure,
    /** One line, without a `git:` prefix, e.g. `unknown revision "v9"`. */
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Output larger than this is refused (a tree listing of a huge monorepo, a runaway command). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

interface RunOptions {
  maxBuffer?: number;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs `git args` in `cwd` and returns its stdout; a failure is a GitError with git's own reason. */
function run(cwd: string, args: readonly string[], opts: RunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: opts.maxBuffer ?? MAX_OUTPUT_BYTES, env: opts.env, timeout: opts.timeoutMs, windowsHide: true }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      reject(translate(cwd, args, err, stderr.toString('utf8')));
    });
  });
}

async function runText(cwd: string, args: readonly string[], opts?: RunOptions): Promise<string> {
  return (await run(cwd, args, opts)).toString('utf8');
}

/** Runs `git args` for its exit status only: false when git says no (or cannot run). */
async function succeeds(cwd: string, args: readonly string[], opts?: RunOptions): Promise<boolean> {
  return run(cwd, args, opts).then(
    () => true,
    () => false,
  );
}

function translate(cwd: string, args: readonly string[], err: { code?: string | number | null; killed?: boolean; message: string }, stderr: string): GitError {
  if (err.code === 'ENOENT') return new GitError('not-installed', 'git is not installed (or not on PATH)');
  if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return new GitError('too-large', `git ${args[0]} printed more than the output limit; refused`);
  if (err.killed) return new GitError('failed', `git ${args[0]} did not finish in time`);
  const said = firstError(stderr);
  if (/not a git repository/i.test(said)) return new GitError('not-a-repository', `${cwd} is not inside a git repository`);
  const path = /path '(.*)' (?:does not exist|exists on disk, but not) in '(.*)'/.exec(said);
  if (path) return new GitError('missing-path', `${path[1]} does not exist at ${path[2]}`);
  const rev = /(?:invalid object name|unknown revision or path not in the working tree|bad revision|not a valid object name|ambiguous argument) '?([^':]*)/i.exec(said);
  if (rev) return new GitError('unknown-revision', `unknown revision ${JSON.stringify(rev[1]!.replace(/\.$/, ''))}`);
  return new GitError('failed', `git ${args[0]} failed: ${said || err.message.split('\n')[0]}`);
}

/** The line of git's stderr that says what went wrong (`fatal:`/`error:`), without the prefix. */
function firstError(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const line = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? '';
  return line.replace(/^(fatal|error):\s*/, '').trim().slice(0, 300);
}

/** Modes git gives the entries of a tree. */
export const GIT_MODE = { regular: '100644', executable: '100755', symlink: '120000', tree: '040000' } as const;

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  oid: string;
  /** Relative to the listed tree (or to `cwd` for a recursive listing of `--`, see lsTree). */
  path: string;
}

/** `git ls-tree -z` output: one `<mode> <type> <oid>\t<path>` entry per NUL-terminated record. */
export function parseLsTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, oid] = record.slice(0, tab).split(' ') as [string, TreeEntry['type'], string];
    entries.push({ mode, type, oid, path: record.slice(tab + 1) });
  }
  return entries;
}

/** The entries of one tree (`REV:dir/`, or a tree's object id), not recursive. */
export async function lsTree(cwd: string, treeish: string): Promise<TreeEntry[]> {
  // --full-tree: in a subfolder, ls-tree would list only the entries under the subfolder's own path.
  return parseLsTree(await runText(cwd, ['ls-tree', '-z', '--full-tree', treeish]));
}

/** Every file under `pathspec` (relative to `cwd`) at revision `rev`, paths relative to `cwd`. */
export async function lsFiles(cwd: string, rev: string, pathspec = '.'): Promise<TreeEntry[]> {
  return parseLsTree(await runText(cwd, ['ls-tree', '-r', '-z', revision(rev), '--', pathspec]));
}

/** A blob's bytes (`REV:path` or an object id), at most `maxBytes`; never through a textconv filter. */
export async function showBlob(cwd: string, object: string, maxBytes: number): Promise<Buffer> {
  return run(cwd, ['cat-file', 'blob', object], { maxBuffer: maxBytes });
}

/** Whether `object` (`REV:path`, a commit, ...) exists. */
export function objectExists(cwd: string, object: string, env?: NodeJS.ProcessEnv): Promise<boolean> {
  return succeeds(cwd, ['cat-file', '-e', object], { env });
}

/** Whether `rev` names a commit; false for anything git cannot resolve. */
export function isCommit(cwd: string, rev: string, env?: NodeJS.ProcessEnv): Promise<boolean> {
  if (rev.startsWith('-')) return Promise.resolve(false);
  return succeeds(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { env });
}

/** The repository's top folder (its real path), or a GitError when `cwd` is not in one. */
export async function topLevel(cwd: string): Promise<string> {
  return (await runText(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

/** Where `cwd` is inside its repository: `''` at the top, else `dir/sub/`. */
export async function prefixOf(cwd: string): Promise<string> {
  return (await runText(cwd, ['rev-parse', '--show-prefix'])).trim();
}

/** Fetches `refspecs` from origin, shallowly; false when that fails. The error is kept for lastFetchError. */
export async function fetchShallow(cwd: string, refspecs: readonly string[]): Promise<boolean> {
  try {
    await run(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ...refspecs], { timeoutMs: 120_000 });
    return true;
  } catch (e) {
    lastFetch = e instanceof GitError ? e.detail : String(e);
    return false;
  }
}

let lastFetch = '';

/** Why the last fetchShallow failed (e.g. "detected dubious ownership"), to make a later error actionable. */
export function lastFetchError(): string {
  return lastFetch;
}

/** A revision as a command-line argument: never taken for an option. */
function revision(rev: string): string {
  if (rev.startsWith('-')) throw new GitError('unknown-revision', `unknown revision ${JSON.stringify(rev)}`);
  return rev;
}

/**
 * One `git cat-file --batch` process that reads many objects: a split spec's files come through it one
 * request at a time, without a process each. Each object is held to `maxBytes` by the size git announces
 * before its content; a larger one ends the reader.
 */
export class CatFileBatch {
  private child?: ChildProcessWithoutNullStreams;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting?: () => void;
  private failed?: Error;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly cwd: string,
    private readonly maxBytes: number,
  ) {}

  /** The object's type and bytes, or undefined when it does not exist. Requests run in order. */
  read(object: string): Promise<{ type: string; bytes: Buffer } | undefined> {
    const next = this.queue.then(() => this.readNow(object));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.child?.stdin.end();
    this.child?.kill();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => void (stderr = (stderr + c.toString('utf8')).slice(-2000)));
    child.stdout.on('data', (c: Buffer) => {
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, c]) : c;
      this.wake();
    });
    child.on('error', (e: NodeJS.ErrnoException) => this.fail(translate(this.cwd, ['cat-file'], e, stderr)));
    child.on('close', (code) => this.fail(translate(this.cwd, ['cat-file'], { message: `exit ${code}` }, stderr)));
    child.stdin.on('error', () => undefined); // the close handler reports it
    return (this.child = child);
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.child = undefined;
    this.wake();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  /** Waits until `ready()` holds or the process has failed. */
  private async until(ready: () => boolean): Promise<void> {
    while (!ready()) {
      if (this.failed) throw this.failed;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  private async readNow(object: string): Promise<{ type: string; bytes: Buffer } | undefined> {
    if (/[\n\r]/.test(object)) return undefined;
    if (this.failed) throw this.failed;
    this.start().stdin.write(`${object}\n`);
    await this.until(() => this.buffered.includes(0x0a));
    const nl = this.buffered.indexOf(0x0a);
    const header = this.buffered.subarray(0, nl).toString('utf8');
    this.buffered = this.buffered.subarray(nl + 1);
    if (/ (missing|ambiguous)$/.test(header)) return undefined;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) throw new GitError('failed', `git cat-file answered ${JSON.stringify(header.slice(0, 100))}`);
    const size = Number(m[2]);
    if (size > this.maxBytes) {
      this.close();
      this.failed = new GitError('too-large', `${object} is larger than the size limit; refused`);
      throw this.failed;
    }
    await this.until(() => this.buffered.length >= size + 1);
    const bytes = Buffer.from(this.buffered.subarray(0, size));
    this.buffered = this.buffered.subarray(size + 1);
    return { type: m[1]!, bytes };
  }
}
