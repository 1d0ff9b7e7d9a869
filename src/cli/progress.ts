/**
 * One status line on stderr for runs that take a while: silent for the first `delayMs`, then the
 * current stage and elapsed time, rewritten in place, erased at the end. The work between stages is
 * synchronous, so the line changes at stage boundaries (no timer could tick during a parse anyway).
 */
export interface Progress {
  stage: (label: string) => void;
  done: () => void;
}

export interface ProgressOptions {
  enabled: boolean;
  write: (s: string) => void;
  delayMs?: number;
  now?: () => number;
}

export function createProgress({ enabled, write, delayMs = 1000, now = Date.now }: ProgressOptions): Progress {
  if (!enabled) return { stage: () => {}, done: () => {} };
  const start = now();
  let label = 'working';
  let shown = false;
  const show = () => {
    const secs = ((now() - start) / 1000).toFixed(1);
    write(`\r\x1b[Kapicompat: ${label}... ${secs} s`);
    shown = true;
  };
  // Covers a slow first stage that awaits I/O (large files, git show).
  const timer = setTimeout(show, delayMs);
  timer.unref?.();
  return {
    stage: (next) => {
      label = next;
      if (now() - start >= delayMs) show();
    },
    done: () => {
      clearTimeout(timer);
      if (shown) write('\r\x1b[K');
    },
  };
}

/** `--progress` / `--no-progress` decide; otherwise only for a terminal, and never in CI logs. */
export function progressWanted(flag: boolean | undefined, stderrIsTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  return stderrIsTTY && !env.CI;
}
