import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-style-changed",
  level: "warning",
  area: "parameter",
  matches: { kinds: ['parameter.style.changed'] },
  title: "Parameter serialization changed",
  message: "serialization of {{where}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients keep serializing arrays and objects the old way (e.g. `a,b` vs `a=1&a=2`); the provider may misread them.",
    fix: "Keep the style; accept both encodings if you must move.",
  },
});
