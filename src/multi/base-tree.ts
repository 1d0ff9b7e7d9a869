import { spawn, execFile } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { GIT_MODE, parseLsTree } from '../load/git-tree.js';

/** Only what a `$ref` can name in practice; a split spec's folder can be large otherwise. */
const SPEC_FILE = /\.(ya?ml|json)$/i;
const MAX_FILES = 5000;

/**
 * Writes the YAML/JSON files of `dir` at revision `rev` into a fresh temporary folder and returns it, so a
 * split contract (external `$ref`s to sibling files) can be loaded at the base commit like a checkout.
 * `git show REF:path` alone cannot follow them. One `git cat-file --batch` process reads every file.
 * Symbolic links committed in git are made links again, after every file is written (so no write goes
 * through one): the loader then holds the base tree to the same folder sandbox as a checkout.
 */
export async function materializeAt(workspace: string, rev: string, dir: string, tempRoot = tmpdir()): Promise<string> {
  const entries = parseLsTree(await git(workspace, ['ls-tree', '-r', '-z', rev, '--', `./${dir === '.' ? '' : dir}`])).filter((e) => SPEC_FILE.test(e.path) && (e.mode === GIT_MODE.regular || e.mode === GIT_MODE.executable || e.mode === GIT_MODE.symlink));
  if (entries.length > MAX_FILES) throw new UsageError(`${dir} at ${rev} holds more than ${MAX_FILES} YAML/JSON files; set the \`base\` input to a checked-out copy instead`);
  const out = await mkdtemp(path.join(tempRoot, 'apicompat-base-'));
  // ls-tree names files relative to the working directory (the workspace), and so does `REV:./path`.
  const contents = await catFiles(workspace, entries.map((e) => `${rev}:./${e.path}`));
  const links: Array<{ target: string; at: string }> = [];
  for (const [i, entry] of entries.entries()) {
    const at = path.join(out, entry.path);
    if (!at.startsWith(out + path.sep)) continue; // git never names such a path; not written if it did
    await mkdir(path.dirname(at), { recursive: true });
    if (entry.mode === GIT_MODE.symlink) links.push({ target: contents[i]!.toString('utf8'), at });
    else await writeFile(at, contents[i]!);
  }
  for (const link of links) await symlink(link.target, link.at);
  return out;
}

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new UsageError(`git ${args[0]} failed: ${String(stderr).trim().split('\n')[0]}`)) : resolve(stdout)));
  });
}

/** `git cat-file --batch`: for each request line, `<oid> <type> <size>\n<content>\n`. */
function catFiles(cwd: string, specs: string[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new UsageError(`git cat-file failed (exit ${code})`));
      const all = Buffer.concat(chunks);
      const out: Buffer[] = [];
      let at = 0;
      for (const spec of specs) {
        const nl = all.indexOf(0x0a, at);
        const header = all.subarray(at, nl).toString('utf8');
        const m = / blob (\d+)$/.exec(header);
        if (!m) return reject(new UsageError(`cannot read ${spec} from git: ${header}`));
        const size = Number(m[1]);
        out.push(all.subarray(nl + 1, nl + 1 + size));
        at = nl + 1 + size + 1;
      }
      resolve(out);
    });
    child.stdin.end(specs.map((s) => `${s}\n`).join(''));
  });
}
