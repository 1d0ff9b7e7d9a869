import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-required-property-added-with-default",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.added'], flow: 'input' },
  applies: (c) => c.facts?.required === true && c.facts?.hasDefault === true,
  title: "Required property with a default added to a request",
  message: "required property {{property}} with a default added to {{where}}",
  docs: {
    why: "Old clients omit it and the provider supplies the default (robustness principle).",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
