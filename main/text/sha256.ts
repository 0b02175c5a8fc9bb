import { createRequire } from 'node:module';
import type crypto from 'node:crypto';

let loaded: typeof crypto | undefined;

/**
 * The sha256 of a text (its UTF-8 bytes) or of bytes as read from a file, in hex. node:crypto is loaded at the first hash, not with the modules that
 * hash: the workspace, the API's handlers and the import share them with `mawjaz list` and `search`, which hash
 * nothing, and loading crypto cost each of their starts ≈ 3 ms of CPU.
 */
export function sha256Hex(input: string | Uint8Array): string {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof crypto;
  const hash = loaded.createHash('sha256');
  return (typeof input === 'string' ? hash.update(input, 'utf8') : hash.update(input)).digest('hex');
}
