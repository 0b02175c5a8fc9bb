import { z } from 'zod';

/**
 * What can stop the workspace file from being opened or written, named so that the UI can say it in the analyst's
 * language. The same names serve opening a workspace and writing to one later (a disk that fills up, a removable
 * drive that goes away, a share that turns read-only, a second Mawjaz writing).
 */
export const StorageProblem = z.enum([
  'permission-denied',
  'read-only-file-system',
  'read-only-file',
  'disk-full',
  'file-in-the-way',
  'is-a-folder',
  'not-a-workspace',
  'damaged',
  'busy',
  'moved',
  'cannot-open',
  'io-error',
]);
export type StorageProblem = z.infer<typeof StorageProblem>;

/** The English words for each problem: the CLI prints them and the API's messages carry them. */
export const STORAGE_PROBLEM_TEXT: Record<StorageProblem, string> = {
  'permission-denied': 'cannot create or write the workspace here (permission denied)',
  'read-only-file-system': 'cannot write the workspace here (read-only file system)',
  'read-only-file': 'the workspace file is read-only',
  'disk-full': 'the disk is full',
  'file-in-the-way': 'cannot create the workspace: a file stands where its folder should be',
  'is-a-folder': 'this is a folder, not a workspace file',
  'not-a-workspace': 'this file is not a Mawjaz workspace (not an SQLite database)',
  damaged: 'the workspace file is damaged',
  busy: 'the workspace is busy: another Mawjaz is writing to it',
  moved: 'the workspace file was moved or deleted while it was open: open it again from where it is now',
  'cannot-open': 'cannot open the workspace file (missing folder or no permission)',
  'io-error': 'the disk could not be read or written (input/output error)',
};

/**
 * The same problems met writing a file that is not the workspace (an export, a brief's JSON): worded for a file, so a
 * PDF that cannot be written is not called a workspace. The problems only SQLite reports say the file cannot be written.
 */
export const OUTPUT_PROBLEM_TEXT: Record<StorageProblem, string> = {
  'permission-denied': 'cannot write this file here (permission denied)',
  'read-only-file-system': 'cannot write this file here (read-only file system)',
  'read-only-file': 'the file is read-only',
  'disk-full': 'the disk is full',
  'file-in-the-way': 'a file stands where a folder of this path should be',
  'is-a-folder': 'this is a folder, not a file to write',
  'not-a-workspace': 'cannot write this file',
  damaged: 'cannot write this file',
  busy: 'cannot write this file: it is busy',
  moved: 'cannot write this file: it was moved or deleted',
  'cannot-open': 'cannot write this file (missing folder or no permission)',
  'io-error': 'the disk could not be read or written (input/output error)',
};

const BY_CODE: Record<string, StorageProblem> = {
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EROFS: 'read-only-file-system',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EIO: 'io-error',
  ENODEV: 'io-error',
  ENXIO: 'io-error',
  SQLITE_FULL: 'disk-full',
  ENOTDIR: 'file-in-the-way',
  EEXIST: 'file-in-the-way',
  EISDIR: 'is-a-folder',
  SQLITE_NOTADB: 'not-a-workspace',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_READONLY_DBMOVED: 'moved',
};

// Extended SQLite codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DIRECTORY, …) share their primary code's meaning.
const BY_PREFIX: [string, StorageProblem][] = [
  ['SQLITE_CANTOPEN', 'cannot-open'],
  ['SQLITE_READONLY', 'read-only-file'],
  ['SQLITE_IOERR', 'io-error'],
  ['SQLITE_CORRUPT', 'damaged'],
  ['SQLITE_BUSY', 'busy'],
];

/** The storage problem behind a file-system or SQLite error; null when the error is not about storage. */
export function storageProblemOf(e: unknown): StorageProblem | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return BY_CODE[code] ?? BY_PREFIX.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
}
