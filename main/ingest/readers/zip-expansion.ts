import { unzipSync } from 'fflate';

/**
 * How many bytes a ZIP package (a .docx) says it unpacks to, read from its central directory without unpacking
 * anything: a few kilobytes can declare gigabytes (a "zip bomb"), and mammoth would try to inflate them all.
 * Returns null when the directory cannot be read (the readers then report the file as damaged).
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}
