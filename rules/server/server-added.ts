import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-added",
  level: "compatible",
  area: "server",
  matches: { kinds: ['server.added'] },
  title: "Server added",
  message: "server {{value}} added",
  docs: {
    why: "Clients keep using the servers they know.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
