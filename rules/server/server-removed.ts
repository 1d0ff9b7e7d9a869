import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-removed",
  level: "warning",
  area: "server",
  matches: { kinds: ['server.removed'] },
  title: "Server removed",
  message: "server {{value}} removed",
  docs: {
    why: "Clients configured with this base URL lose the service unless it is still served there.",
    fix: "Keep serving the old URL (redirect or proxy) for a deprecation period.",
  },
});
