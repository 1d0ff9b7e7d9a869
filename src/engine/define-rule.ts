import { CHANGE_KINDS, type ChangeKind } from '../diff/kinds.js';
import { LEVELS, type Rule, type RuleDefinition } from './types.js';

const PLACEHOLDERS = new Set(['operation', 'target', 'where', 'property', 'parameter', 'mediaType', 'status', 'keyword', 'scheme', 'scope', 'value', 'field', 'before', 'after']);

/**
 * Validates a rule at import so a malformed rule fails the build, not a user's run. `K` is inferred from
 * `matches.kinds`, so `applies` gets the changes of those kinds with their facts typed.
 */
export function defineRule<K extends ChangeKind>(def: RuleDefinition<K>): Rule {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(def.id)) problems.push('id must be kebab-case');
  if (!LEVELS.includes(def.level)) problems.push(`unknown level ${def.level}`);
  if (def.matches.kinds.length === 0) problems.push('matches.kinds is empty');
  for (const k of def.matches.kinds) if (!(CHANGE_KINDS as readonly string[]).includes(k)) problems.push(`unknown change kind ${k}`);
  if (!def.title || def.title.endsWith('.') || def.title.length > 70) problems.push('title must be a short sentence without a final period');
  if (!def.docs.why || !def.docs.fix) problems.push('docs.why and docs.fix are required');
  for (const m of def.message.matchAll(/\{\{(\w+)\}\}/g)) if (!PLACEHOLDERS.has(m[1]!)) problems.push(`unknown placeholder {{${m[1]}}}`);
  if (problems.length) throw new Error(`rule ${def.id}: ${problems.join('; ')}`);
  // The catalogue holds rules of every kind in one array, with `applies` taking any Change. Widening
  // `applies` from Change<K> to Change (the cast) is sound: the engine calls it only for a change whose
  // kind is in `matches.kinds` (matchRule looks rules up by the change's kind), that is, a Change<K>.
  return Object.freeze({ ...def }) as Rule;
}
