import { matchKey, normalise } from '../../text/arabic/index.ts';
import placesData from '../../text/gazetteer/places.json' with { type: 'json' };
import { outletByName, type KnownOutlet } from './known-outlets.ts';

// «المصرية», «الأردنية», «اللبناني»: the state a nationality adjective names, from the places gazetteer's nisba.
const STATE_BY_NISBA = new Map<string, string>();
for (const place of placesData as { name: string; kind: string; nisba?: string[] }[]) {
  if (place.kind !== 'state') continue;
  for (const base of place.nisba ?? []) {
    for (const form of [base, base + 'ة']) for (const article of ['', 'ال']) STATE_BY_NISBA.set(matchKey(article + form), place.name);
  }
}

// «الكويت» → «الكويتية»: the feminine adjective a paper's name takes for its state («النهار الكويتية»), from the nisba.
const FEMININE_NISBA_BY_STATE = new Map<string, { state: string; nisba: string }>();
for (const place of placesData as { name: string; kind: string; aliases?: string[]; nisba?: string[] }[]) {
  const base = place.nisba?.[0];
  if (place.kind !== 'state' || base === undefined) continue;
  for (const name of [place.name, ...(place.aliases ?? [])]) FEMININE_NISBA_BY_STATE.set(matchKey(normalise(name)), { state: place.name, nisba: `ال${base}ة` });
}

/**
 * The state a word names and its feminine nationality adjective («الكويت» → الكويت, «الكويتية»; «قطر» → قطر,
 * «القطرية»), or null.
 */
export function feminineNisbaOfState(word: string): { state: string; nisba: string } | null {
  return FEMININE_NISBA_BY_STATE.get(matchKey(normalise(word))) ?? null;
}

/** The state a nationality adjective names («المصرية» → مصر), or null. */
export function stateOfNisba(word: string): string | null {
  // Every nisba ends in its yeh (or teh marbuta after it): most words are ruled out before their key is made.
  if (!/[يىةه]$/u.test(word)) return null;
  return STATE_BY_NISBA.get(matchKey(normalise(word))) ?? null;
}

/**
 * The outlet a name qualified by its country stands for: «الدستور المصرية», «النهار المصرية». Many papers share a
 * name across countries, so the country decides: the gazetteer's entry for the whole name, else the entry for the
 * bare name when it publishes from that country, else the name as written (a paper of that country the gazetteer
 * does not know) — never the namesake of another country. Null when the text is not «<known outlet> <nisba>».
 */
export function countryQualifiedOutlet(text: string): { name: string; known: KnownOutlet | null } | null {
  const words = text.trim().replace(/^["'«“]+|["'»”.,،:]+$/gu, '').split(/\s+/u);
  if (words.length < 2 || words.length > 6) return null;
  const state = stateOfNisba(words.at(-1) ?? '');
  if (state === null) return null;
  const whole = outletByName(words.join(' '));
  if (whole) return { name: whole.name, known: whole };
  const bare = outletByName(words.slice(0, -1).join(' '));
  if (bare === null) return null;
  if (bare.country === state) return { name: bare.name, known: bare };
  const written = words.join(' ').replace(/^(?:صحيفة|جريدة|موقع|بوابة)\s+/u, '');
  return { name: written, known: null };
}
