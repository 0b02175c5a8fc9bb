import { decodeText } from './decode-text.ts';
import type { RawDocument } from '../../model/raw-document.ts';

/** A plain-text file: its decoded text, lines as they are (only line endings normalised). */
export function readTextFile(file: string, bytes: Uint8Array): RawDocument {
  const { text, encoding } = decodeText(bytes, file);
  return { file, format: 'txt', encoding, text, declared: {} };
}
