import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-enum-opened",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.enum.opened'], flow: 'output' },
  title: "Response enum opened (x-extensible-enum)",
  message: "{{target}} changed from a closed enum {{before}} to an open enum (x-extensible-enum) {{after}}",
  docs: {
    why: "Clients built against the closed enum (a generated enum type, an exhaustive switch) may reject or mishandle the values the provider may now add without notice.",
    fix: "Keep the closed enum and add values deliberately, or open it in a major version and tell clients to handle unknown values.",
  },
});
