import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-extensible-enum-added",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.added'], flow: 'input' },
  title: "Request value given an open enum",
  message: "{{target}} now lists its accepted values in an open enum (x-extensible-enum): {{after}}",
  docs: {
    why: "The field accepted any value before; now the provider lists the values it knows. Validation is unchanged, but clients that send a value outside the list may find it no longer handled.",
    fix: "Check that every value clients send today is in the list; add the missing ones.",
  },
});
