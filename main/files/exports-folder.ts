import { constants } from 'node:fs';
import { link, lstat, mkdir, open, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** The kinds of file Mawjaz writes to a workspace's exports folder: nothing else is listed, served or opened. */
export const EXPORT_EXTENSIONS = ['pdf', 'docx'] as const;
export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number];

/** An exported file as the page sees it: its plain name, never a path. */
export const ExportedFile = z.object({ name: z.string(), bytes: z.number().int(), modifiedAt: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

// A plain name Mawjaz could have written: letters (with their marks), digits, dots, dashes; no folder, no dot-file.
const EXPORT_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,200}\.(pdf|docx)$/u;

/** Is `name` a plain export file name (no folder part, no dot-file, an allowed extension)? */
export function isExportName(name: string): boolean {
  return EXPORT_NAME.test(name) && !name.includes('..');
}

/**
 * The stem of an export's name: the brief's title and its day, letters (with their marks) and digits of any script
 * joined by dashes so any file system takes it. A title with no letter at all ("", "...", "---") is called "brief".
 */
export function exportStem(title: string, day: string): string {
  const words = (text: string): string => text.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^[-\p{M}]+|-+$/gu, '');
  const named = words(title.slice(0, 60));
  return `${named === '' ? 'brief' : named}-${words(day) || 'undated'}`;
}

function codeOf(e: unknown): unknown {
  return typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
}

/** Claims `target` for the finished temporary file, failing with EEXIST if the name is taken: never replaces. */
async function claim(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (e) {
    // File systems without hard links (FAT, some network shares): reserve the name exclusively, then fill it.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(String(codeOf(e)))) throw e;
    const handle = await open(target, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
    await handle.close();
    await rename(temp, target);
  }
}

/**
 * Writes `data` under a name of its own in `dir`: `STEM.EXT`, or `STEM-2.EXT`, `STEM-3.EXT`… when taken (no dot
 * when `extension` is empty). An existing
 * file is never replaced, and the file appears only once fully written (a temporary file, then a link to the name).
 * Returns the name written.
 */
export async function writeNewFile(dir: string, stem: string, extension: string, data: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${stem}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, data);
    for (let n = 1; n <= 9999; n++) {
      const name = `${stem}${n === 1 ? '' : `-${n}`}${extension === '' ? '' : `.${extension}`}`;
      try {
        await claim(temp, path.join(dir, name));
        return name;
      } catch (e) {
        if (codeOf(e) !== 'EEXIST') throw e;
      }
    }
    throw new Error(`${path.join(dir, stem)}: no free name left for this export`);
  } catch (e) {
    // A storage error (a full disk) names the file being exported, not the temporary one.
    if (typeof e === 'object' && e !== null && 'path' in e && e.path === temp) Object.assign(e, { path: path.join(dir, `${stem}${extension === '' ? '' : `.${extension}`}`) });
    throw e;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * The real path of the export `name` in `dir`, or null unless it is a plain export name, a regular file (not a
 * symbolic link, not a folder) and, with every link resolved, a file of the exports folder itself.
 */
export async function findExport(dir: string, name: string): Promise<string | null> {
  if (!isExportName(name)) return null;
  try {
    const file = path.join(dir, name);
    if (!(await lstat(file)).isFile()) return null;
    const [realDir, realFile] = await Promise.all([realpath(dir), realpath(file)]);
    return path.dirname(realFile) === realDir ? realFile : null;
  } catch {
    return null;
  }
}

/**
 * Reads the export `name` (see findExport), opening it without following a link, so a link swapped in after the
 * check is refused too (POSIX; Windows has no O_NOFOLLOW and relies on the check).
 */
export async function readExportFile(dir: string, name: string): Promise<Buffer | null> {
  const file = await findExport(dir, name);
  if (file === null) return null;
  try {
    const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      if (!(await handle.stat()).isFile()) return null;
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** The exports in `dir`, newest first: plain names, sizes and dates only (links and other files are left out). */
export async function listExports(dir: string): Promise<ExportedFile[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return [];
    throw e;
  }
  const files: ExportedFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !isExportName(entry.name)) continue;
    try {
      const info = await lstat(path.join(dir, entry.name));
      if (info.isFile()) files.push({ name: entry.name, bytes: info.size, modifiedAt: info.mtime.toISOString() });
    } catch {
      // Deleted meanwhile: not listed.
    }
  }
  return files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name));
}
