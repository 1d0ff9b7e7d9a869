import type { Rule } from '../engine/types.js';

export function ruleTable(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.level.padEnd(10)}  ${r.title}`);
  return `${lines.join('\n')}\n\n${rules.length} rules. \`apicompat rules <id>\` shows one.\n`;
}

export function ruleDoc(r: Rule): string {
  return [
    `${r.id} (${r.level})`,
    r.title,
    '',
    `Matches: ${r.matches.kinds.join(', ')}${r.matches.flow ? ` in flow ${r.matches.flow}` : ''}`,
    '',
    `Why: ${r.docs.why}`,
    `Fix: ${r.docs.fix}`,
    `Example: fixtures/${r.id}/old.yaml -> fixtures/${r.id}/new.yaml`,
    '',
  ].join('\n');
}
