import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'security-scheme-added',
  level: 'compatible',
  area: 'security',
  matches: { kinds: ['security-scheme.added'] },
  title: 'Security scheme defined',
  message: 'security scheme {{scheme}} defined',
  docs: {
    why: 'A new definition asks nothing of clients by itself; an operation that starts to require it is reported as a security change of that operation.',
    fix: 'Nothing to fix; this change is safe for existing clients.',
  },
});
