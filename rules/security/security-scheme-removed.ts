import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'security-scheme-removed',
  level: 'warning',
  area: 'security',
  matches: { kinds: ['security-scheme.removed'] },
  title: 'Security scheme definition removed',
  message: 'security scheme {{scheme}} is no longer defined',
  docs: {
    why: 'Clients and generated SDKs configured for this scheme lose the way they authenticate; operations that required it are reported on their own, but a client may rely on the scheme where the document no longer says so.',
    fix: 'Keep the definition while any client may use it; announce the removal with a deprecation period.',
  },
});
