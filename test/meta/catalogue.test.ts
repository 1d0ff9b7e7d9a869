import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { CHANGE_KINDS } from '../../src/diff/kinds.js';
import { FIXTURES, pairOf, quietDirs, ROOT } from '../helpers/fixtures.js';
import { PENDING_FIXTURES, SYMMETRY_WAIVERS } from './waivers.js';

const RULES_DIR = path.join(ROOT, 'rules');
const files = readdirSync(RULES_DIR)
  .filter((a) => statSync(path.join(RULES_DIR, a)).isDirectory())
  .flatMap((area) => readdirSync(path.join(RULES_DIR, area)).filter((f) => f.endsWith('.ts')).map((f) => ({ area, id: f.slice(0, -3) })));

describe('rule catalogue', () => {
  it('lists every rule file exactly once, under its own id and area', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(files.map((f) => f.id).sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const f of files) expect(rules.find((r) => r.id === f.id)?.area, f.id).toBe(f.area);
  });

  it('has at least 40 rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(40);
  });

  it('documents every rule', () => {
    for (const r of rules) {
      expect(r.title.length, r.id).toBeGreaterThan(3);
      expect(r.docs.why.length, r.id).toBeGreaterThan(15);
      expect(r.docs.fix.length, r.id).toBeGreaterThan(10);
    }
  });

  it('gives every rule a fixture pair, expected findings and a quiet neighbour (or lists it as pending)', () => {
    const missing: string[] = [];
    for (const r of rules) {
      const dir = path.join(FIXTURES, r.id);
      const complete = !!pairOf(dir) && existsSync(path.join(dir, 'expected.json')) && quietDirs(dir).every((q) => !!pairOf(q)) && quietDirs(dir).length > 0;
      if (!complete) missing.push(r.id);
    }
    expect(missing.filter((id) => !PENDING_FIXTURES.includes(id)), 'rules without fixtures').toEqual([]);
    expect(PENDING_FIXTURES.filter((id) => !missing.includes(id)), 'pending entries that now have fixtures: remove them from waivers.ts').toEqual([]);
  });

  it('has a fixture folder only for known rules', () => {
    const known = new Set(rules.map((r) => r.id));
    const dirs = readdirSync(FIXTURES).filter((d) => statSync(path.join(FIXTURES, d)).isDirectory() && existsSync(path.join(FIXTURES, d, 'expected.json')));
    expect(dirs.filter((d) => !known.has(d))).toEqual([]);
  });

  it('pairs every input-* rule with an output-* rule, unless waived with a reason', () => {
    const ids = new Set(rules.map((r) => r.id));
    const gaps: string[] = [];
    for (const id of ids) {
      const m = /^(input|output)-(.+)$/.exec(id);
      if (!m) continue;
      const mirror = `${m[1] === 'input' ? 'output' : 'input'}-${m[2]}`;
      if (!ids.has(mirror) && !SYMMETRY_WAIVERS[id]) gaps.push(`${id} has no ${mirror}`);
    }
    expect(gaps).toEqual([]);
    for (const [id, reason] of Object.entries(SYMMETRY_WAIVERS)) {
      expect(ids.has(id), `waiver for unknown rule ${id}`).toBe(true);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it('claims every change kind, in both flows for schema kinds', () => {
    const unclaimed: string[] = [];
    for (const kind of CHANGE_KINDS) {
      const matching = rules.filter((r) => r.matches.kinds.includes(kind));
      if (kind.startsWith('schema.')) {
        for (const flow of ['input', 'output'] as const) {
          if (!matching.some((r) => !r.matches.flow || r.matches.flow === flow)) unclaimed.push(`${kind} (${flow})`);
        }
      } else if (matching.length === 0) unclaimed.push(kind);
    }
    expect(unclaimed).toEqual([]);
  });

  it('keeps a fallback for every refined rule, so a change is never left to "unclassified" by a refinement', () => {
    for (const r of rules.filter((x) => x.applies)) {
      for (const kind of r.matches.kinds) {
        const fallback = rules.some((o) => o !== r && !o.applies && o.matches.kinds.includes(kind) && (!o.matches.flow || !r.matches.flow || o.matches.flow === r.matches.flow));
        const complement = rules.some((o) => o !== r && o.applies && o.matches.kinds.includes(kind));
        expect(fallback || complement, `${r.id} on ${kind}`).toBe(true);
      }
    }
  });

  it('reads every expected.json as a list', () => {
    for (const r of rules) {
      const p = path.join(FIXTURES, r.id, 'expected.json');
      if (existsSync(p)) expect(Array.isArray(JSON.parse(readFileSync(p, 'utf8'))), r.id).toBe(true);
    }
  });
});
