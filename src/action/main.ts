// Entry point of the bundled GitHub Action (dist-action/index.js): the runner executes this file with node20.
import { runAction } from './run.js';

process.exitCode = await runAction({ env: process.env, stdout: (s) => void process.stdout.write(s) });
