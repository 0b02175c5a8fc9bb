/**
 * The words of an article that can tell its topic (issue 14, off-topic articles): its content stems without the
 * names of places, bodies and peoples, titles, time words, the points of the compass and a few words any story uses. A
 * football result and a report of a cholera outbreak in one country share the country's name, «العام» and «المدير»;
 * that is no shared topic, so none of them counts.
 */
import { eventSenses, isStopword, lightStem, normalise, particleReadings, tokenise } from '../../text/arabic/index.ts';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from '../../text/dates/lexicon.ts';
import { loadGazetteer } from '../../text/gazetteer/gazetteer.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import { DIRECTIONS, TIME_WORDS, TITLE_WORDS } from '../words/lexicon.ts';

const GAZETTEER = loadGazetteer();
const DATE_WORDS = new Set(
  [...Object.keys(GREGORIAN_MONTHS), ...Object.keys(HIJRI_MONTHS), ...Object.keys(WEEKDAYS), 'عام', 'العام', 'سنة', 'السنة', 'شهر', 'يوم', 'أسبوع']
    .flatMap((w) => normalise(w).split(/\s+/)),
);

function topicless(key: string): boolean {
  return particleReadings(key, true).some(
    (r) => GAZETTEER.byKey.has(joinNameKeys([r])) || GAZETTEER.nisba.has(r) || TITLE_WORDS.has(r) || TIME_WORDS.has(r) || DATE_WORDS.has(r) || DIRECTIONS.has(r),
  );
}

// Words any story may use and none is told by, beside the points of the compass (DIRECTIONS: «البر الغربي»، «دبلوماسي
// غربي»): a state or states and what is international («الدولة الحديثة»، «دول خليجية»، «الدولي»), new and old
// («مقابر جديدة»، «دفعة جديدة»). Read as stems, as the terms are.
const GENERIC = new Set(['دولة', 'دول', 'الدولي', 'جديد', 'جديدة', 'قديم', 'قديمة'].map((w) => lightStem(normalise(w))));

// Each word's term (or none), memoised: a selection's leads repeat a few thousand word forms. Bounded.
const TERMS = new Map<string, string | null>();
const MEMO_LIMIT = 100_000;

function termOf(key: string): string | null {
  const known = TERMS.get(key);
  if (known !== undefined) return known;
  if (TERMS.size >= MEMO_LIMIT) TERMS.clear();
  const stem = /\d/u.test(key) || key.length < 2 || isStopword(key) || particleReadings(key).some(isStopword) || topicless(key) ? '' : lightStem(key);
  const term = stem.length >= 2 && !GENERIC.has(stem) ? stem : null;
  TERMS.set(key, term);
  return term;
}

/** The topic terms of a text: light stems of its content words that are no name, title or time word, and its event senses (prefixed «§»). */
export function topicTerms(text: string): string[] {
  const tokens = tokenise(text);
  const out: string[] = [];
  for (const t of tokens) {
    const term = termOf(t.key);
    if (term !== null) out.push(term);
  }
  for (const sense of eventSenses(tokens).keys()) out.push(`§${sense}`);
  return out;
}
