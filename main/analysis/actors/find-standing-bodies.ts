import { isStopword, normalise } from '../../text/arabic/index.ts';
import { FIELD_BODY_HEADS, ORG_HEADS, PLACE_CUES, STANDING_ADJECTIVES } from '../words/lexicon.ts';
import { gazetteerAt } from './gazetteer-match.ts';
import { isFree } from './scan-context.ts';
import type { Scan } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, isDefinite, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { isNisba, readsAsKeepingArticle } from '../words/word-tests.ts';

/** Whether word k follows the word before it in one phrase and is a definite nationality adjective («العراقية»). */
function nisbaAt(scan: Scan, k: number): boolean {
  const key = scan.words[k]?.key ?? '';
  return !breaksBefore(scan.words, k) && isDefinite(key) && isNisba(key, scan.gazetteer);
}

/**
 * Where the genitive complement with «لـ» that starts at word j ends, or j when none does: «للموانئ [العراقية]» (the
 * preposition and the article written as one), or «لعمال الموانئ», «لموانئ العراق», «لموانئ ليبيا» (an indefinite
 * noun in construct with a definite one or a place). The complement says whose body it is, and is part of its name.
 */
function complementEnd(scan: Scan, j: number): number {
  const { words } = scan;
  const key = words[j]?.key ?? '';
  if (words[j] === undefined || breaksBefore(words, j) || !key.startsWith('ل') || key.length < 4) return j;
  // A place's name is definite without the article («لموانئ ليبيا»), and may be several words («لموانئ جنوب السودان»).
  const place = isDefinite(key) || words[j + 1] === undefined || breaksBefore(words, j + 1) ? null : gazetteerAt(scan, j + 1);
  const placeEnd = place !== null && place.entries.some((e) => e.type === 'place') ? place.end : null;
  const construct = !isDefinite(key) && words[j + 1] !== undefined && !breaksBefore(words, j + 1) && isDefinite(words[j + 1]?.key ?? '');
  if (!key.startsWith('لل') && !construct && placeEnd === null) return j;
  let end = key.startsWith('لل') ? j + 1 : (placeEnd ?? j + 2);
  // «للطعن في الحكم»: a verbal noun governing a preposition says what the body does, not whose it is.
  // Only the single word after «لل»: «لعمال الموانئ ضد الشركة» is whose the union is, then what it did.
  if (key.startsWith('لل') && end === j + 1 && PURPOSE_PREPOSITIONS.has(words[end]?.key ?? '') && !breaksBefore(words, end)) return j;
  // The complement's own adjectives and a second noun joined to it: «للسكك الحديدية التونسية», «للتعليم العالي»,
  // «للصناعة والمناجم». A definite word right after a definite one in one phrase agrees with it.
  // Only the article or «و» and the article: «بالبصرة» after it says where, not whose.
  while (words[end] !== undefined && !breaksBefore(words, end) && /^و?ال/u.test(words[end]?.key ?? '') && !isStopword(words[end]?.key ?? '')) end++;
  return end;
}

/** The prepositions after a verbal noun of purpose («للطعن في», «للبحث عن»). */
const PURPOSE_PREPOSITIONS = new Set(['في', 'على', 'علي', 'عن', 'من', 'الى', 'إلى'].map((w) => normalise(w)));

/**
 * A definite head, the adjectives of its standing and whose it is («النقابة العامة لعمال الموانئ», «الشركة العامة
 * للموانئ العراقية», «المحكمة الاتحادية العليا»): one body, where the construct-chain rules of find-organisations.ts
 * see only an articled noun. One standing adjective alone («الشركة العامة») is a back-reference to some body, not
 * its name; it needs a second or a complement.
 */
export function standingBodyEnd(scan: Scan, i: number): { end: number; reading: string } | null {
  const { words } = scan;
  const reading = readingsKeepingArticle(words[i]?.key ?? '').find((r) => r.startsWith('ال') && ORG_HEADS.has(r.slice(2)));
  if (reading === undefined) return null;
  let j = i + 1;
  let standing = 0;
  for (; words[j] !== undefined && !breaksBefore(words, j); j++) {
    if (STANDING_ADJECTIVES.has(words[j]?.key ?? '')) standing++;
    else if (!(standing > 0 && nisbaAt(scan, j))) break;
  }
  if (standing === 0) return null;
  const end = complementEnd(scan, j);
  return end > j || standing > 1 ? { end, reading } : null;
}

/**
 * A head of a body named by its field and its place, without the article («غرفة تجارة البصرة», «قيادة شرطة
 * البصرة»): the head, one indefinite noun of its field and a place the gazetteer knows. A place cue in the middle
 * is no field («قيادة محافظة البصرة» is not read here).
 */
function fieldBodyEnd(scan: Scan, i: number): { end: number; reading: string } | null {
  const { words } = scan;
  const reading = readsAsKeepingArticle(words[i]?.key ?? '', FIELD_BODY_HEADS);
  const field = words[i + 1];
  if (reading === null || field === undefined || breaksBefore(words, i + 1) || isDefinite(field.key) || PLACE_CUES.has(field.key)) return null;
  if (gazetteerAt(scan, i + 1) !== null || breaksBefore(words, i + 2)) return null;
  const place = gazetteerAt(scan, i + 2);
  if (place === null || !place.entries.some((e) => e.type === 'place')) return null;
  return { end: place.end, reading };
}

/** Bodies named by their standing or by their field and place (issue 12, review 27 finding 11), on free words. */
export function findStandingBodies(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    const found = standingBodyEnd(scan, i) ?? fieldBodyEnd(scan, i);
    if (found === null || !isFree(scan, i, found.end)) continue;
    s.add(i, found.end, { type: 'organization', key: s.key(i, found.end, found.reading), surface: s.text(i, found.end, found.reading) });
    i = found.end - 1;
  }
}
