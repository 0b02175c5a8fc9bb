import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { IngestError, isIngestError } from './readers/ingest-error.ts';
import { RawDocument } from '../model/raw-document.ts';

/** File extensions Mawjaz imports, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf']);

export interface ReadOptions {
  /** Files larger than this are refused before they are read; 20 MB unless given. */
  maxBytes?: number;
  /** Cancels a long read (a big PDF); the promise then rejects with IngestError 'cancelled'. */
  signal?: AbortSignal;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

type Reader = (file: string, bytes: Uint8Array, signal?: AbortSignal) => RawDocument | Promise<RawDocument>;

// Each reader loads with the first file of its format (pdf.js, mammoth, linkedom and Readability are large), so
// opening a workspace, listing or searching never loads them; import() caches the module for the next file.
const READERS: Readonly<Record<string, () => Promise<Reader>>> = {
  '.txt': async () => (await import('./readers/text-reader.ts')).readTextFile,
  '.md': async () => (await import('./readers/markdown-reader.ts')).readMarkdownFile,
  '.markdown': async () => (await import('./readers/markdown-reader.ts')).readMarkdownFile,
  '.html': async () => (await import('./readers/html-reader.ts')).readHtmlFile,
  '.htm': async () => (await import('./readers/html-reader.ts')).readHtmlFile,
  '.docx': async () => (await import('./readers/docx-reader.ts')).readDocxFile,
  '.pdf': async () => (await import('./readers/pdf-reader.ts')).readPdfFile,
};

/** Whether a path names a file Mawjaz can import, by its extension. */
export function isSupportedPath(path: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** The refusal for a file whose extension Mawjaz does not read. */
export function unsupportedError(path: string): IngestError {
  const ext = extname(path).toLowerCase();
  const what = ext === '' ? 'files without an extension are' : `"${ext}" files are`;
  return new IngestError(path, 'unsupported', `${what} not supported; import ${SUPPORTED_EXTENSIONS.join(' ')}`);
}

/**
 * Reads one file into a RawDocument, choosing the reader by extension. Every refusal is an IngestError
 * naming the file and the problem (missing, unsupported, too large — checked before reading —, empty,
 * binary, wrong encoding, malformed, no text), so a batch can report it and go on.
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { signal } = options;
  const cancelled = (): IngestError => new IngestError(path, 'cancelled', 'reading was cancelled');
  if (signal?.aborted) throw cancelled();

  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new IngestError(path, 'unsupported', 'this is a folder, not a file; import it as a folder');
    if (!info.isFile()) throw new IngestError(path, 'unsupported', 'this is not a regular file');
    size = info.size;
  } catch (error) {
    throw fileSystemError(path, error);
  }
  const loadReader = READERS[extname(path).toLowerCase()];
  if (loadReader === undefined) throw unsupportedError(path);
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  if (size === 0) throw new IngestError(path, 'empty', 'the file is empty');

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path, { signal });
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    throw fileSystemError(path, error);
  }
  // The file may have grown since stat.
  if (bytes.byteLength > maxBytes) throw tooLarge(path, bytes.byteLength, maxBytes);
  if (signal?.aborted) throw cancelled();

  const reader = await loadReader();
  let document: RawDocument;
  try {
    document = await reader(path, bytes, signal);
  } catch (error) {
    if (isIngestError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new IngestError(path, 'malformed', `the file could not be read (${detail})`, { cause: error });
  }
  if (document.text.trim() === '') throw new IngestError(path, 'no-text', 'no text could be extracted from the file');
  return RawDocument.parse(document);
}

/**
 * Text the analyst pasted, as a document of format 'paste'. Line endings are normalised as for files;
 * blank input is refused with 'empty', and text over the file limit (counted in UTF-8 bytes, as a file
 * would be) with 'too-large', before any work is done on it.
 */
export function readPastedText(text: string, name = 'pasted text', maxBytes = DEFAULT_MAX_BYTES): RawDocument {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: short text needs no count.
  const bytes = text.length * 3 > maxBytes ? Buffer.byteLength(text, 'utf8') : 0;
  if (bytes > maxBytes) throw new IngestError(name, 'too-large', `the pasted text is ${megabytes(bytes)} MB, more than the ${megabytes(maxBytes)} MB limit`);
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new IngestError(name, 'empty', 'the pasted text is empty');
  return { file: name, format: 'paste', encoding: 'utf-8', text: normalised, declared: {} };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

function tooLarge(path: string, size: number, maxBytes: number): IngestError {
  return new IngestError(path, 'too-large', `the file is ${megabytes(size)} MB, more than the ${megabytes(maxBytes)} MB limit`);
}

/** Turns a Node file-system error into the IngestError that says what went wrong, in words. */
export function fileSystemError(path: string, error: unknown): IngestError {
  if (isIngestError(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new IngestError(path, 'not-found', 'no such file or folder', { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new IngestError(path, 'unreadable', 'permission denied; the file cannot be read', { cause: error });
  if (code === 'EISDIR') return new IngestError(path, 'unsupported', 'this is a folder, not a file; import it as a folder', { cause: error });
  if (code === 'ABORT_ERR') return new IngestError(path, 'cancelled', 'reading was cancelled', { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError(path, 'unreadable', `the file cannot be read (${detail})`, { cause: error });
}
