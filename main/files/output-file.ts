import { stat } from 'node:fs/promises';
import path from 'node:path';

/** An output a command was asked to write that cannot be written where it is, named with its folder: nothing is written. */
export class OutputFileError extends Error {
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'OutputFileError';
    this.file = file;
  }
}

/** The kind of what stands at `p`, or null when nothing does (or it cannot be looked at). */
async function kindOf(p: string): Promise<'folder' | 'file' | null> {
  try {
    return (await stat(p)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/**
 * Refuses an output whose folder does not exist, or is a file, or which is itself a folder, before any work is done,
 * so a mistyped path writes nothing. Output folders are never created: a missing folder is far more often a typo
 * («/tmp/reprots/x.pdf») than a wish, and a folder made silently leaves the file where the analyst will not look.
 * Whether the folder may be written is left to the write, whose error names the file (api/handlers/api-error-of.ts).
 */
export async function checkOutputFile(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const folder = await kindOf(dir);
  if (folder === null) throw new OutputFileError(file, `the folder ${dir} does not exist (create it first)`);
  if (folder === 'file') throw new OutputFileError(file, `${dir} is a file, not a folder`);
  if ((await kindOf(file)) === 'folder') throw new OutputFileError(file, 'this is a folder, not a file to write');
}

/** Checks every output a command was asked to write (undefined: not asked for), in order, before any is written. */
export async function checkOutputFiles(files: readonly (string | undefined)[]): Promise<void> {
  for (const file of files) if (file !== undefined) await checkOutputFile(file);
}
