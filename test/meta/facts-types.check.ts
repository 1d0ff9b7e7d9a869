// Compiled (never run) by test/meta/facts-types.test.ts: a rule's `applies` sees the facts of the kinds it
// matches, typed by the facts table (src/diff/facts.ts). Each `@ts-expect-error` marks a misuse that must
// not compile; the test also checks that each fails for the reason given beside it.
import type { Change } from '../../src/diff/change.js';
import type { ContractDiff } from '../../src/diff/contract.js';
import { defineRule } from '../../src/engine/define-rule.js';

const about = { level: 'breaking', area: 'schema', title: 'Example', message: 'example', docs: { why: 'why', fix: 'fix' } } as const;

// A fact the kind carries: typed, no cast.
export const required = defineRule({ ...about, id: 'required', matches: { kinds: ['schema.property.added'] }, applies: (c) => c.facts.required === true && !c.facts.hasDefault });

// A fact every matched kind carries.
export const either = defineRule({ ...about, id: 'either', matches: { kinds: ['schema.format.changed', 'schema.default.changed'] }, applies: (c) => c.facts.added });

// Every `*.keyword.changed` kind says whether the field is an annotation.
export const annotation = defineRule({ ...about, id: 'annotation', matches: { kinds: ['schema.keyword.changed', 'security-scheme.keyword.changed'] }, applies: (c) => c.facts.annotation });

// A fact some changes of the kind carry: optional.
export const replaced = defineRule({ ...about, id: 'replaced', matches: { kinds: ['response.removed'] }, applies: (c) => c.facts.success && typeof c.facts.coveredBy === 'string' });

// A typo'd fact name. (expect: Property 'requird' does not exist)
// @ts-expect-error
export const typo = defineRule({ ...about, id: 'typo', matches: { kinds: ['schema.property.added'] }, applies: (c) => c.facts.requird === true });

// A fact of another kind: a removed property has no default. (expect: Property 'hasDefault' does not exist)
// @ts-expect-error
export const otherKind = defineRule({ ...about, id: 'other-kind', matches: { kinds: ['schema.property.removed'] }, applies: (c) => c.facts.hasDefault === true });

// A fact only one of the matched kinds carries. (expect: Property 'hasDefault' does not exist)
// @ts-expect-error
export const notAll = defineRule({ ...about, id: 'not-all', matches: { kinds: ['schema.property.added', 'schema.property.removed'] }, applies: (c) => c.facts.hasDefault === true });

// A kind without facts. (expect: does not exist on type 'never')
// @ts-expect-error
export const none = defineRule({ ...about, id: 'none', matches: { kinds: ['schema.nullable.added'] }, applies: (c) => c.facts?.required === true });

// On the union, narrowing by kind gives the facts.
export const success = (c: Change): boolean => c.kind === 'response.removed' && c.facts.success;

// Emit sites: facts are checked against the kind.
declare const diff: ContractDiff;
diff.emit('parameter.added', 'input', {}, { parameter: 'limit' }, { facts: { required: true, hasDefault: false } });
// A fact missing. (expect: Property 'hasDefault' is missing)
// @ts-expect-error
diff.emit('parameter.added', 'input', {}, { parameter: 'limit' }, { facts: { required: true } });
// Facts left out where the kind always carries them. (expect: Expected 5 arguments)
// @ts-expect-error
diff.emit('parameter.added', 'input', {}, { parameter: 'limit' });
