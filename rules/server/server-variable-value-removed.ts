import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-variable-value-removed",
  level: "breaking",
  area: "server",
  matches: { kinds: ['server.variable.value-removed'] },
  title: "Server variable no longer accepts a value",
  message: "variable {{parameter}} of {{where}} no longer accepts {{value}}",
  docs: {
    why: "Clients configured with this value (a region, an environment, a port) build a URL the API no longer serves or the SDK no longer accepts: their calls fail. An `enum` added where any value was allowed removes every value outside it.",
    fix: "Keep serving the value (redirect it if it moved) and keep it in `enum` until clients have moved.",
  },
});
