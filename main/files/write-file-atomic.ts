import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes via a temporary file in the same folder, then renames: a crash never leaves a half-written file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    // The error names the file the caller asked for, not the temporary one (a full disk is reported on it).
    if (typeof e === 'object' && e !== null && 'path' in e && e.path === tmp) Object.assign(e, { path: path.resolve(file) });
    throw e;
  }
}
