import { addEntry, gazetteerAt, pickEntry } from './gazetteer-match.ts';
import { FACILITY_CUES, PLACE_CUES } from '../words/lexicon.ts';
import { placeRunEnd } from './runs.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, quotedSpanEnd } from '../words/sentence-tokens.ts';
import { isPlainAdjective, readsAsKeepingArticle } from '../words/word-tests.ts';

/**
 * Places after a place cue («مدينة حلب», «بلدة "كفرنبل"»): a place the gazetteer knows, or the run of words
 * after the cue. After a facility cue («مطار», «معبر») the cue is part of the name.
 */
export function findPlaces(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w === undefined || scan.claimed[i] !== false) continue;
    const facility = readsAsKeepingArticle(w.key, FACILITY_CUES);
    const cue = facility ?? readsAsKeepingArticle(w.key, PLACE_CUES);
    if (cue === null) continue;
    const quoteEnd = quotedSpanEnd(words, i + 1, 4);
    if (quoteEnd === null && breaksBefore(words, i + 1)) continue;
    if (facility === null) {
      const hit = gazetteerAt(scan, i + 1);
      const entry = hit === null ? null : pickEntry(hit, false, false, ['place']);
      if (hit !== null && entry !== null && (quoteEnd === null || hit.end === quoteEnd)) {
        addEntry(s, i + 1, hit.end, entry, hit.reading, false);
        claim(scan, i, i + 1);
        continue;
      }
    }
    const end = quoteEnd ?? placeRunEnd(scan, i + 1);
    if (end === null || end <= i + 1) continue;
    // «من ناحية ثانية», «منطقة جديدة»: an ordinal or a qualifier after the cue describes it and names no place.
    if (end === i + 2 && isPlainAdjective(words[i + 1]?.key ?? '')) continue;
    const from = facility !== null ? i : i + 1;
    const surface = s.text(from, end, facility ?? undefined).replace(/[«»“”"„]/gu, '').replace(/\s+/gu, ' ').trim();
    s.add(from, end, { type: 'place', key: s.key(from, end, facility ?? undefined), surface });
    claim(scan, i, end);
  }
}
