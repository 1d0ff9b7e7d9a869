import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { LoadError } from '../errors.js';
import type { LoadedDocument } from './index.js';
import { JsonSchemaValidator, type SchemaError } from './json-schema.js';
import { decodePointer as split, join } from './pointer.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Validators by AsyncAPI version (`3.0.0`), built once per process from `@asyncapi/specs`. */
const validators = new Map<string, JsonSchemaValidator>();

async function validatorFor(specVersion: string): Promise<JsonSchemaValidator> {
  // Every 2.x/3.x patch release shares its minor's schema.
  const version = specVersion.replace(/^(\d+\.\d+)\.\d+$/, '$1.0');
  let v = validators.get(version);
  if (!v) {
    const schema = readSchema(version) ?? ((await import('@asyncapi/specs')).default.schemas as Record<string, unknown>)[version];
    if (!isObj(schema)) throw new Error(`no JSON Schema for AsyncAPI ${specVersion} in @asyncapi/specs`);
    v = new JsonSchemaValidator(schema);
    validators.set(version, v);
  }
  return v;
}

/**
 * One version's schema read from the installed `@asyncapi/specs` (~2 ms), rather than its index, which parses
 * all eighteen (~40 ms); undefined where the package is bundled (the GitHub Action), which imports the index.
 */
function readSchema(version: string): unknown {
  let file: string;
  try {
    file = path.join(path.dirname(createRequire(import.meta.url).resolve('@asyncapi/specs/package.json')), 'schemas', `${version}.json`);
  } catch {
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Errors inside a protocol binding do not stop the model (bindings are compared as data): at most this many are reported. */
const MAX_BINDING_ERRORS = 20;

/**
 * Validates an AsyncAPI document against the official JSON Schema of its version (`@asyncapi/specs`). An error
 * in the structure the model reads is a one-line LoadError naming the file, the JSON pointer and the line; an
 * error inside a protocol binding (opaque to the model, compared as data) and the checks the schema cannot
 * express (a channel parameter its address does not use) are returned as warnings, and the comparison goes on.
 */
export async function validateAsyncApi(loaded: LoadedDocument, opts: { full?: boolean } = {}): Promise<Diagnostic[]> {
  const validator = await validatorFor(loaded.specVersion);
  const diagnostics: Diagnostic[] = [];
  let doc: unknown = loaded.doc;
  for (let copied = false; ; ) {
    const error = validator.validate(doc);
    if (!error) break;
    const binding = bindingOf(error.instancePath);
    if (!binding || diagnostics.length >= MAX_BINDING_ERRORS) {
      const pointer = error.instancePath;
      throw new LoadError(loaded.name, `invalid AsyncAPI ${loaded.specVersion} document: ${describe(error)}`, pointer, nearestLine(loaded, pointer));
    }
    diagnostics.push(warning(loaded, `invalid ${split(binding).pop()} binding: ${describe(error)}`, error.instancePath));
    // Validate the rest without it (on a copy: the model reads the document as written).
    if (!copied) doc = structuredClone(doc);
    copied = true;
    remove(doc, binding);
  }
  diagnostics.push(...channelParameterWarnings(loaded));
  if (opts.full) diagnostics.push(...(await parserDiagnostics(loaded, diagnostics)));
  return diagnostics;
}

type AsyncApiParser = import('@asyncapi/parser').Parser;
let parser: Promise<AsyncApiParser> | undefined;

/**
 * `--validate`: the rules of `@asyncapi/parser` beyond the JSON Schema (unique operation ids, security
 * requirements naming defined schemes, examples that match their payload...). It costs about a second to
 * import and builds a Spectral instance, so it runs only when asked, once per process.
 */
function getParser(): Promise<AsyncApiParser> {
  parser ??= import('@asyncapi/parser').then(({ Parser }) => {
    const refuse = (schema: string) => ({
      schema,
      order: 1,
      read(): string {
        // External refs were bundled (inside the spec's folder) before this point; anything left is refused.
        throw new Error(`external $ref over ${schema} is not followed`);
      },
    });
    return new Parser({ ruleset: { recommended: false }, __unstable: { resolver: { resolvers: [refuse('file'), refuse('http'), refuse('https')] } } });
  });
  return parser;
}

/** The parser's errors, as warnings: the document passed its JSON Schema, so each is about a part the model reads as written. */
async function parserDiagnostics(loaded: LoadedDocument, known: Diagnostic[]): Promise<Diagnostic[]> {
  const p = await getParser();
  let found: Array<{ code: string | number; severity: number; message: string; path: Array<string | number> }>;
  try {
    // The parser annotates what it is given: hand it a copy so the model keeps reading the raw document.
    found = (await p.validate(structuredClone(loaded.doc) as never, {})) as typeof found;
  } catch (e) {
    return [warning(loaded, `@asyncapi/parser failed: ${oneLine((e as Error)?.message ?? String(e))}`, '')];
  }
  const seen = new Set(known.map((d) => d.pointer));
  return found
    // Channel parameters are checked above (channelParameterWarnings), with a pointer per parameter.
    .filter((d) => d.severity === 0 && !/^asyncapi[23]-channel-parameters$/.test(String(d.code)))
    .map((d) => ({ rule: String(d.code), message: oneLine(d.message), pointer: join('', ...d.path.map(String)) }))
    .filter((d) => !seen.has(d.pointer))
    .map((d) => warning(loaded, `${d.message} (${d.rule})`, d.pointer));
}

function oneLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 300);
}

