import { createRequire } from 'node:module';
import type crypto from 'node:crypto';

let loaded: typeof crypto | undefined;

/**
 * The sha256 of texts (their UTF-8 bytes) and bytes as read from files, one after another as one stream, in hex. node:crypto is loaded at the first hash, not with the modules that
 * hash: the workspace, the API's handlers and the import share them with `mawjaz list` and `search`, which hash
 * nothing, and loading crypto cost each of their starts ≈ 3 ms of CPU.
 */
export function sha256Hex(...parts: readonly (string | Uint8Array)[]): string {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof crypto;
  const hash = loaded.createHash('sha256');
  for (const part of parts) {
    if (typeof part === 'string') hash.update(part, 'utf8');
    else hash.update(part);
  }
  return hash.digest('hex');
}
