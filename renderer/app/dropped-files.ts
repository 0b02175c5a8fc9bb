// Files and whole folders dropped onto the window, or picked as a folder: walked here in the page (Chromium's
// FileSystemEntry API, the same in Electron and in a browser), so the API receives files, never paths.

// The extensions main/ingest/read-document.ts reads (SUPPORTED_EXTENSIONS): the two lists must agree.
const SUPPORTED = /\.(txt|md|markdown|html?|docx|pdf)$/i;

/** Keeps the files Mawjaz can read, skipping hidden ones (".DS_Store", editor backups). */
export function supportedFiles(files: readonly File[]): File[] {
  return files.filter((f) => SUPPORTED.test(f.name) && !f.name.startsWith('.'));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    if (SUPPORTED.test(file.name)) out.push(file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in chunks: call until it returns none.
  for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
    for (const child of chunk.sort((a, b) => a.name.localeCompare(b.name))) await walk(child, out);
  }
}

/**
 * Every file of a drop, folders included (recursively, in name order). A single dropped file that Mawjaz
 * cannot read is still passed on, so the analyst gets its error line rather than silence.
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0 || entries.every((e) => e.isFile)) return [...data.files];
  const out: File[] = [];
  for (const entry of entries) {
    if (entry.isFile) out.push(await fileOf(entry as FileSystemFileEntry));
    else await walk(entry, out);
  }
  return out;
}
