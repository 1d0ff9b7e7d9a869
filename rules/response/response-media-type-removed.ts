import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-media-type-removed",
  level: "breaking",
  area: "response",
  matches: { kinds: ['media-type.removed'], flow: 'output' },
  title: "Response media type removed",
  message: "{{where}} is no longer produced",
  docs: {
    why: "Clients that ask for or parse this content type get 406 or a body they cannot read.",
    fix: "Keep producing the old media type beside the new one.",
  },
});
