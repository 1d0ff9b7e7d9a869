import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-style-changed",
  level: "breaking",
  area: "parameter",
  matches: { kinds: ['parameter.style.changed'] },
  title: "Parameter serialization changed",
  message: "serialization of {{where}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients keep serializing the value the old way (`?ids=a,b` vs `?ids=a&ids=b`, `;id=5` vs `5`) and the provider reads something else or rejects it. Writing out a default (`style: form` with `explode: true` on a query parameter, `style: simple` on a path parameter) or moving a Swagger 2 `collectionFormat` to the matching style is no change; a style change that writes the parameter's scalar values the same is serialization-restated (info).",
    fix: "Keep the style; accept both encodings if you must move.",
  },
  applies: (c) => c.facts.wire,
});