/** The pointer of the protocol binding (`.../bindings/http`) an error is inside of, if any. */
function bindingOf(pointer: string): string | undefined {
  const parts = split(pointer);
  const i = parts.lastIndexOf('bindings');
  return i >= 0 && i + 1 < parts.length ? join('', ...parts.slice(0, i + 2)) : undefined;
}

function remove(doc: unknown, pointer: string): void {
  const parts = split(pointer);
  let node = doc;
  for (const p of parts.slice(0, -1)) node = (node as Obj)[p];
  if (isObj(node)) delete node[parts[parts.length - 1]!];
}

/** `"payload" property type must be object`: the failing key, then the schema's complaint. */
function describe(e: SchemaError): string {
  const key = split(e.instancePath).pop();
  if (e.keyword === 'additionalProperties') return `unknown property "${key}"`;
  return key === undefined ? `the document ${e.message}` : `"${key}" property ${e.message}`;
}

/**
 * Channel parameters the address does not use (and the reverse): the AsyncAPI parser refuses them, but the
 * model matches parameters by their place in the address, so the comparison can go on.
 */
function channelParameterWarnings(loaded: LoadedDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const channels = loaded.doc.channels;
  if (!isObj(channels)) return out;
  const v3 = loaded.specVersion.startsWith('3.');
  for (const key of Object.keys(channels)) {
    const pointer = join('/channels', key);
    const ch = loaded.refs.resolve(channels[key], pointer);
    if (!isObj(ch.value)) continue;
    const address = v3 ? ch.value.address : key;
    if (typeof address !== 'string') continue;
    const used = new Set([...address.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!));
    const params = isObj(ch.value.parameters) ? Object.keys(ch.value.parameters) : [];
    for (const p of params) {
      if (!used.has(p)) out.push(warning(loaded, `channel parameter ${p} is not in the address ${address}`, join(ch.pointer, 'parameters', p)));
    }
    for (const p of used) {
      if (!params.includes(p)) out.push(warning(loaded, `address ${address} uses {${p}}, which the channel's parameters do not define`, v3 ? join(ch.pointer, 'address') : ch.pointer));
    }
  }
  return out;
}

function warning(loaded: LoadedDocument, message: string, pointer: string): Diagnostic {
  const d: Diagnostic = { level: 'warning', code: 'invalid-document', message, file: loaded.name, pointer };
  const line = nearestLine(loaded, pointer);
  if (line !== undefined) d.line = line;
  return d;
}

function nearestLine(loaded: LoadedDocument, pointer: string): number | undefined {
  const chain: string[] = [];
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    chain.push(p);
    if (p === '') break;
  }
  const lines = loaded.locate(chain);
  for (const p of chain) {
    const l = lines.get(p);
    if (l !== undefined) return l;
  }
  return undefined;
}
