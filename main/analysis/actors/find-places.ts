import { addEntry, gazetteerAt, pickEntry } from './gazetteer-match.ts';
import { FACILITY_CUES, PLACE_CUES } from '../words/lexicon.ts';
import { placeRunEnd } from './runs.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, quotedSpanEnd } from '../words/sentence-tokens.ts';
import { isPlainAdjective, readsAsKeepingArticle } from '../words/word-tests.ts';

/**
 * Places after a place cue («مدينة حلب», «بلدة "كفرنبل"»): a place the gazetteer knows, or the run of words
 * after the cue. After a facility cue («مطار», «معبر») the cue is part of the name («مطار رفيق الحريري», «مخيم
 * الهول»), unless the gazetteer knows the words after it as a place («مطار دمشق», «معبر رفح», «ريف حماة»): the
 * actor is then that place, as after any cue (both annotated sets, ANERcorp and modern-1, tag the city alone) —
 * but a name it knows with the cue («ريف دمشق», a province) is that name.
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
    // «ريف دمشق» is a province of its own: a name the gazetteer knows with its facility cue is that name.
    const whole = facility === null ? null : gazetteerAt(scan, i);
    const wholeEntry = whole === null || whole.end <= i + 1 ? null : pickEntry(whole, false, false, ['place']);
    if (whole !== null && wholeEntry !== null) {
      addEntry(s, i, whole.end, wholeEntry, whole.reading, false);
      continue;
    }
    const hit = gazetteerAt(scan, i + 1);
    const entry = hit === null ? null : pickEntry(hit, false, false, ['place']);
    if (hit !== null && entry !== null && (quoteEnd === null || hit.end === quoteEnd)) {
      addEntry(s, i + 1, hit.end, entry, hit.reading, false);
      claim(scan, i, i + 1);
      continue;
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
