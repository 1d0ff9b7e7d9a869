import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'callback-removed',
  level: 'breaking',
  area: 'operation',
  matches: { kinds: ['callback.removed'] },
  title: "Callback removed",
  message: "callback {{value}} removed from {{operation}}",
  docs: {
    why: "Clients that registered a callback URL wait for calls that never come: the results or events they expected are lost.",
    fix: "Keep making the callback for a deprecation period and remove it in the next major version, or only under a new `/v2` operation.",
  },
});
