import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-wire-type-compatible",
  level: "compatible",
  area: "parameter",
  matches: { kinds: ['schema.type.narrowed', 'schema.type.changed'], flow: 'input' },
  applies: (c) => c.facts?.wireCompatible === true,
  title: "Parameter type changed, same values accepted on the wire",
  message: "type of {{target}} changed from {{before}} to {{after}}, which still accepts every value old clients send",
  docs: {
    why: "Path, query, header and cookie parameters described by `schema` travel as text. Whatever an old client sent still parses: every value of `[string, integer]` or `integer` is a `string` on the wire, and a query array with `style: form, explode: true` reads `?a=x` as the one-value array `[x]`. A type the old text may not parse as (`string` -> `integer`), an array with other serialisations (`a=x,y` splits a string that held a comma), and parameters described by `content` stay input-type-narrowed / type-changed.",
    fix: "Nothing to fix; this change is safe for existing clients. Generated SDKs may still change their method signatures.",
  },
});
