/**
 * Gazetteer names in a sentence being scanned: the longest name at a word, which of its entries a context asks
 * for (an outlet or the place or organisation of the same name), and the mention it makes.
 */
import type { Gazetteer, GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { isAttribution } from './attribution.ts';
import { MEDIA_HEADS } from '../words/lexicon.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';
import { joinNameKeys, nameKeyEnds } from '../../text/gazetteer/name-key.ts';
import { isFree } from './scan-context.ts';
import type { Scan } from './scan-context.ts';
import type { Mention } from './mention.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { carriesMarksOf } from '../../text/arabic/index.ts';

export interface GazetteerHit {
  end: number;
  entries: readonly GazetteerEntry[];
  reading: string;
  key: string;
}

/** The longest gazetteer name at word i, the first word read with its proclitics removed; the scan's gazetteer unless another is given. */
export function gazetteerAt(scan: Scan, i: number, maxEnd = scan.words.length, gazetteer: Gazetteer = scan.gazetteer): GazetteerHit | null {
  const { words } = scan;
  const first = words[i];
  if (first === undefined) return null;
  // The article is kept: «المشهد» is not «مشهد», though «للعراق» is «العراق».
  const readings = readingsKeepingArticle(first.key).filter((r) => gazetteer.firstWords.has(r));
  if (readings.length === 0) return null;
  const ends = nameKeyEnds(gazetteer.byKey);
  for (let n = Math.min(gazetteer.maxWords, maxEnd - i); n >= 1; n--) {
    // No key ends with this word: none of n words is in the gazetteer, whatever the first word's reading (most n-grams).
    if (n > 1 && !ends.has(words[i + n - 1]?.key ?? '')) continue;
    if (!isFree(scan, i, i + n)) continue;
    let joined = true;
    for (let k = i + 1; k < i + n; k++) if (breaksBefore(words, k)) joined = false;
    if (!joined) continue;
    const rest = words.slice(i + 1, i + n).map((w) => w.key);
    for (const reading of readings) {
      const key = joinNameKeys([reading, ...rest]);
      const entries = gazetteer.byKey.get(key);
      if (entries !== undefined) return { end: i + n, entries, reading, key };
    }
  }
  return null;
}

/** Outlet names that are also ordinary words or phrases («العربية», «الوطن», «مصر اليوم») need a cue. */
function outletNeedsCue(key: string, entries: readonly GazetteerEntry[]): boolean {
  return !key.includes(' ') || key.split(' ').includes('اليوم') || entries.some((e) => !e.outlet);
}

/** What around words [from, to) cites them as an outlet: a media head before them, an attribution, a tight one. */
export interface OutletCues {
  media: boolean;
  attribution: boolean;
  tight: boolean;
}

export function outletCues(scan: Scan, from: number, to: number, reading: string): OutletCues {
  const { words } = scan;
  const media = from > 0 && readsAsKeepingArticle(words[from - 1]?.key ?? '', MEDIA_HEADS) !== null && !breaksBefore(words, from);
  const start = media ? from - 1 : from;
  return { media, attribution: isAttribution(scan, start, to, reading), tight: isAttribution(scan, start, to, reading, true) };
}

/**
 * Whether the cues ask for the outlet of the name `key`: a media head, or an attribution, a tight one for outlet
 * names that are also ordinary words («الجزيرة» after «وقال مسؤولون في» is the Sudanese state).
 */
export function cuesAskForOutlet(key: string, entries: readonly GazetteerEntry[], cues: OutletCues): boolean {
  return cues.media || (outletNeedsCue(key, entries) ? cues.tight : cues.attribution);
}

/**
 * The entry a hit stands for here: the outlet after a media head or where a report is attributed to it (tightly,
 * for outlet names that are also ordinary words), otherwise the other entry of the name, of `types` if given.
 */
export function pickEntry(hit: GazetteerHit, media: boolean, attribution: boolean, types?: readonly string[], tight = attribution): GazetteerEntry | null {
  const usable = hit.entries.filter((e) => types === undefined || types.includes(e.type));
  const outlet = usable.find((e) => e.outlet);
  const other = usable.find((e) => !e.outlet);
  const needsCue = outletNeedsCue(hit.key, hit.entries);
  if (outlet !== undefined && (cuesAskForOutlet(hit.key, hit.entries, { media, attribution, tight }) || (other === undefined && !needsCue))) return outlet;
  if (media) return outlet ?? null;
  return other ?? null;
}

/**
 * The entry of the same key and type as `entry` whose name or alias the written words carry the marks of
 * («عمّان» written with its shadda is Amman, not «عُمان»), or `entry` when the words carry none or several.
 */
function byWrittenMarks(s: SentenceScan, from: number, to: number, entry: GazetteerEntry, reading: string): GazetteerEntry {
  const written = s.text(from, to, reading);
  if (!/\p{Mn}/u.test(written)) return entry;
  const same = s.scan.gazetteer.byKey.get(s.key(from, to, reading))?.filter((e) => e.type === entry.type && e.outlet === entry.outlet) ?? [];
  const marked = same.filter((e) => [e.name, ...e.aliases].some((form) => carriesMarksOf(written, form)));
  return marked.length === 1 && marked[0] !== undefined ? marked[0] : entry;
}

/** A mention of a gazetteer entry over words [from, to), keyed by the entry's name (its homonym's when the marks say so). */
export function addEntry(s: SentenceScan, from: number, to: number, given: GazetteerEntry, reading: string, attribution: boolean, surface?: string): Mention {
  const entry = byWrittenMarks(s, from, to, given, reading);
  return s.add(from, to, {
    type: entry.type, key: joinNameKeys([entry.name]), surface: surface ?? s.text(from, to, reading), entry,
    outlet: entry.outlet, attribution: entry.outlet && attribution,
  });
}
