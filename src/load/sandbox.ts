import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { LoadError } from '../errors.js';
import { openError, readRegularFile } from './files.js';

/**
 * The folder a spec's files may be read from: the real path of the folder holding the spec. Every read
 * (the spec itself and each file a `$ref` names) resolves symbolic links first and must land inside it,
 * so a link planted in a pull request (`item.yaml -> /home/runner/.ssh/id_rsa`, or a linked folder)
 * cannot bring an outside file into the report.
 */
export class SpecFolder {
  private constructor(
    /** Real path of the folder. */
    readonly root: string,
  ) {}

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
    const rel = path.relative(this.root, target);
    return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
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
