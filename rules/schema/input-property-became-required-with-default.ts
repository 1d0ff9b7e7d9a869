import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-property-became-required-with-default",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.became-required'], flow: 'input' },
  applies: (c) => c.facts?.hasDefault === true,
  bump: 'patch',
  title: "Request property with a default became required",
  message: "property {{target}} became required, with a default",
  docs: {
    why: "Robustness principle, which apicompat is built on: the provider applies the `default` to a request that omits the field, so old clients that never sent it keep working. This is only true if the provider really fills the default in instead of rejecting the request; without a default the change is input-property-became-required (breaking).",
    fix: "Nothing to fix, as long as the provider applies the default instead of rejecting the request.",
  },
});
