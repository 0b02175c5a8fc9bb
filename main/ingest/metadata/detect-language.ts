import { createRequire } from 'node:module';
import type { RawDocument } from '../../model/raw-document.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { scriptCounts, type ScriptCounts } from './script-counts.ts';

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

// The script each declared language is written in, for the languages whose script the detector counts.
const DECLARED_SCRIPT: Readonly<Record<string, keyof ScriptCounts>> = {
  ...Object.fromEntries(['ar', 'fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug'].map((l) => [l, 'arabic'])),
  ...Object.fromEntries(['he', 'iw', 'yi'].map((l) => [l, 'hebrew'])),
  ...Object.fromEntries(['ru', 'uk', 'bg', 'be', 'mk', 'sr', 'kk', 'ky', 'tg'].map((l) => [l, 'cyrillic'])),
  ...Object.fromEntries([...LATIN_LANGUAGES, 'pt', 'nl', 'sv', 'da', 'no', 'nb', 'fi', 'pl', 'id', 'ms', 'ro', 'cs', 'hu'].map((l) => [l, 'latin'])),
};
// A text this much in one other script is not in the declared language: Word and LibreOffice stamp their own
// default (en-US) on documents typed in Arabic. Short texts keep what they declare.
const OVERRIDE_SHARE = 0.9;
const OVERRIDE_MIN_LETTERS = 200;

/**
 * The article's language: the declared one (its primary subtag, explicit), unless its letters are overwhelmingly
 * in another script than the declared language's; else inferred from the script its letters are mostly written
 * in — Arabic ('ar', or 'fa'/'ur' when their own letters show), Latin, Hebrew, Cyrillic.
 */
export function detectLanguage(raw: RawDocument, body: string): Detected<string> {
  const declared = raw.declared.language?.trim().toLowerCase().split(/[-_]/u)[0];
  const text = body.trim().length > 0 ? body : raw.text;
  const counts = scriptCounts(text);
  if (declared && /^[a-z]{2,3}$/u.test(declared) && !contradicted(declared, counts)) return { value: declared, basis: 'explicit' };
  const { arabic, persian, urdu, latin, hebrew, cyrillic } = counts;
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

/** Whether the text's letters are overwhelmingly in a script other than the declared language's. */
function contradicted(declared: string, counts: ScriptCounts): boolean {
  const script = DECLARED_SCRIPT[declared];
  if (script === undefined) return false;
  const { arabic, latin, hebrew, cyrillic } = counts;
  const total = arabic + latin + hebrew + cyrillic;
  if (total < OVERRIDE_MIN_LETTERS) return false;
  return Math.max(arabic, latin, hebrew, cyrillic) >= OVERRIDE_SHARE * total && counts[script] < (1 - OVERRIDE_SHARE) * total;
}
