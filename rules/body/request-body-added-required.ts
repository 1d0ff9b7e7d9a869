import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "request-body-added-required",
  level: "breaking",
  area: "body",
  matches: { kinds: ['request-body.added'], flow: 'input' },
  applies: (c) => c.facts?.required === true,
  title: "Required request body added",
  message: "required request body added",
  docs: {
    why: "Existing clients send no body and get 400 or 415.",
    fix: "Make the body optional, with defaults for everything in it.",
  },
});
