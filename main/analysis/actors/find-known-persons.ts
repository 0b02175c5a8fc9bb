import { procliticReadings } from '../../text/arabic/index.ts';
import { isFree } from './scan-context.ts';
import type { KnownPersons } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { readsAs } from '../words/word-tests.ts';

/** Second pass: full names and surnames already known from cues elsewhere in the selection. */
export function findKnownPersons(s: SentenceScan, known: KnownPersons): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || scan.claimed[i] !== false) continue;
    let matched = false;
    for (let n = Math.min(4, words.length - i); n >= 2 && !matched; n--) {
      if (!isFree(scan, i, i + n)) continue;
      let joined = true;
      for (let k = i + 1; k < i + n; k++) if (breaksBefore(words, k)) joined = false;
      if (!joined) continue;
      for (const reading of procliticReadings(w.key)) {
        const key = s.key(i, i + n, reading);
        if (!known.full.has(key)) continue;
        s.add(i, i + n, { type: 'person', key, surface: s.text(i, i + n, reading) });
        i += n - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const surname = readsAs(w.key, known.surnames);
    if (surname !== null) s.add(i, i + 1, { type: 'person', key: surname, surface: s.text(i, i + 1, surname), single: true });
  }
}
