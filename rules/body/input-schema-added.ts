import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-schema-added",
  level: "breaking",
  area: "body",
  matches: { kinds: ['media-type.schema.added'], flow: 'input' },
  title: "Schema added to a request media type",
  message: "{{where}} now has a schema",
  docs: {
    why: "Without a schema the provider accepted any document of this media type; the schema now constrains what clients may send, and documents that do not match are rejected.",
    fix: "Make the schema accept everything old clients send (no required properties, no closed objects), or publish it under `/v2`.",
  },
});
