import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHECK = path.join(ROOT, 'test/meta/facts-types.check.ts');

let previous: ts.Program | undefined;

/** Type-checks the check file (with the sources it imports), its text optionally rewritten; returns `line: message` per error in it. */
function compile(rewrite: (text: string) => string = (t) => t): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } })!;
  const host = ts.createCompilerHost({ ...config.options, noEmit: true });
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => (path.resolve(file) === CHECK ? ts.createSourceFile(file, rewrite(ts.sys.readFile(file)!), lang) : getSourceFile(file, lang, ...rest));
  const program = (previous = ts.createProgram({ rootNames: [CHECK], options: { ...config.options, noEmit: true }, host, oldProgram: previous }));
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${d.file ? path.relative(ROOT, d.file.fileName) : ''}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('typed facts', () => {
  it('compile for the kinds that carry them; every marked misuse is an error', () => {
    // An unused @ts-expect-error is itself an error: none means each misuse fails to compile.
    expect(compile()).toEqual([]);
  });

  it('each misuse fails for the reason it states', () => {
    const text = ts.sys.readFile(CHECK)!;
    const lines = text.split('\n');
    const expected = lines.flatMap((l, i) => {
      const m = /\(expect: (.+)\)$/.exec(l);
      return m ? [{ line: i + 3, reason: m[1]! }] : []; // the comment, the directive, then the code (line numbers from 1)
    });
    expect(expected.length).toBeGreaterThanOrEqual(6);
    const errors = compile((t) => t.replaceAll('// @ts-expect-error', '//'));
    expect(errors).toHaveLength(expected.length);
    for (const { line, reason } of expected) expect(errors.find((e) => e.startsWith(`test/meta/facts-types.check.ts:${line}:`)), `line ${line}`).toContain(reason);
  });
});
