import { z } from 'zod';
import { normalise, particleReadings, type Token } from '../arabic/index.ts';
import { loadGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { joinNameKeys } from './name-key.ts';
import placesData from './places.json' with { type: 'json' };

/** A place named in a sentence: its gazetteer name, the state it lies in, and whether it was a nisba («سوري»). */
export interface PlaceMention {
  /** Token range [from, to). */
  from: number;
  to: number;
  name: string;
  /** The state of a city («القائم» → «العراق»); a state is its own. */
  state: string;
  /** «جندي سوري» says where someone is from, not where something happens. */
  nisba: boolean;
}

const GAZETTEER = loadGazetteer();
const COUNTRY = new Map(
  z
    .array(z.object({ name: z.string(), country: z.string().optional() }).passthrough())
    .parse(placesData)
    .map((p) => [p.name, p.country ?? p.name]),
);
// Words that make the next place a destination: «لجأ … إلى العراق»، «فروا باتجاه تركيا».
const TOWARDS = new Set(['إلى', 'الى', 'نحو', 'باتجاه', 'صوب', 'لداخل', 'داخل'].map(normalise));
const MAX_WORDS = Math.min(GAZETTEER.maxWords, 4);

// The first word of every gazetteer key. A reading that is none of them starts no gazetteer name, unless
// joinNameKeys folds it with the next word («عبد الله» → «عبدالله», «ابا» → «ابو», «ابن» → «بن»): claims
// and figures look up every token of every sentence, and most are not the start of any name.
const FIRST_WORDS = new Set([...GAZETTEER.byKey.keys()].map((k) => k.split(' ')[0] ?? k));
const FOLDED_HEADS = new Set(['عبد', 'ابو', 'ابا', 'ابي', 'ابن']);

function mayStartName(head: string): boolean {
  return FIRST_WORDS.has(head) || FOLDED_HEADS.has(head);
}

/** The places (gazetteer entries of type place, and nationality adjectives) named in tokens[from, to). */
export function placeMentions(tokens: readonly Token[], from = 0, to = tokens.length): PlaceMention[] {
  return gazetteerMentions(tokens, from, to, false);
}

/**
 * The places, nationality adjectives and organisations (not outlets) named in tokens[from, to): the
 * entities a claim is about. An organisation's `state` is its own name.
 */
export function entityMentions(tokens: readonly Token[], from = 0, to = tokens.length): PlaceMention[] {
  return gazetteerMentions(tokens, from, to, true);
}

function gazetteerMentions(tokens: readonly Token[], from: number, to: number, organisations: boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const first = tokens[i];
    if (!first) continue;
    let found: PlaceMention | null = null;
    for (const head of particleReadings(first.key)) {
      // Longest name first: «ريف دمشق» before «دمشق».
      for (let n = mayStartName(head) ? Math.min(MAX_WORDS, tokens.length - i) : 0; n >= 1 && !found; n--) {
        const key = joinNameKeys([head, ...tokens.slice(i + 1, i + n).map((t) => t.key)]);
        const place = GAZETTEER.byKey.get(key)?.find((e) => e.type === 'place' || (organisations && e.type === 'organization' && !e.outlet));
        if (place) found = { from: i, to: i + n, name: place.name, state: COUNTRY.get(place.name) ?? place.name, nisba: false };
      }
      const state: GazetteerEntry | undefined = found ? undefined : GAZETTEER.nisba.get(head);
      if (state) found = { from: i, to: i + 1, name: state.name, state: COUNTRY.get(state.name) ?? state.name, nisba: true };
      if (found) break;
    }
    if (found) {
      out.push(found);
      i = found.to - 1;
    }
  }
  return out;
}

/** The place a movement goes to: a place right after «إلى»، «نحو»، «باتجاه» … within tokens[from, to). */
export function destinations(tokens: readonly Token[], from = 0, to = tokens.length): PlaceMention[] {
  // Not «لـ» on the name: «معادية لسوريا» is «against», not «to».
  return placeMentions(tokens, from, to).filter((p) => {
    const prev = tokens[p.from - 1];
    return !p.nisba && prev !== undefined && TOWARDS.has(prev.key);
  });
}
