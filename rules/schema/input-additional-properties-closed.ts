import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-additional-properties-closed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.additional-properties.closed'], flow: 'input' },
  title: "Request schema closed to extra properties",
  message: "{{target}} no longer accepts additional properties",
  docs: {
    why: "Clients that send properties not in the schema now fail validation.",
    fix: "Keep additional properties allowed and ignore them.",
  },
});
