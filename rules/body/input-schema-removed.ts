import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-schema-removed",
  level: "compatible",
  area: "body",
  matches: { kinds: ['media-type.schema.removed'], flow: 'input' },
  title: "Schema removed from a request media type",
  message: "{{where}} no longer has a schema",
  docs: {
    why: "The provider no longer constrains the document: everything old clients send is still accepted.",
    fix: "Nothing to fix; document what the provider does with the body.",
  },
});
