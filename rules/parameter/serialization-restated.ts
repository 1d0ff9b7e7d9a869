import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "serialization-restated",
  level: "info",
  area: "parameter",
  matches: { kinds: ['parameter.style.changed', 'response-header.style.changed'] },
  title: "Serialization changed without changing the values on the wire",
  message: "serialization of {{where}} changed from {{before}} to {{after}}, which writes its values the same",
  docs: {
    why: "The parameter or header holds only scalar values: `explode` does not apply to them, and every style but `matrix` and `label` writes a scalar as its plain text (`?id=5` with `form`, `spaceDelimited` or `pipeDelimited` alike). No client sends or reads anything else.",
    fix: "Nothing to fix; if arrays or objects may come later, choose the style they need now.",
  },
});
