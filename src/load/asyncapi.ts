import { LoadError } from '../errors.js';
import type { LoadedDocument } from './index.js';
import { join } from './pointer.js';

type AsyncApiParser = import('@asyncapi/parser').Parser;

let parser: Promise<AsyncApiParser> | undefined;

/**
 * The AsyncAPI parser costs about a second to import and builds a Spectral instance: loaded only when an
 * AsyncAPI document is given, once per process, and shared by both sides of a comparison.
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

/** Error-level diagnostics only: the recommended ruleset (style hints) is off. */
const ERROR = 0;

/**
 * Validates an AsyncAPI document with `@asyncapi/parser` and turns its first error into a one-line
 * LoadError naming the file, the JSON pointer and the line in the original text.
 */
export async function validateAsyncApi(loaded: LoadedDocument): Promise<void> {
  const p = await getParser();
  let diagnostics: Array<{ severity: number; message: string; path: Array<string | number> }>;
  try {
    // The parser annotates what it is given: hand it a copy so the model keeps reading the raw document.
    diagnostics = (await p.validate(structuredClone(loaded.doc) as never, {})) as typeof diagnostics;
  } catch (e) {
    throw new LoadError(loaded.name, `invalid AsyncAPI document: ${oneLine((e as Error)?.message ?? String(e))}`);
  }
  const errors = diagnostics.filter((d) => d.severity === ERROR);
  if (errors.length === 0) return;
  const first = errors[0]!;
  const pointer = join('', ...first.path.map(String));
  const line = nearestLine(loaded, pointer);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
  throw new LoadError(loaded.name, `invalid AsyncAPI ${loaded.specVersion} document: ${oneLine(first.message)}${more}`, pointer, line);
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

function oneLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 300);
}
