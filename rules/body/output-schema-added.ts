import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-schema-added",
  level: "compatible",
  area: "body",
  matches: { kinds: ['media-type.schema.added'], flow: 'output' },
  title: "Schema added to a response media type",
  message: "{{where}} now has a schema",
  docs: {
    why: "The response was always some document of this media type; the schema only documents what clients already receive.",
    fix: "Nothing to fix.",
  },
});
