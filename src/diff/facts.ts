import type { ChangeKind } from './kinds.js';

/**
 * What a removed operation, parameter or schema property said about its own end: the deprecation policy
 * (src/engine/deprecation.ts) reads these.
 */
export interface DeprecationFacts {
  deprecated: boolean;
  /** `x-sunset`, as written: the announced removal date. */
  sunset?: string;
  /** `x-deprecated-since`, as written. */
  deprecatedSince?: string;
}

/**
 * How an `x-sunset` changed (the sunset lint): `removed` (the date is gone), `earlier` (both are dates and
 * the new one comes first), `invalid` (the new value is not a YYYY-MM-DD date, an RFC 3339 date-time or an HTTP date: src/diff/sunset.ts).
 */
export interface SunsetFacts {
  removed: boolean;
  earlier: boolean;
  invalid: boolean;
}

/** The fact every `*.keyword.changed` change carries: whether the keyword only documents (info) or can change validity. */
export interface KeywordFacts {
  annotation: boolean;
}

/** The generic changes of a keyword or field no specific kind covers (`schema.keyword.changed`, `operation.keyword.changed`, ...). */
export type KeywordChangeKind = Extract<ChangeKind, `${string}.keyword.changed`>;

/**
 * The facts table: the extra facts each change kind carries, beyond kind, flow, subject, before and after.
 * Rules refine on them (`applies: (c) => c.facts.required`), so a fact a kind does not carry is a
 * compile error in the rule. A kind that is not listed carries no facts. `| undefined`: only some changes
 * of that kind carry facts (the others have none at all), so `facts` is optional on them. Every
 * `*.keyword.changed` kind carries KeywordFacts (the `extends`).
 */
export interface ChangeFacts extends Record<KeywordChangeKind, KeywordFacts> {
  /** Undefined for AsyncAPI operations, which have no deprecation fields. */
  'operation.removed': DeprecationFacts | undefined;
  'operation.deprecated': { sunset?: string };
  'operation.sunset.changed': SunsetFacts;
  /** `decreased`: the new level promises less (stable > beta > alpha > draft; absent reads as stable); `unknown`: a side is not one of those levels. */
  'operation.stability.changed': { decreased: boolean; unknown: boolean };
  /**
   * `keyed`: one side has no operationId and the other is an AsyncAPI 3.x operation, whose id is its required
   * key (a 2.x operation without operationId gets one when converted).
   */
  'operation.id.changed': { keyed: boolean };
  /** `responseLost`: the caller got an answer before and gets none now; `reply`: an AsyncAPI reply appeared or went away. */
  'operation.style.changed': { responseLost: boolean; reply?: 'added' | 'removed' };

  'parameter.added': { required: boolean; hasDefault: boolean };
  'parameter.removed': { required: boolean } & DeprecationFacts;
  'parameter.became-required': { hasDefault: boolean };
  'parameter.sunset.changed': SunsetFacts;

  /** `wire`: a value of the parameter's type is written differently on the wire (scalars ignore `explode`, and every style but `matrix` and `label` writes them alike). */
  'parameter.style.changed': { wire: boolean };
  'response-header.style.changed': { wire: boolean };

  'request-body.added': { required: boolean };

  /** Present when the media type was replaced by one of the same base type with other parameters. */
  'media-type.removed': { replacedBy: string } | undefined;

  /** `success`: a 2XX (or a lone `default`); `within`: the old range the new status narrows. */
  'response.added': { success: boolean; within?: string };
  /** `coveredBy`: the new range that still covers the status; `replacedBy`: the new bodiless success status it became. */
  'response.removed': { success: boolean; coveredBy?: string; replacedBy?: string };

  'schema.property.added': { required: boolean; hasDefault: boolean };
  /** `additionalProperties`: the new object still admits unknown properties; `deprecated`, `sunset`, `deprecatedSince`: what the old property said about its end. */
  'schema.property.removed': { required: boolean; additionalProperties: boolean } & DeprecationFacts;
  'schema.sunset.changed': SunsetFacts;
  'schema.property.became-required': { hasDefault: boolean };
  'schema.property.became-optional': { hasDefault: boolean };
  /** Present on a parameter whose new type still accepts the text of every old value (rule parameter-wire-type-compatible). */
  'schema.type.narrowed': { wireCompatible: true } | undefined;
  'schema.type.changed': { wireCompatible: true } | undefined;
  'schema.format.changed': { added: boolean; removed: boolean };
  'schema.default.changed': { added: boolean; removed: boolean };

  /** `anonymous`: the removed alternative was `{}`; `coveredBy`: a new alternative asks for no more; `tightenedTo`: one that asks for more. */
  'security.alternative.removed': { anonymous: boolean; coveredBy?: string; tightenedTo?: string };

  'message.correlation-id.changed': { added: boolean; removed: boolean };
}

/** `facts` as a change of kind K has it: required, optional (`| undefined` in the table) or absent (not in the table). */
export type FactsField<K extends ChangeKind> = K extends keyof ChangeFacts
  ? undefined extends ChangeFacts[K]
    ? { facts?: Exclude<ChangeFacts[K], undefined> }
    : { facts: ChangeFacts[K] }
  : { facts?: never };

/**
 * The trailing `extra` argument of an emit helper: optional when `E` has no required field (no facts,
 * or facts the kind only sometimes carries), required when the kind always carries facts.
 */
export type ExtraArg<E> = {} extends E ? [extra?: E] : [extra: E];

/** Compile-time check: every key of the table is a change kind (a typo there would be a kind no change has). */
type KindsOnly<T extends ChangeKind> = T;
export type FactKinds = KindsOnly<keyof ChangeFacts>;
