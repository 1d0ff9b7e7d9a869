import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'callback-added',
  level: 'compatible',
  area: 'operation',
  matches: { kinds: ['callback.added'] },
  title: "Callback added",
  message: "callback {{value}} added to {{operation}}",
  docs: {
    why: "The provider now also calls a URL the client gave it. Existing clients either did not register a callback URL for it, or ignore calls they do not expect.",
    fix: "Nothing to fix; make sure the provider only calls back on URLs a client registered for this callback.",
  },
});
