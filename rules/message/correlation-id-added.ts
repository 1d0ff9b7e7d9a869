import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "correlation-id-added",
  level: "compatible",
  area: "message",
  matches: { kinds: ['message.correlation-id.changed'] },
  title: "Correlation id added",
  message: "{{where}} now declares a correlation id at {{after}}",
  docs: {
    why: "Declaring a correlation id where none was documented adds information; existing clients keep working.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
