/** Base class of every error apicompat throws on purpose; `code` is stable for programmatic callers. */
export class ApicompatError extends Error {
  constructor(
    message: string,
    readonly code: 'LOAD' | 'USAGE' | 'CONFIG',
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A source could not be read, parsed, validated or resolved. The message names the file and position. */
export class LoadError extends ApicompatError {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly pointer?: string,
    readonly line?: number,
  ) {
    const where = line !== undefined ? `:${line}` : '';
    const at = pointer !== undefined && pointer !== '' ? ` (at ${pointer})` : '';
    super(`${file}${where}: ${detail}${at}`, 'LOAD');
  }
}

export class UsageError extends ApicompatError {
  constructor(message: string) {
    super(message, 'USAGE');
  }
}

export class ConfigError extends ApicompatError {
  constructor(message: string) {
    super(message, 'CONFIG');
  }
}

export function isApicompatError(e: unknown): e is ApicompatError {
  return e instanceof ApicompatError;
}
