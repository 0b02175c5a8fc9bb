import type { RawDocument } from '../../model/raw-document.ts';
import { UNKNOWN, type Detected } from './detected.ts';

/**
 * The article's author: declared (explicit); else a byline line «بقلم: …» (explicit, the page says so);
 * else the name an end-of-article biography opens with, or the reporter a wire story's closing credits
 * name («تغطية صحفية فلان»), as inferences.
 */
export function detectAuthor(raw: RawDocument, bylineAuthor: string | null, bioAuthor: string | null, creditAuthor: string | null = null): Detected<string> {
  const declared = raw.declared.author?.trim();
  if (declared) return { value: declared, basis: 'explicit' };
  if (bylineAuthor !== null) return { value: bylineAuthor, basis: 'explicit' };
  if (bioAuthor !== null) return { value: bioAuthor, basis: 'inferred' };
  if (creditAuthor !== null) return { value: creditAuthor, basis: 'inferred' };
  return UNKNOWN;
}
