import { createRequire } from 'node:module';
import type { RawDocument } from '../../model/raw-document.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { scriptCounts } from './script-counts.ts';

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
  const { arabic, persian, urdu, latin, hebrew, cyrillic } = scriptCounts(text);
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
