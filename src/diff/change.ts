import type { Flow } from '../model/types.js';
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

/** A fact: what changed between the two documents, never a verdict. */
export interface Change {
  kind: ChangeKind;
  flow: Flow | 'none';
  /** Display name of the operation, from the new document when it exists: `POST /trips/{tripId}`. */
  operation?: string;
  subject: Subject;
  before?: unknown;
  after?: unknown;
  /** Extra facts rules may refine on (e.g. `hasDefault`, `additionalProperties`, `deprecated`). */
  facts?: Record<string, unknown>;
  old?: Location;
  new?: Location;
}
