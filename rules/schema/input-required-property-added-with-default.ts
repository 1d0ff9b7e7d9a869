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
    why: "Robustness principle, which apicompat is built on: old clients do not send the new field and the provider applies its `default`, so their requests keep working. This is only true if the provider really fills the default in instead of rejecting the request; without a default the change is input-required-property-added (breaking).",
    fix: "Nothing to fix, as long as the provider applies the default instead of rejecting the request.",
  },
});
