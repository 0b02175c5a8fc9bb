import { procliticReadings } from '../../text/arabic/index.ts';
import { nameKeyEnds } from '../../text/gazetteer/name-key.ts';
import { NAMED_AFTER_HEADS } from '../words/lexicon.ts';
import { isFree } from './scan-context.ts';
import type { KnownPersons } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { readsAs, readsAsKeepingArticle } from '../words/word-tests.ts';

/**
 * Adds a person known from elsewhere at [i, i + n), or, in construct right after an indefinite head of a body named
 * after a person («مؤسسة ترامب», «شركة فورد», «جامعة جورج واشنطن»), the body, its head part of its name.
 */
function addKnown(s: SentenceScan, i: number, n: number, key: string, surface: string): void {
  const head = i > 0 && !breaksBefore(s.words, i) && s.scan.claimed[i - 1] === false ? readsAsKeepingArticle(s.words[i - 1]?.key ?? '', NAMED_AFTER_HEADS) : null;
  if (head === null) { s.add(i, i + n, { type: 'person', key, surface, single: n === 1 }); return; }
  s.add(i - 1, i + n, { type: 'organization', key: s.key(i - 1, i + n, head), surface: s.text(i - 1, i + n, head) });
}

/** Second pass: full names and surnames already known from cues elsewhere in the selection. */
export function findKnownPersons(s: SentenceScan, known: KnownPersons): void {
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
    if (surname !== null) addKnown(s, i, 1, surname, s.text(i, i + 1, surname));
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
