import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-variable-added",
  level: "compatible",
  area: "server",
  matches: { kinds: ['server.variable.added'] },
  title: "Server variable added",
  message: "{{where}} has a new variable {{parameter}}",
  docs: {
    why: "Clients that do not know the variable use its default; a server URL is matched by its text, so the URL itself did not change.",
    fix: "Nothing to fix.",
  },
});
