import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/fixtures.js';

/** Runs the CLI in-process, as bin/apicompat.js does, and captures what it prints. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env, isTTY: false, cwd: ROOT });
  return { code, stdout, stderr };
}
