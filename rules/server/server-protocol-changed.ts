import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-protocol-changed",
  level: "breaking",
  area: "server",
  matches: { kinds: ['server.protocol.changed'] },
  title: "Server protocol changed",
  message: "protocol of server {{value}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients speak the old protocol: they cannot connect to a server that now speaks another one.",
    fix: "Run a second server with the new protocol beside the old one and retire the old one in the next major version.",
  },
});
