// The fields of a finding that fixtures/<id>/expected.json pins: written by update-expected.mjs,
// compared by test/rules.test.ts. One definition, so the writer and the check cannot drift apart.

/** id, level, message, operation and both locations (pointer and line). */
export function essentials(f) {
  return {
    rule: f.rule,
    level: f.level,
    message: f.message,
    ...(f.operation ? { operation: f.operation } : {}),
    ...(f.old ? { old: { pointer: f.old.pointer, line: f.old.line } } : {}),
    ...(f.new ? { new: { pointer: f.new.pointer, line: f.new.line } } : {}),
  };
}
