import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importPaths, summarise, type ImportEntry, type ImportOptions, type ImportReport } from '../library/import-batch.ts';
import type { Store } from '../library/store.ts';
import { uploadName } from './upload-name.ts';

/** One file the renderer read itself (picker or drop), as the API receives it. */
export interface Upload {
  name: string;
  base64: string;
}

/**
 * Imports files sent as bytes. They go through a private temporary folder (a sub-folder per file, so equal names
 * never meet) so the same readers, encoding detection and error messages apply as for files on disk. Each name is
 * made safe first (upload-name.ts); a name that cannot be used, or a file that cannot be written, fails on its own
 * while the rest of the batch goes on. The report names files as the analyst knows them, in the order sent, and no
 * temporary path reaches it.
 */
export async function importUploads(store: Store, uploads: readonly Upload[], options: ImportOptions): Promise<ImportReport> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mawjaz-upload-'));
  const scrub = (text: string, shown: string, file: string): string => text.split(file).join(shown).split(dir).join('');
  try {
    const slots: ({ file: string; shown: string } | ImportEntry)[] = [];
    for (const [i, upload] of uploads.entries()) {
      const name = uploadName(upload.name);
      if (!name.ok) {
        slots.push({ file: name.shown, status: 'failed', error: name.problem, code: 'upload-name' });
        continue;
      }
      const file = path.join(dir, String(i), name.name);
      try {
        await mkdir(path.dirname(file));
        await writeFile(file, Buffer.from(upload.base64, 'base64'));
        slots.push({ file, shown: name.shown });
      } catch (e) {
        const detail = (e as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
        slots.push({ file: name.shown, status: 'failed', error: `the file could not be put aside for reading (${detail})`, code: 'upload-failed' });
      }
    }
    const written = slots.flatMap((s) => ('shown' in s ? [s] : []));
    const report = written.length === 0 ? summarise([]) : await importPaths(store, written.map((s) => s.file), options);
    const byFile = new Map(report.entries.map((e) => [e.file, e]));
    return summarise(
      slots.map((slot): ImportEntry => {
        if (!('shown' in slot)) return slot;
        const entry = byFile.get(slot.file) ?? { file: slot.file, status: 'failed', error: 'not read', code: 'unreadable' };
        return { ...entry, file: slot.shown, ...(entry.error === undefined ? {} : { error: scrub(entry.error, slot.shown, slot.file) }) };
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
