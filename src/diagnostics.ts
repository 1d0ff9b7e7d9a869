import type { Waiver } from './engine/waivers.js';

/**
 * Something a run found that is not a change between the two contracts: a stale waiver, or a note about a
 * spec (a file, a pointer and a line) that did not stop the comparison. Diagnostics are shown by every reporter and never
 * change the verdict, the bump or the exit code.
 */
export interface Diagnostic {
  level: DiagnosticLevel;
  /** Stable id of the kind of diagnostic, for tools that filter them. */
  code: DiagnosticCode;
  /** One line, plain text (each reporter escapes it for its format). */
  message: string;
  /** The file it is about (the config file for a waiver), when known; absent for config given to the API. */
  file?: string;
  /** JSON pointer into that file, or into the config object: `/ignore/2`. */
  pointer?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  /** `unused-waiver`, `partial-waiver`: the waiver, as configured. */
  waiver?: Waiver;
}

export type DiagnosticLevel = 'warning';

/**
 * `unused-waiver`: a waiver of the config matches no finding (a stale waiver hides nothing and should go).
 * `partial-waiver`: a waiver names one operation of a change that reaches others too (a shared schema); the change
 * stays unwaived, since the same break reaches clients of the other operations.
 * `invalid-document`: a spec breaks a rule of its format in a part the comparison does not depend on (an AsyncAPI
 * binding that fails its schema, a channel parameter the address does not use); it is compared as written.
 * `ambiguous-path`: two paths of one OpenAPI document differ only in template names (`/items/{a}`,
 * `/items/{b}`); the first is compared, the second is not.
 */
export type DiagnosticCode = 'unused-waiver' | 'partial-waiver' | 'invalid-document' | 'ambiguous-path';

/** Where a diagnostic points, for one-line output: `apicompat.yaml /ignore/0`, `file:3`, or nothing. */
export function diagnosticPlace(d: Diagnostic): string {
  const file = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}` : '';
  return [file, d.pointer ?? ''].filter(Boolean).join(' ');
}
