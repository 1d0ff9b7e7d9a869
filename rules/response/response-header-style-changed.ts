import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-header-style-changed",
  level: "breaking",
  area: "response",
  matches: { kinds: ['response-header.style.changed'] },
  title: "Response header serialization changed",
  message: "serialization of {{where}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients parse the header the old way: with `explode` changed, an object header `a=1,b=2` becomes `a,1,b,2` (or back), and their parsers read wrong values.",
    fix: "Keep the serialization; send the new form in a new header if you need it.",
  },
  applies: (c) => c.facts.wire,
});
