#!/usr/bin/env node
// Writes fixtures/<id>/expected.json from the current findings of rule <id> on its pair.
// Review the diff before committing: expected.json is the rule's specification, not a snapshot to wave through.
//   node scripts/update-expected.mjs <rule-id> [<rule-id> ...]     (after `npm run build`)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../dist/src/index.js';
import { essentials } from './expected-fields.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const id of process.argv.slice(2)) {
  const dir = path.join('fixtures', id);
  const ext = (await import('node:fs')).existsSync(path.join(root, dir, 'old.json')) ? 'json' : 'yaml';
  const report = await compare(path.join(dir, `old.${ext}`), path.join(dir, `new.${ext}`), { cwd: root });
  const mine = report.findings.filter((f) => f.rule === id).map(essentials);
  writeFileSync(path.join(root, dir, 'expected.json'), `${JSON.stringify(mine, null, 2)}\n`);
  console.log(`${id}: ${mine.length} finding(s)${mine.length === 0 ? '  <-- the rule does not fire on this pair!' : ''}`);
}
