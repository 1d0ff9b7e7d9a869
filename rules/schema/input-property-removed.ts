import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-property-removed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.property.removed'], flow: 'input' },
  title: "Property removed from a request",
  message: "property {{property}} removed from {{where}}",
  docs: {
    why: "Clients keep sending it and the provider now ignores it, so whatever it controlled (a flag, a note, a preference) silently stops happening, as with a removed parameter. Where the schema rejects unknown properties, input-property-removed-closed (breaking) applies instead.",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`), keep honouring it for a deprecation period, and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
