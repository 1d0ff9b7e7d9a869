#!/usr/bin/env node
// apicompat benchmark: `npm run bench` (builds first). Options: --runs N (default 3), --only <substring>,
// --timeout <seconds per run> (default 300).
//
// Every measurement runs in its own child process under /usr/bin/time (wall, user+sys CPU, peak RSS).
// The floor of each case is measured the same way, interleaved with it: JSON.parse of both files
// (js-yaml load for YAML). The median of the runs is reported and judged against the targets; the ratio
// of the best run to the best floor is shown beside it. Inputs are downloaded or generated into
// .cache/bench (gitignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { githubSpec } from './github-spec.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.cache', 'bench');
const CLI = path.join(ROOT, 'bin', 'apicompat.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};
const RUNS = Number(opt('runs', '3'));
const ONLY = opt('only', '');
const TIMEOUT = opt('timeout', '300');
const TIME = '/usr/bin/time';
const log = (s) => process.stderr.write(`${s}\n`);

// ------------------------------------------------------------------ inputs

function gh(version) {
  log(`  fetching @octokit/openapi@${version} (cached in .cache/bench)`);
  return githubSpec(version, CACHE);
}

function yamlCopy(jsonFile, version) {
  const out = path.join(CACHE, 'yaml', `gh-${version}.yaml`);
  if (!existsSync(out)) {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, yaml.dump(JSON.parse(readFileSync(jsonFile, 'utf8')), { noRefs: true, lineWidth: 100 }));
  }
  return out;
}

/** A synthetic spec with `n` operations; `changed` edits about 5% of them (removals, new fields, enums). */
function syntheticSpec(n, changed) {
  const paths = {};
  const schemas = {
    Common: { type: 'object', properties: { id: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' }, tags: { type: 'array', items: { type: 'string' } } }, required: ['id'] },
  };
  for (let i = 0; i < n; i++) {
    const edit = changed && i % 20 === 7;
    if (changed && i % 100 === 3) continue; // operation group removed
    const status = edit ? ['open', 'closed'] : ['open', 'closed', 'archived'];
    schemas[`Item${i}`] = {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'integer', format: 'int64' },
        name: { type: 'string', maxLength: edit ? 100 : 200, description: `Name of item ${i}` },
        status: { type: 'string', enum: status },
        owner: { $ref: '#/components/schemas/Common' },
        ...(edit ? {} : { legacy: { type: 'boolean' } }),
        children: { type: 'array', items: { $ref: `#/components/schemas/Item${i}Child` } },
      },
    };
    schemas[`Item${i}Child`] = { allOf: [{ $ref: '#/components/schemas/Common' }, { type: 'object', properties: { weight: { type: 'number', minimum: 0 } } }] };
    schemas[`Item${i}Input`] = {
      type: 'object',
      required: edit ? ['name', 'status'] : ['name'],
      properties: { name: { type: 'string' }, status: { type: 'string', enum: status }, note: { type: 'string', nullable: true } },
    };
    const params = [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } }];
    if (edit) params.push({ name: 'filter', in: 'query', required: true, schema: { type: 'string' } });
    paths[`/items${i}`] = {
      get: { operationId: `list${i}`, parameters: params, responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: `#/components/schemas/Item${i}` } } } } } } },
      post: {
        operationId: `create${i}`,
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}Input` } } } },
        responses: { 201: { description: 'created', content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } } },
      },
    };
    paths[`/items${i}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      get: { operationId: `get${i}`, responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } }, 404: { description: 'missing' } } },
      delete: { operationId: `delete${i}`, responses: { 204: { description: 'gone' } } },
    };
  }
  return { openapi: '3.0.3', info: { title: 'Synthetic', version: changed ? '1.1.0' : '1.0.0' }, paths, components: { schemas } };
}

/**
 * Deep composition: level i is `oneOf: [N(i+1), allOf: [N(i+1), N(i+1)]]`, so a naive walk visits
 * 3^depth nodes; the leaf changes type and the leaves of the tree point back to the top (a cycle).
 */
