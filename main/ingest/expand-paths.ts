import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { IngestError } from './readers/ingest-error.ts';
import { fileSystemError, isSupportedPath, unsupportedError } from './read-document.ts';

// Far deeper than any real archive of articles; stops a runaway walk through odd mounts.
const MAX_DEPTH = 32;

/**
 * Turns the paths an analyst dropped or named into the files to import: files as given, folders walked
 * recursively in UTF-16 code-unit order of their entry names (the same order on every machine and locale),
 * keeping only supported extensions and skipping hidden entries (".git", ".DS_Store"). A missing path or an
 * explicitly named unsupported file becomes an IngestError in `errors`; the rest goes on. Each file is listed once.
 */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: IngestError[] }> {
  const files: string[] = [];
  const errors: IngestError[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = (path: string): void => {
    const key = resolve(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(path);
  };

  const walk = async (folder: string, depth: number): Promise<void> => {
    let real: string;
    let names: string[];
    try {
      real = await realpath(folder);
      names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort(compareCodeUnits);
    } catch (error) {
      errors.push(fileSystemError(folder, error));
      return;
    }
    // A symbolic link back up the tree would otherwise be walked forever.
    if (seenFolders.has(real) || depth > MAX_DEPTH) return;
    seenFolders.add(real);
    for (const name of names) {
      const path = join(folder, name);
      let isDirectory: boolean;
      let isFile: boolean;
      try {
        const info = await stat(path);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch {
        continue; // a dangling link or an entry removed meanwhile is not something the analyst asked for
      }
      if (isDirectory) await walk(path, depth + 1);
      else if (isFile && isSupportedPath(path)) addFile(path);
    }
  };

  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      errors.push(fileSystemError(path, error));
      continue;
    }
    if (info.isDirectory()) await walk(path, 0);
    else if (!isSupportedPath(path)) errors.push(unsupportedError(path));
    else addFile(path);
  }
  return { files, errors };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

