import { isStopword } from '../../text/arabic/index.ts';
import { CLUB_CUES, CLUB_STAFF, COMMON_NOUNS, MATCH_OPPONENT, MATCH_VERBS, MATCH_WORDS, QUALIFIERS, SPORT_WORDS, TIME_WORDS, TITLE_WORDS } from '../words/lexicon.ts';
import { nameReading } from './find-tagged.ts';
import { gazetteerAt } from './gazetteer-match.ts';
import { claim, isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, isDefinite, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { isNisba, readsAs } from '../words/word-tests.ts';

/** Arabic letters only: no digit, no Latin. */
const LETTERS = /^[\u0621-\u064A]+$/u;

/** How far after a match verb its opponent may stand («فاز الهلال على ضيفه النصر»): the clause's next words. */
const OPPONENT_REACH = 4;

/**
 * Whether word i, free, may be a club's bare name: one definite word that is no common noun, time word, qualifier
 * or word of the match itself, and no place the gazetteer knows (a city stands for its team less often than for
 * itself, and the tagger reads those).
 */
function clubWord(s: SentenceScan, i: number): boolean {
  const w = s.words[i];
  // Letters and the article, not the name test of persons: a club's name is a common word's shape («الاتحاد»).
  if (w === undefined || !isFree(s.scan, i, i + 1) || !isDefinite(w.key) || !LETTERS.test(w.text)) return false;
  const reading = nameReading(w.key);
  const bare = reading.slice(2);
  if ([reading, bare].some((r) => isStopword(r) || COMMON_NOUNS.has(r) || TIME_WORDS.has(r) || QUALIFIERS.has(r) || MATCH_WORDS.has(r) || TITLE_WORDS.has(r))) return false;
  // A newspaper's name the list holds may be a club's too («الاتحاد»).
  if (isNisba(w.key, s.scan.gazetteer)) return false;
  const known = gazetteerAt(s.scan, i, i + 1);
  return known === null || !known.entries.some((e) => e.type === 'place');
}

/**
 * Whether word k is a club's own epithet after its name: a definite adjective of a nisba's shape that is no
 * nationality the gazetteer knows nor a qualifier («المولودية الوجدية», «الرجاء البيضاوي», «الترجي الرياضي»: the
 * club's town or its sport). A nationality stays outside the name, as after any body («الهلال السعودي»).
 */
function epithet(s: SentenceScan, k: number): boolean {
  const key = s.words[k]?.key ?? '';
  if (breaksBefore(s.words, k) || !isFree(s.scan, k, k + 1) || !key.startsWith('ال') || !/(?:ي|يه)$/u.test(key) || key.length < 6) return false;
  return !isNisba(key, s.scan.gazetteer) && !QUALIFIERS.has(key) && !TIME_WORDS.has(key) && !MATCH_WORDS.has(key);
}

function addClub(s: SentenceScan, i: number): void {
  let to = i + 1;
  while (to < i + 3 && epithet(s, to)) to++;
  const reading = nameReading(s.words[i]?.key ?? '');
  s.add(i, to, { type: 'organization', key: s.key(i, to, reading), surface: s.text(i, to, reading) });
}

/**
 * A score as match reports write it («2-1», «3 - 0», «٢-١»): one or two digits each side, not a part of a date or a
 * range of years («2024-05-01», «2015-2020»).
 */
const SCORE = /(?<![\d\u0660-\u0669/–-])[\d\u0660-\u0669]{1,2}\s*[-–]\s*[\d\u0660-\u0669]{1,2}(?![\d\u0660-\u0669/–-])/u;

/**
 * Whether the sentence speaks of a match: a word only sport uses, a club's staff, or a score. A match verb alone
 * does not say it: candidates and parties win and lose too («فاز المرشح على منافسه»).
 */
function speaksOfSport(s: SentenceScan): boolean {
  return SCORE.test(s.scan.sentenceText) || s.words.some((w) => readsAs(w.key, SPORT_WORDS) !== null || readsAs(w.key, CLUB_STAFF) !== null);
}

/**
 * Clubs named by one bare definite word («الهلال», «الاتحاد», «الشباب»), which no list of names can hold since
 * each is a common word elsewhere: after a club noun («نادي الشباب», and «فريق الوحدة» in a sentence of sport),
 * as the subject of a match verb and its opponent after «على»/«مع»/«أمام»/«ضد» («فاز الهلال على النصر», «تعادل
 * الاتحاد مع الشباب»), and after a club's coach or player («مدرب الهلال»). The cue stays outside the name. Runs
 * over words no pass took, after the tagger's, so a name the tagger reads otherwise keeps its reading.
 */
export function findClubs(s: SentenceScan): void {
  const { words } = s;
  // Read once, and only in a sentence with a cue: most sentences have none.
  let sport: boolean | null = null;
  const sporting = (): boolean => (sport ??= speaksOfSport(s));
  for (let i = 0; i + 1 < words.length; i++) {
    if (breaksBefore(words, i + 1)) continue;
    const key = words[i]?.key ?? '';
    const readings = readingsKeepingArticle(key);
    const cue = readings.find((r) => CLUB_CUES.has(r)) ?? null;
    // Indefinite, in construct: «المدرب البرتغالي» is the coach's nationality.
    const staff = cue === null ? readings.find((r) => CLUB_STAFF.has(r)) ?? null : null;
    const verb = cue === null && staff === null ? readsAs(key, MATCH_VERBS) : null;
    if (cue === null && staff === null && verb === null) continue;
    if (cue !== null && (cue !== 'فريق' || sporting()) && clubWord(s, i + 1)) {
      claim(s.scan, i, i + 1);
      addClub(s, i + 1);
    } else if (staff !== null && sporting() && clubWord(s, i + 1)) {
      addClub(s, i + 1);
    } else if (verb !== null && sporting()) {
      if (clubWord(s, i + 1)) addClub(s, i + 1);
      opponent(s, i + 1);
    }
  }
}

/** The club after «على», «مع», «أمام» or «ضد» within the verb's clause, perhaps after «ضيفه» («على ضيفه الفتح»). */
function opponent(s: SentenceScan, from: number): void {
  for (let k = from; k < Math.min(s.words.length - 1, from + OPPONENT_REACH); k++) {
    if (breaksBefore(s.words, k + 1)) return;
    if (!MATCH_OPPONENT.has(s.words[k]?.key ?? '')) continue;
    const at = readsAs(s.words[k + 1]?.key ?? '', CLUB_STAFF) !== null ? k + 2 : k + 1;
    if (!breaksBefore(s.words, at) && clubWord(s, at)) addClub(s, at);
    return;
  }
}
