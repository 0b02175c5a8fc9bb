import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { analystEdits } from '../model/analyst-edits.ts';

/** An output a command was asked to write that cannot be written where it is, named with its folder: nothing is written. */
export class OutputFileError extends Error {
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'OutputFileError';
    this.file = file;
  }
}

/**
 * An output refused because writing it would lose the analyst's work: it is one of the command's inputs, another of
 * its outputs, or a brief the analyst edited. The CLI answers it as a usage error (exit code 2): the file named
 * is the problem, not the disk.
 */
export class OutputRefusedError extends OutputFileError {
  constructor(file: string, problem: string) {
    super(file, problem);
    this.name = 'OutputRefusedError';
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

/** What a command's outputs are checked against, besides their folders. */
export interface OutputGuard {
  /** The files and folders the command reads (its paths, a brief, a template file, a workspace). */
  inputs?: readonly (string | undefined)[];
  /** The user said a brief holding edits may be replaced (`--force`). */
  replaceEdited?: boolean;
}

/** The file at `p` as the disk knows it (device and inode, symlinks and `..` followed), or null when there is none. */
async function identityOf(p: string): Promise<string | null> {
  try {
    const s = await stat(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Where `p` would be written: its folder's real path and its name, so two spellings of one new file compare equal. */
async function placeOf(p: string): Promise<string> {
  const resolved = path.resolve(p);
  const dir = await realpath(path.dirname(resolved)).catch(() => path.dirname(resolved));
  return path.join(dir, path.basename(resolved));
}

/** Whether the existing file `output` is `input`, or lies inside `input` when that is a folder the command reads. */
async function isInput(output: string, outputId: string, input: string): Promise<boolean> {
  if ((await identityOf(input)) === outputId) return true;
  if ((await kindOf(input)) !== 'folder') return false;
  const folder = await realpath(input);
  const real = await realpath(output);
  return real.startsWith(folder + path.sep);
}

/** Briefs larger than this are not looked into: no brief comes near it, and a large output is read for nothing. */
const MAX_BRIEF_BYTES = 64 * 1024 * 1024;

/** How many edited items the JSON brief or draft at `file` holds; 0 for any other file. */
async function editsIn(file: string): Promise<number> {
  try {
    if ((await stat(file)).size > MAX_BRIEF_BYTES) return 0;
    const text = await readFile(file, 'utf8');
    return text.trimStart().startsWith('{') ? analystEdits(JSON.parse(text)) : 0;
  } catch {
    return 0;
  }
}

/**
 * The input among `inputs` that writing `file` would lose: `file` is that input (symlinks and `..` followed), or an
 * existing file inside it when it is a folder. Null when none, and for a file not yet there.
 */
export async function inputWrittenOver(file: string, inputs: readonly (string | undefined)[]): Promise<string | null> {
  const id = await identityOf(file);
  if (id === null) return null;
  for (const input of inputs) if (input !== undefined && (await isInput(file, id, input))) return input;
  return null;
}

/** Refuses `file` when writing it would lose an input, an earlier output of the same command or the analyst's edits. */
async function checkNotLosingWork(file: string, earlier: readonly string[], guard: OutputGuard): Promise<void> {
  const place = await placeOf(file);
  if (earlier.includes(place)) throw new OutputRefusedError(file, 'this file is asked for twice: give each output its own file');
  const input = await inputWrittenOver(file, guard.inputs ?? []);
  if (input !== null) {
    const which = (await kindOf(input)) === 'folder' ? `a file inside ${input}, which the command reads` : 'a file the command reads';
    throw new OutputRefusedError(file, `this is ${which}, so writing it would lose it; choose another file`);
  }
  const edits = guard.replaceEdited === true ? 0 : await editsIn(file);
  if (edits > 0) {
    const items = edits === 1 ? '1 item' : `${edits} items`;
    throw new OutputRefusedError(file, `this brief holds the analyst's edits (${items}): choose another file, or --force to replace it`);
  }
}

/**
 * Checks every output a command was asked to write (undefined: not asked for), in order, before any is written or
 * any input read: its folder, then that writing it loses nothing — one of the command's inputs, another of its
 * outputs, or a brief the analyst edited (unless `replaceEdited`). One place every command's outputs go through.
 */
export async function checkOutputFiles(files: readonly (string | undefined)[], guard: OutputGuard = {}): Promise<void> {
  const places: string[] = [];
  for (const file of files) {
    if (file === undefined) continue;
    await checkOutputFile(file);
    await checkNotLosingWork(file, places, guard);
    places.push(await placeOf(file));
  }
}
