import { describe, expect, it } from 'vitest';
import { fileCommand, getInput, printInert } from '../../src/action/protocol.js';
import { parseCommands, parseOutputFile } from './runner.js';

describe('runner protocol', () => {
  it('reads inputs the way the runner names them (upper case, hyphens kept)', () => {
    expect(getInput({ 'INPUT_FAIL-ON': ' warning \n' }, 'fail-on')).toBe('warning');
    expect(getInput({}, 'fail-on')).toBe('');
  });

  it('writes multi-line outputs with a heredoc delimiter the value cannot contain', () => {
    const value = 'a\nverdict<<EOF\nunchanged\nEOF\nbreaking-count=0';
    const text = fileCommand('verdict', value);
    expect(parseOutputFile(text)).toEqual({ verdict: value });
    expect(() => fileCommand('x', 'ends with DELIM', 'DELIM')).toThrow('contains the delimiter');
  });

  it('fences text off from the command parser with a random stop-commands token', () => {
    let out = '';
    const runner = { env: {}, stdout: (s: string) => void (out += s) };
    printInert(runner, '::error::pwned\n  ::set-output name=x::y\n::add-mask::secret');
    runner.stdout('::notice::after\n');
    expect(parseCommands(out)).toEqual([{ command: 'notice', properties: {}, message: 'after' }]);
    // Without the fence the same text would be three commands.
    expect(parseCommands('::error::pwned\n  ::set-output name=x::y\n::add-mask::secret\n')).toHaveLength(3);
  });
});
