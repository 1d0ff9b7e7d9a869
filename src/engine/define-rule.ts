import { CHANGE_KINDS } from '../diff/kinds.js';
import { LEVELS, type Rule, type RuleDefinition } from './types.js';

const PLACEHOLDERS = new Set(['operation', 'target', 'where', 'property', 'parameter', 'mediaType', 'status', 'keyword', 'scheme', 'scope', 'value', 'field', 'before', 'after']);

/** Validates a rule at import so a malformed rule fails the build, not a user's run. */
export function defineRule(def: RuleDefinition): Rule {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(def.id)) problems.push('id must be kebab-case');
  if (!LEVELS.includes(def.level)) problems.push(`unknown level ${def.level}`);
  if (def.matches.kinds.length === 0) problems.push('matches.kinds is empty');
  for (const k of def.matches.kinds) if (!(CHANGE_KINDS as readonly string[]).includes(k)) problems.push(`unknown change kind ${k}`);
  if (!def.title || def.title.endsWith('.') || def.title.length > 70) problems.push('title must be a short sentence without a final period');
  if (!def.docs.why || !def.docs.fix) problems.push('docs.why and docs.fix are required');
  for (const m of def.message.matchAll(/\{\{(\w+)\}\}/g)) if (!PLACEHOLDERS.has(m[1]!)) problems.push(`unknown placeholder {{${m[1]}}}`);
  if (problems.length) throw new Error(`rule ${def.id}: ${problems.join('; ')}`);
  return Object.freeze({ ...def });
}
