import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "media-type-parameters-changed",
  level: "warning",
  area: "body",
  matches: { kinds: ['media-type.removed'] },
  applies: (c) => typeof c.facts?.replacedBy === 'string',
  title: "Media type parameters changed",
  message: "{{where}} is now {{value}}",
  docs: {
    why: "The same type and subtype with other parameters: content negotiation matches on type and subtype, so this is not a removed media type, and the schemas are compared as one. A parameter can still change how the body is read (`text/plain; charset=iso-8859-1` -> `charset=utf-8`, a `version` or `profile` parameter). Adding or dropping `charset=utf-8` on a JSON type is no change at all (JSON is UTF-8, RFC 8259), nor are case and quotes.",
    fix: "Keep the old parameters, or make sure the provider and clients read both the same way.",
  },
});
