import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-schema-removed",
  level: "warning",
  area: "body",
  matches: { kinds: ['media-type.schema.removed'], flow: 'output' },
  title: "Schema removed from a response media type",
  message: "{{where}} no longer has a schema",
  docs: {
    why: "Clients (and generated SDKs) rely on the documented shape of the response; without a schema the provider promises nothing about it, so any field may change.",
    fix: "Keep the schema; describe the response with a schema that allows what it now holds.",
  },
});
