import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-property-removed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.property.removed'], flow: 'output' },
  title: "Property removed from a response",
  message: "property {{property}} removed from {{where}}",
  docs: {
    why: "The old contract promised the property (it was required), so clients read it without checking: they get undefined and fail or misbehave. An optional property removed is output-optional-property-removed (warning).",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`), keep it working for a deprecation period, and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