function pathologicalSpec(depth, changed) {
  const schemas = { [`N${depth}`]: { type: 'object', properties: { v: { type: changed ? 'integer' : 'string' }, back: { $ref: '#/components/schemas/N0' } } } };
  for (let i = depth - 1; i >= 0; i--) {
    const r = { $ref: `#/components/schemas/N${i + 1}` };
    schemas[`N${i}`] = { oneOf: [r, { allOf: [r, { $ref: `#/components/schemas/N${i + 1}` }, { type: 'object', properties: { [`p${i}`]: { anyOf: [r, { type: 'null' }] } } }] }] };
  }
  const paths = {};
  for (let j = 0; j < 50; j++) {
    paths[`/p${j}`] = {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/N${j % depth}` } } } },
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/N0' } } } } },
      },
    };
  }
  return { openapi: '3.0.3', info: { title: 'Pathological', version: '1.0.0' }, paths, components: { schemas } };
}

function generated(name, make) {
  const dir = path.join(CACHE, 'generated');
  mkdirSync(dir, { recursive: true });
  const a = path.join(dir, `${name}-old.json`);
  const b = path.join(dir, `${name}-new.json`);
  if (!existsSync(a) || !existsSync(b)) {
    writeFileSync(a, JSON.stringify(make(false), null, 2));
    writeFileSync(b, JSON.stringify(make(true), null, 2));
  }
  return [a, b];
}

// ------------------------------------------------------------------ measuring

const timeOut = path.join(tmpdir(), `apicompat-bench-${process.pid}.txt`);

/** One child process: wall s, cpu s (user+sys), peak RSS MB, exit code, stdout. */
function measure(cmd, cmdArgs) {
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', timeOut, 'timeout', '--signal=KILL', TIMEOUT, cmd, ...cmdArgs], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const line = readFileSync(timeOut, 'utf8').trim().split('\n').pop();
  const [wall, user, sys, rssKb] = line.split(' ').map(Number);
  return { wall, cpu: user + sys, rss: rssKb / 1024, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FLOOR_JSON = "const fs=require('fs');for(const f of process.argv.slice(1))JSON.parse(fs.readFileSync(f,'utf8'))";
const FLOOR_YAML = `const fs=require('fs');const y=require(${JSON.stringify(path.join(ROOT, 'node_modules', 'js-yaml'))});for(const f of process.argv.slice(1))y.load(fs.readFileSync(f,'utf8'),{schema:y.CORE_SCHEMA})`;

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

function runCase(c) {
  const floorScript = c.yaml ? FLOOR_YAML : FLOOR_JSON;
  const cli = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    floor.push(measure(process.execPath, ['-e', floorScript, c.old, c.new]));
    cli.push(measure(process.execPath, [...(c.nodeArgs ?? []), CLI, 'breaking', c.old, c.new, '--format', 'json', ...(c.extra ?? [])]));
  }
  const last = cli[cli.length - 1];
  let summary = '(no report)';
  let verdict = '?';
  try {
    const report = JSON.parse(last.stdout);
    const s = report.summary;
    summary = `${s.breaking}/${s.warning}/${s.compatible}/${s.info}`;
    verdict = report.verdict;
  } catch {
    summary = last.code === 137 || last.code === 124 ? `killed after ${TIMEOUT} s` : `error: ${last.stderr.trim().split('\n')[0]}`;
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const size = (statSync(c.old).size + statSync(c.new).size) / 1024 / 1024;
  return {
    name: c.name,
    size,
    verdict,
    summary,
    exit: last.code,
    wall: m(cli, 'wall'),
    cpu: m(cli, 'cpu'),
    rss: m(cli, 'rss'),
    floorWall: m(floor, 'wall'),
    // Best of the runs: the least disturbed by other load on the machine (the floor itself varies ~±20%).
    bestRatio: Math.min(...cli.map((x) => x.wall)) / Math.min(...floor.map((x) => x.wall)),
    floorCpu: m(floor, 'cpu'),
    floorRss: m(floor, 'rss'),
    target: c.target,
  };
}

/** Least-squares slope of log(time) over log(size). */
function slope(points) {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

// ------------------------------------------------------------------ main

if (!existsSync(TIME)) {
  log(`${TIME} is needed (GNU time: apt-get install time)`);
  process.exit(2);
}
log('building...');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(CACHE, { recursive: true });

log('preparing inputs...');
const cases = [];
const want = (name) => !ONLY || name.includes(ONLY);
{
  // Thunks: a version is fetched only when a selected case needs it.
  const v = Object.fromEntries(['12.0.0', '22.0.0', '23.0.0', '23.0.1', '23.0.2'].map((x) => [x, () => gh(x)]));
  if (want('gh-identical')) cases.push({ name: 'gh-identical 23.0.1→23.0.2', old: v['23.0.1'](), new: v['23.0.2'](), target: 'gh' });
  if (want('gh-adjacent')) cases.push({ name: 'gh-adjacent 23.0.0→23.0.1', old: v['23.0.0'](), new: v['23.0.1'](), target: 'gh' });
  if (want('gh-major')) cases.push({ name: 'gh-major 22.0.0→23.0.0', old: v['22.0.0'](), new: v['23.0.0'](), target: 'gh' });
  if (want('gh-major-validate')) cases.push({ name: 'gh-major 22.0.0→23.0.0 --validate', old: v['22.0.0'](), new: v['23.0.0'](), extra: ['--validate'], target: 'none' });
  if (want('gh-far')) cases.push({ name: 'gh-far 12.0.0→23.0.0', old: v['12.0.0'](), new: v['23.0.0'](), target: 'gh' });
  // Not a default users get: Node reads it at start-up (NODE_OPTIONS); shown for 2-core machines like CI runners.
  if (want('gh-far-pool')) cases.push({ name: 'gh-far 12.0.0→23.0.0, node --v8-pool-size=0', old: v['12.0.0'](), new: v['23.0.0'](), nodeArgs: ['--v8-pool-size=0'], target: 'none' });
  if (want('yaml')) cases.push({ name: 'yaml gh-major 22.0.0→23.0.0', old: yamlCopy(v['22.0.0'](), '22.0.0'), new: yamlCopy(v['23.0.0'](), '23.0.0'), yaml: true, target: 'yaml' });
}
const scale = [];
for (const k of [1, 4, 16]) {
  const name = `synthetic ${k}x (${250 * k} paths)`;
  if (!want('synthetic')) continue;
  const [a, b] = generated(`synthetic-${k}x`, (changed) => syntheticSpec(250 * k, changed));
  const c = { name, old: a, new: b, target: 'scale' };
  cases.push(c);
  scale.push(c);
}
if (want('asyncapi')) {
  // A small AsyncAPI pair (2.6 against a changed 3.0 conversion): load and validation against the official JSON Schemas dominate.
  cases.push({ name: 'asyncapi small 2.6→3.0 (fixtures/asyncapi/convert)', old: path.join(ROOT, 'fixtures', 'asyncapi', 'convert', 'v2.yaml'), new: path.join(ROOT, 'fixtures', 'asyncapi', 'convert', 'v3-changed.yaml'), yaml: true, target: 'asyncapi' });
}
if (want('pathological')) {
  const [a, b] = generated('pathological-40', (changed) => pathologicalSpec(40, changed));
  cases.push({ name: 'pathological nesting (depth 40, 3^40 naive paths)', old: a, new: b, target: 'none' });
}

log(`running ${cases.length} cases x ${RUNS} runs (each with its floor)...`);
const results = [];
for (const c of cases) {
  log(`  ${c.name}`);
  results.push(runCase(c));
}

const f2 = (x) => x.toFixed(2);
const rows = results.map((r) => {
  const ratio = r.wall / r.floorWall;
  const cpuRatio = r.cpu / r.floorCpu;
  let verdictOk = '';
  if (r.target === 'gh') verdictOk = ratio <= 3 && r.rss < 400 ? 'met' : `missed (${ratio > 3 ? `${f2(ratio)}x > 3x` : ''}${r.rss >= 400 ? ` RSS ${r.rss.toFixed(0)} MB` : ''})`;
  if (r.target === 'yaml') verdictOk = ratio <= 2 ? 'met' : `missed (${f2(ratio)}x > 2x)`;
  if (r.target === 'asyncapi') verdictOk = r.wall < 0.5 ? 'met (< 0.5 s)' : `missed (${f2(r.wall)} s >= 0.5 s)`;
  return `| ${r.name} | ${r.size.toFixed(1)} | ${r.verdict} ${r.summary} | ${r.exit} | ${f2(r.wall)} | ${f2(r.cpu)} | ${r.rss.toFixed(0)} | ${f2(r.floorWall)} | ${f2(r.floorCpu)} | ${f2(ratio)} | ${f2(r.bestRatio)} | ${f2(cpuRatio)} | ${verdictOk} |`;
});
const out = [];
out.push(`apicompat bench: node ${process.version}, ${RUNS} runs per case (median), ${new Date().toISOString()}`);
out.push('');
out.push('| case | MB (both) | verdict b/w/c/i | exit | wall s | cpu s | peak RSS MB | floor wall s | floor cpu s | wall / floor | best / best floor | cpu / floor | target |');
out.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
out.push(...rows);
const scaled = results.filter((r) => r.target === 'scale');
if (scaled.length >= 2) {
  out.push('');
  out.push(`Scaling (synthetic, log-log least squares over ${scaled.map((r) => r.name.split(' ')[1]).join(', ')}):`);
  out.push(`- wall time vs size: slope ${f2(slope(scaled.map((r) => ({ size: r.size, y: r.wall }))))}; cpu time vs size: slope ${f2(slope(scaled.map((r) => ({ size: r.size, y: r.cpu }))))}`);
  const net = scaled.map((r) => ({ size: r.size, y: Math.max(r.wall - r.floorWall, 0.001) }));
  out.push(`- wall time above the parse floor vs size: slope ${f2(slope(net))}; peak RSS vs size: slope ${f2(slope(scaled.map((r) => ({ size: r.size, y: r.rss }))))}`);
  const last2 = scaled.slice(-2);
  if (last2.length === 2) out.push(`- ${last2[0].name.split(' ')[1]}→${last2[1].name.split(' ')[1]} segment: wall slope ${f2(Math.log(last2[1].wall / last2[0].wall) / Math.log(last2[1].size / last2[0].size))}`);
}
console.log(out.join('\n'));
