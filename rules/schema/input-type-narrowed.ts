import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-type-narrowed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.type.narrowed'], flow: 'input' },
  title: "Request type narrowed",
  message: "type of {{target}} narrowed from {{before}} to {{after}}",
  docs: {
    why: "Clients that send values of the dropped type now fail validation.",
    fix: "Keep the old shape under the current version and publish the new one under a new `/v2` namespace.",
  },
});
