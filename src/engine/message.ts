import type { Change } from '../diff/change.js';

/** Fills `{{name}}` from the change's subject, operation, before and after. Plain text; reporters escape it. */
export function renderMessage(template: string, change: Change): string {
  // Split once per template: `[text, name, text, name, ..., text]`; thousands of changes share a few templates.
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{\{(\w+)\}\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += field(parts[i]!, change) + parts[i + 1]!;
  return out;
}

const compiled = new Map<string, string[]>();

function field(name: string, change: Change): string {
  switch (name) {
    case 'operation':
      return change.operation ?? '';
    case 'target':
      return target(change);
    case 'before':
      return show(change.before);
    case 'after':
      return show(change.after);
    default:
      return show((change.subject as Record<string, unknown>)[name]);
  }
}

function show(v: unknown): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 197)}...` : v;
  const s = JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

/** `status of trip in response 200`, or just the container when the change is at the schema root. */
function target(change: Change): string {
  const { property, where } = change.subject;
  if (property && where) return `${property} in ${where}`;
  return property ?? where ?? change.operation ?? 'the document';
}
