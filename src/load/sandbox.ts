import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { LoadError } from '../errors.js';
import { openError, readRegularFile } from './files.js';

/**
 * Where a source's relative `$ref`s are read from, and the bounds they must stay in: a folder on disk
 * (SpecFolder) or the same folder in a git revision (GitTreeFolder). Targets are absolute paths as
 * `path.resolve` gives them; a git folder maps them back into its tree.
 */
export interface SourceFolder {
  /** Absolute path of the folder (for a git folder: where it would be checked out). */
  readonly root: string;
  /** How messages name the folder. */
  readonly shown: string;
  /** Whether an absolute path, taken as written, lies inside the folder. */
  contains(target: string): boolean;
  /**
   * Checks `target` exists and stays inside once links are followed (`refused` makes the error when it
   * does not); a missing target is a FileNotFoundError for `shown`.
   */
  realPathInside(target: string, shown: string, refused: () => LoadError): Promise<string>;
  /** Reads `target` (a regular file, bounded) after the checks of realPathInside. */
  read(target: string, shown: string, refused: () => LoadError): Promise<Uint8Array>;
  /** Ends what the folder holds open (a git reader); reads after it start it again. */
  close?(): void;
}

/**
 * The folder a spec's files may be read from: the real path of the folder holding the spec. Every read
 * (the spec itself and each file a `$ref` names) resolves symbolic links first and must land inside it,
 * so a link planted in a pull request (`item.yaml -> /home/runner/.ssh/id_rsa`, or a linked folder)
 * cannot bring an outside file into the report.
 */
export class SpecFolder implements SourceFolder {
  private constructor(
    /** Real path of the folder. */
    readonly root: string,
  ) {}

  get shown(): string {
    return this.root;
  }

  /** The folder of `specFile` (absolute), or a LoadError naming `shown` when that folder does not exist. */
  static async of(specFile: string, shown: string): Promise<SpecFolder> {
    try {
      return new SpecFolder(await realpath(path.dirname(specFile)));
    } catch (e) {
      throw openError(shown, e as NodeJS.ErrnoException);
    }
  }

  /** Whether an absolute path, taken as written, lies inside the folder. */
  contains(target: string): boolean {
    return isInside(this.root, target);
  }

  /**
   * The real path of `target` if it lies inside the folder. `refused` makes the error for a target
   * outside; a missing target is "file not found" for `shown`.
   */
  async realPathInside(target: string, shown: string, refused: () => LoadError): Promise<string> {
    let real: string;
    try {
      real = await realpath(target);
    } catch (e) {
      throw openError(shown, e as NodeJS.ErrnoException);
    }
    if (!this.contains(real)) throw refused();
    return real;
  }

  /** Reads `target` (a regular file, bounded) after realPathInside. */
  async read(target: string, shown: string, refused: () => LoadError): Promise<Uint8Array> {
    return readRegularFile(await this.realPathInside(target, shown, refused), shown);
  }
}

/** Whether the absolute path `target`, taken as written, lies inside the folder `root`. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}
