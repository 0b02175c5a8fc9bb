import { createRequire } from 'node:module';
import type { RawDocument } from '../raw-document.ts';
import { UNKNOWN, type Detected } from './detected.ts';

const require = createRequire(import.meta.url);
const lists = require('stopwords-iso') as Record<string, string[]>;
const LATIN_LANGUAGES = ['en', 'fr', 'es', 'de', 'it', 'tr'];
const LATIN_STOPWORDS = new Map(LATIN_LANGUAGES.map((l) => [l, new Set(lists[l] ?? [])]));

/** The language of a Latin-script text: the one whose stopwords it uses most (English when none stands out). */
function latinLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestHits = 0;
  for (const [lang, stop] of LATIN_STOPWORDS) {
    const hits = words.filter((w) => stop.has(w)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * The article's language: the declared one (its primary subtag, explicit); else inferred from the script
 * its letters are mostly written in — Arabic ('ar', or 'fa'/'ur' when their own letters show), Latin, Hebrew, Cyrillic.
 */
export function detectLanguage(raw: RawDocument, body: string): Detected<string> {
  const declared = raw.declared.language?.trim().toLowerCase().split(/[-_]/u)[0];
  if (declared && /^[a-z]{2,3}$/u.test(declared)) return { value: declared, basis: 'explicit' };
  const text = body.trim().length > 0 ? body : raw.text;
  let arabic = 0;
  let latin = 0;
  let hebrew = 0;
  let cyrillic = 0;
  let persian = 0;
  let urdu = 0;
  for (const ch of text) {
    if (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) {
      arabic++;
      if (/[پچژگکی]/u.test(ch)) persian++;
      if (/[ٹڈڑںھےۓ]/u.test(ch)) urdu++;
    } else if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{Script=Hebrew}/u.test(ch)) hebrew++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
  }
  const top = Math.max(arabic, latin, hebrew, cyrillic);
  if (top === 0) return UNKNOWN;
  if (top === arabic) {
    if (urdu > arabic * 0.02) return { value: 'ur', basis: 'inferred' };
    if (persian > arabic * 0.02) return { value: 'fa', basis: 'inferred' };
    return { value: 'ar', basis: 'inferred' };
  }
  if (top === latin) return { value: latinLanguage(text), basis: 'inferred' };
  return { value: top === hebrew ? 'he' : 'ru', basis: 'inferred' };
}
