import type { RawDocument } from '../raw-document.ts';
import { UNKNOWN, type Detected } from './detected.ts';

/**
 * The article's author: declared (explicit); else a byline line «بقلم: …» (explicit, the page says so);
 * else the name an end-of-article biography opens with (inferred).
 */
export function detectAuthor(raw: RawDocument, bylineAuthor: string | null, bioAuthor: string | null): Detected<string> {
  const declared = raw.declared.author?.trim();
  if (declared) return { value: declared, basis: 'explicit' };
  if (bylineAuthor !== null) return { value: bylineAuthor, basis: 'explicit' };
  if (bioAuthor !== null) return { value: bioAuthor, basis: 'inferred' };
  return UNKNOWN;
}
