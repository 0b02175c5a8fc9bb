import { matchKey } from '../../text/arabic/index.ts';
import placesData from '../../text/gazetteer/places.json' with { type: 'json' };

// Every place the gazetteer knows, by key, with the state it lies in (a state lies in itself).
const PLACE_KEYS = new Map<string, string | null>();
for (const place of placesData as { name: string; aliases?: string[]; kind: string; country?: string }[]) {
  const state = place.kind === 'state' ? place.name : (place.country ?? null);
  for (const form of [place.name, ...(place.aliases ?? [])]) if (!PLACE_KEYS.has(matchKey(form))) PLACE_KEYS.set(matchKey(form), state);
}

/** The state a known place lies in («نواكشوط» → موريتانيا, «مصر» → مصر), or null when unknown. */
export function placeState(text: string): string | null {
  return PLACE_KEYS.get(matchKey(text.trim())) ?? null;
}

/** Whether the text is the name of a place the gazetteer knows (states, capitals, cities, regions). */
export function isKnownPlace(text: string): boolean {
  const key = matchKey(text.trim());
  return key.length > 0 && PLACE_KEYS.has(key);
}
