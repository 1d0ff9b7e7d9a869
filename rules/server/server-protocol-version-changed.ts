import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-protocol-version-changed",
  level: "warning",
  area: "server",
  matches: { kinds: ['server.protocol-version.changed'] },
  title: "Server protocol version changed",
  message: "protocol version of server {{value}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients built against the old protocol version may lack features the new one requires, or the broker may refuse old clients.",
    fix: "Check that the broker still accepts clients of the old protocol version, and say so in the changelog.",
  },
});
