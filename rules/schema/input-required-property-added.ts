import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-required-property-added",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.property.added'], flow: 'input' },
  applies: (c) => c.facts?.required === true && c.facts?.hasDefault !== true,
  title: "Required property added to a request",
  message: "required property {{property}} added to {{where}}",
  docs: {
    why: "Existing clients do not send the new property, so their requests fail validation.",
    fix: "Add it as optional, or give it a `default` the provider applies.",
  },
});
