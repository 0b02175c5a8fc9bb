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
  const { scan, words } = s;
  const ends = nameKeyEnds(known.full);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || scan.claimed[i] !== false) continue;
    let matched = false;
    if (s.on('known-full')) {
      for (let n = Math.min(4, words.length - i); n >= 2 && !matched; n--) {
        // No known name ends with the run's last word: none of its readings is one (most runs).
        if (!ends.has(words[i + n - 1]?.key ?? '')) continue;
        if (!isFree(scan, i, i + n)) continue;
        let joined = true;
        for (let k = i + 1; k < i + n; k++) if (breaksBefore(words, k)) joined = false;
        if (!joined) continue;
        for (const reading of procliticReadings(w.key)) {
          const key = s.key(i, i + n, reading);
          if (!known.full.has(key)) continue;
          addKnown(s, i, n, key, s.text(i, i + n, reading));
          i += n - 1;
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    const surname = s.on('known-surname') ? readsAs(w.key, known.surnames) : null;
    if (surname !== null) addKnown(s, i, 1, surname, s.text(i, i + 1, surname));
  }
}
