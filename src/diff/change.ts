import type { Flow } from '../model/types.js';
import type { FactsField } from './facts.js';
import type { ChangeKind } from './kinds.js';

/** Where a change sits in one of the two documents. `line` is filled in late, only for printed findings. */
export interface Location {
  file: string;
  pointer: string;
  line?: number;
}

/** What a change is about; rule messages are filled from these fields. */
export interface Subject {
  /** Human description of the container: `request body (application/json)`, `response 200`, `query parameter limit`. */
  where?: string;
  /** Property path inside a schema: `trip.stops[].name`. */
  property?: string;
  parameter?: string;
  mediaType?: string;
  status?: string;
  keyword?: string;
  scheme?: string;
  scope?: string;
  value?: string;
  field?: string;
}

/** What every change has, whatever its kind. */
export interface ChangeFields {
  flow: Flow | 'none';
  /** Display name of the operation, from the new document when it exists: `POST /trips/{tripId}`. */
  operation?: string;
  subject: Subject;
  before?: unknown;
  after?: unknown;
  old?: Location;
  new?: Location;
  /** The old contract's `x-stability-level` of the operation, when it lets the operation change freely (src/diff/stability.ts). */
  stability?: 'draft' | 'alpha';
}

/**
 * A fact: what changed between the two documents, never a verdict. `Change` is the union of one type
 * per kind, discriminated on `kind`; `facts` is typed per kind from the facts table (src/diff/facts.ts),
 * so `if (c.kind === 'schema.property.added') c.facts.hasDefault` type-checks, and `Change<K>` is the
 * change a rule matching kinds K receives.
 */
export type Change<K extends ChangeKind = ChangeKind> = { [P in K]: ChangeFields & { kind: P } & FactsField<P> }[K];

/**
 * A change being assembled from parts whose kind and facts were already checked together (by an emit
 * signature, or as a SchemaChange); it becomes a `Change` with one cast where it is handed on.
 */
export type ChangeDraft = ChangeFields & { kind: ChangeKind; facts?: object };
