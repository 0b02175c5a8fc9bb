import { dropsPreposition, procliticReadings } from '../../text/arabic/index.ts';
import { GIVEN_NAMES, KUNYA_WORDS } from '../../text/gazetteer/given-names.ts';
import { NAME_JOINERS } from '../../text/gazetteer/name-joiners.ts';
import { nameKeyEnds } from '../../text/gazetteer/name-key.ts';
import { NAMED_AFTER_HEADS } from '../words/lexicon.ts';
import type { SentenceTags } from './mention-passes.ts';
import { isFree } from './scan-context.ts';
import type { KnownPersons } from './scan-context.ts';
import { overlaps } from './sentence-entities.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { describesDefiniteBefore, isNameWord, readsAs, readsAsKeepingArticle } from '../words/word-tests.ts';

/** What the tagger read in the sentence and the article before it, which a lone carried surname is judged by. */
export type CarriedEvidence = Pick<SentenceTags, 'entities' | 'margins' | 'surnames'>;

/**
 * Adds a person known from elsewhere at [i, i + n), or, in construct right after an indefinite head of a body named
 * after a person («مؤسسة ترامب», «شركة فورد», «جامعة جورج واشنطن»), the body, its head part of its name.
 */
function addKnown(s: SentenceScan, i: number, n: number, key: string, surface: string): void {
  const head = i > 0 && !breaksBefore(s.words, i) && s.scan.claimed[i - 1] === false ? readsAsKeepingArticle(s.words[i - 1]?.key ?? '', NAMED_AFTER_HEADS) : null;
  if (head === null) { s.add(i, i + n, { type: 'person', key, surface, single: n === 1 }); return; }
  s.add(i - 1, i + n, { type: 'organization', key: s.key(i - 1, i + n, head), surface: s.text(i - 1, i + n, head) });
}

/** Word i's neighbour at k, if joined to it and left free by the passes before. */
function freeNeighbour(s: SentenceScan, i: number, k: number): string | null {
  if (k < 0 || k >= s.words.length || breaksBefore(s.words, Math.max(i, k)) || s.scan.claimed[k] !== false) return null;
  return s.words[k]?.key ?? null;
}

/**
 * Whether word i stands inside a longer name the passes did not read («رامي عباس», «موسى أبو مرزوق», «الحسين ولد
 * امدو»): a given name right before it, a name's joiner or a kunya right after it, or a free neighbour the tagger
 * reads as a person's or leans to (its margin below zero) while it may be a name's word. The lone surname there is
 * no whole name: the person's span is the longer one, which the surname alone would cut.
 */
function insideLongerName(s: SentenceScan, i: number, tags: CarriedEvidence | null): boolean {
  const before = freeNeighbour(s, i, i - 1);
  const after = freeNeighbour(s, i, i + 1);
  if (before !== null && readsAs(before, GIVEN_NAMES) !== null) return true;
  if (after !== null && (NAME_JOINERS.has(after) || KUNYA_WORDS.has(after))) return true;
  if (tags === null) return false;
  return ([[i - 1, before], [i + 1, after]] as const).some(([k, free]) => {
    const w = free === null ? undefined : s.words[k];
    if (w === undefined) return false;
    if (tags.entities.some((e) => e.type === 'PERS' && overlaps(e, { from: k, to: k + 1 }))) return true;
    return isNameWord(w.text, w.key) && tags.margins.margin(k) < 0;
  });
}

/**
 * Whether the lone surname `surname`, read at word i, is carried here. Not inside a longer name (insideLongerName)
 * unless the tagger reads the word alone as a person. Where the word also reads as something else — a nationality
 * adjective agreeing with the definite noun before it («رئيس الوزراء السوداني»), or a preposition's noun («لصالح»:
 * in favour of) — only with evidence of its own sentence or article: the tagger reads a person over it, or the
 * article gave a full name ending in it before. Other words need no evidence.
 */
function carriedHere(s: SentenceScan, i: number, surname: string, tags: CarriedEvidence | null): boolean {
  const taggedAlone = tags !== null && tags.entities.some((e) => e.type === 'PERS' && e.from === i && e.to === i + 1);
  if (insideLongerName(s, i, tags)) return taggedAlone;
  const key = s.words[i]?.key ?? '';
  const before = i > 0 && !breaksBefore(s.words, i) ? s.words[i - 1]?.key ?? '' : '';
  const adjective = before !== '' && describesDefiniteBefore(before, key, s.scan.gazetteer);
  if (!adjective && !dropsPreposition(key, surname)) return true;
  if (tags === null) return false;
  return tags.surnames.has(surname) || tags.entities.some((e) => e.type === 'PERS' && overlaps(e, { from: i, to: i + 1 }));
}

/**
 * Second pass: full names and surnames already known from cues elsewhere in the selection, a lone surname only
 * where its own sentence does not read it as something else (carriedHere, by `tags`: the tagger's reading, if any).
 */
export function findKnownPersons(s: SentenceScan, known: KnownPersons, tags: CarriedEvidence | null = null): void {
  const ends = nameKeyEnds(known.full);
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    if (w === undefined || s.scan.claimed[i] !== false) continue;
    const n = s.on('known-full') ? addKnownFull(s, known.full, ends, i, w.key) : 0;
    if (n > 0) {
      i += n - 1;
      continue;
    }
    const surname = s.on('known-surname') ? readsAs(w.key, known.surnames) : null;
    if (surname !== null && carriedHere(s, i, surname, tags)) addKnown(s, i, 1, surname, s.text(i, i + 1, surname));
  }
}

/**
 * Adds the longest known full name of two to four words opening at `i` (whose word's key is `first`, read with each
 * proclitic off), free and unbroken; answers its length in words, 0 when none is there.
 */
function addKnownFull(s: SentenceScan, full: ReadonlySet<string>, ends: ReadonlySet<string>, i: number, first: string): number {
  for (let n = Math.min(4, s.words.length - i); n >= 2; n--) {
    // No known name ends with the run's last word: none of its readings is one (most runs).
    if (!ends.has(s.words[i + n - 1]?.key ?? '') || !isFree(s.scan, i, i + n) || !unbroken(s, i, n)) continue;
    const reading = procliticReadings(first).find((r) => full.has(s.key(i, i + n, r)));
    if (reading === undefined) continue;
    addKnown(s, i, n, s.key(i, i + n, reading), s.text(i, i + n, reading));
    return n;
  }
  return 0;
}

/** Whether no punctuation (nor a quote) stands between two words of [i, i + n). */
function unbroken(s: SentenceScan, i: number, n: number): boolean {
  for (let k = i + 1; k < i + n; k++) if (breaksBefore(s.words, k)) return false;
  return true;
}
