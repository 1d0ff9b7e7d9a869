import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-extensible-enum-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.added'], flow: 'output' },
  bump: 'patch',
  title: "Response value given an open enum",
  message: "{{target}} now lists its known values in an open enum (x-extensible-enum): {{after}}",
  docs: {
    why: "The field could carry any value before and still can: the list only documents the values known today, and clients keep tolerating the others.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
