import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes via a temporary file in the same folder, then renames: a crash never leaves a half-written file. The folder
 * must exist: it is not created (a command checks its outputs first, output-file.ts).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    // A temporary file that was never made (its folder missing or a file) is no error of its own: the write's is reported.
    await rm(tmp, { force: true }).catch(() => undefined);
    // The error names the file the caller asked for, not the temporary one (a full disk is reported on it).
    if (typeof e === 'object' && e !== null && 'path' in e && e.path === tmp) {
      Object.assign(e, { path: path.resolve(file) });
      if (e instanceof Error) e.message = e.message.replace(tmp, path.resolve(file));
    }
    throw e;
  }
}
