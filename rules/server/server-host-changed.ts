import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-host-changed",
  level: "warning",
  area: "server",
  matches: { kinds: ['server.host.changed'] },
  title: "Server host changed",
  message: "server {{value}} moved from {{before}} to {{after}}",
  docs: {
    why: "Clients configured with the old broker address lose the connection unless the old host keeps serving.",
    fix: "Keep the old host serving (DNS alias or bridge) for a deprecation period.",
  },
});
