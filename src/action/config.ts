import path from 'node:path';
import { findConfig, loadConfig, type Config } from '../config/index.js';
import type { EngineConfig } from '../engine/evaluate.js';

export interface ActionConfig {
  config: Config;
  /** Absolute path of the file it came from; undefined when there is none. */
  file?: string;
}

/** The `config` input, else apicompat.yaml (or .yml, .apicompat.yaml) at the workspace root, else nothing. */
export async function loadActionConfig(input: string | undefined, workspace: string): Promise<ActionConfig> {
  const file = input ? path.resolve(workspace, input) : await findConfig(workspace);
  if (!file) return { config: {} };
  return { config: await loadConfig(file, workspace), file };
}

/** What the engine takes from the config: everything but the list of specs, which only says what to compare. */
export function engineConfig(config: Config): EngineConfig {
  const { specs: _specs, ...engine } = config;
  return engine;
}
