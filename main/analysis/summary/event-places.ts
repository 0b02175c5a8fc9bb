/**
 * Where a sentence puts its event (issue 14): the places it names, as the question of one event placed in two towns
 * needs them. Two kinds: a place the gazetteer knows («البصرة», «حلب»), and a place introduced by its kind of
 * administrative unit or facility, which the gazetteer cannot list (villages, districts: «قرب ناحية التنومة», «في قضاء
 * أبو الخصيب», «مخيم الهول»). A state («العراق») is left out: two events of one country are not placed together by it.
 */
import { normalise, particleReadings, type Token } from '../../text/arabic/index.ts';
import { placeMentions } from '../../text/gazetteer/place-mentions.ts';
import { EVENT_PLACE_CUES, FACILITY_CUES, NATURAL_CUES, PLACE_CUES, TOPONYM_HEADS, DIRECTIONS } from '../words/lexicon.ts';

/** A place a sentence names: its matching key and its words as written. */
export interface NamedPlace {
  key: string;
  text: string;
  /** Introduced by its kind («ناحية», «قضاء»): the most precise place a sentence gives. */
  cued: boolean;
}

/** What kind of cue a token is: «ناحية», «وقضاء», «بمدينة», «بلدية» a place's; «غابة» nature's; else none. */
function cueOf(t: Token): 'place' | 'natural' | null {
  // Indefinite only: a cue names a place in construct («محافظة البصرة»); «المحافظة» alone refers back to one.
  const readings = particleReadings(t.key);
  if (readings.some((r) => PLACE_CUES.has(r) || FACILITY_CUES.has(r) || EVENT_PLACE_CUES.has(r))) return 'place';
  return readings.some((r) => NATURAL_CUES.has(r)) ? 'natural' : null;
}

/** The name after a cue: one word, two after a toponym head («أبو الخصيب», «دير الزور»); none when it ends the clause. */
function nameAfter(text: string, tokens: readonly Token[], at: number): [number, number] | null {
  const gapAfter = (i: number): string => text.slice(tokens[i]?.end ?? 0, tokens[i + 1]?.start ?? text.length);
  const first = tokens[at];
  if (!first || /[،,؛;.:]/u.test(gapAfter(at - 1)) || /\d/u.test(first.key) || DIRECTIONS.has(first.key)) return null;
  const two = TOPONYM_HEADS.has(first.key) && tokens[at + 1] !== undefined && !/[،,؛;.:]/u.test(gapAfter(at)) ? 2 : 1;
  return [at, at + two];
}

/** The places a sentence names (tokens of `text`), in order, each once by key. */
export function namedPlaces(text: string, tokens: readonly Token[]): NamedPlace[] {
  const out = new Map<string, NamedPlace>();
  tokens.forEach((t, i) => {
    const cue = cueOf(t);
    if (cue === null) return;
    const span = nameAfter(text, tokens, i + 1);
    if (!span || (cue === 'natural' && tokens[span[0]]?.key.startsWith('ال') === true)) return;
    const words = tokens.slice(span[0], span[1]);
    const key = normalise(words.map((w) => w.key).join(' '));
    // A cue before a gazetteer name names the same place («مدينة البصرة»): the gazetteer pass below keeps it.
    if (placeMentions(tokens, span[0], span[1]).length > 0) return;
    if (!out.has(key)) out.set(key, { key, text: text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0), cued: true });
  });
  for (const p of placeMentions(tokens)) {
    if (p.nisba || p.state === p.name) continue;
    const key = normalise(p.name);
    if (!out.has(key)) out.set(key, { key, text: p.name, cued: false });
  }
  return [...out.values()];
}

/**
 * Whether two sentences put their events in different places: each names a place, and they share none. Two
 * reports of one event that disagree on the town within a place both name («قرب ناحية التنومة شرقي البصرة» /
 * «قرب قضاء أبو الخصيب جنوبي البصرة») do not clash: they are one event, and their disagreement a question.
 */
export function placesClash(a: readonly NamedPlace[], b: readonly NamedPlace[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => x.key === y.key));
}

/**
 * The places two reports of one event disagree on: the most precise place each gives (introduced by its kind), when
 * they differ and neither names the other's. Null when they agree or either gives none.
 */
export function placeDisagreement(a: readonly NamedPlace[], b: readonly NamedPlace[]): [NamedPlace, NamedPlace] | null {
  const x = a.find((p) => p.cued);
  const y = b.find((p) => p.cued);
  if (!x || !y || x.key === y.key) return null;
  if (a.some((p) => p.key === y.key) || b.some((p) => p.key === x.key)) return null;
  return [x, y];
}

/**
 * Each sentence's places with the wider places the selection puts them in: a place named before another in one
 * sentence lies within it («في غابة أكفادو بولاية بجاية», «بلدية أدكار بولاية بجاية»), so a sentence that names only
 * «غابة أكفادو» is placed in «بجاية» too, and does not clash with one placed in «بلدية أدكار» of that province.
 */
export function withWiderPlaces(sentences: readonly (readonly NamedPlace[])[]): NamedPlace[][] {
  const wider = new Map<string, Map<string, NamedPlace>>();
  for (const places of sentences) {
    places.forEach((p, k) => {
      if (!p.cued) return;
      const within = wider.get(p.key) ?? new Map<string, NamedPlace>();
      for (const q of places.slice(k + 1)) if (q.key !== p.key) within.set(q.key, { ...q, cued: false });
      wider.set(p.key, within);
    });
  }
  return sentences.map((places) => {
    const out = new Map(places.map((p) => [p.key, p]));
    for (const p of places) for (const [key, q] of wider.get(p.key) ?? []) if (!out.has(key)) out.set(key, q);
    return [...out.values()];
  });
}
