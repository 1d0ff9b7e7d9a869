import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-id-changed",
  level: "warning",
  area: "operation",
  matches: { kinds: ['operation.id.changed'] },
  title: "OperationId changed",
  message: "operationId changed from {{before}} to {{after}}",
  docs: {
    why: "The wire contract is the same, but SDKs generated from the spec name methods after the operationId: regenerated clients fail to compile.",
    fix: "Keep the operationId stable; it is part of the contract for generated clients.",
  },
});
