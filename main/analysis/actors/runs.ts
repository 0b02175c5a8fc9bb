/**
 * The extent of a name, a title's complement or an organisation's construct chain. Arabic has no capitals,
 * so extents come from word shape: the article, function words, verbs, punctuation (notes §2.5).
 */
import { isStopword, procliticReadings } from '../../text/arabic/index.ts';
import { DEFINITE_ORG_HEADS, DIRECTIONS, FUNCTION_WORDS, INDEFINITE_TITLE_WORDS, NAME_LINKS, NAMES_LIKE_STOPWORDS, NAMESAKE_TITLES, ON_BEHALF, ORG_HEADS, QUALIFIERS, SON_OF, TIME_WORDS, TITLE_WORDS, TOPONYM_HEADS, WAW_NAMES } from '../words/lexicon.ts';
import type { Scan } from './scan-context.ts';
import { breaksBefore, isDefinite, isDetachedClitic, quotedSpanEnd, quoteOpensBefore } from '../words/sentence-tokens.ts';
import type { Word } from '../words/sentence-tokens.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';
import { hasFamilyNameShape, isDefiniteLike, isNameWord, isNisba, looksLikeVerb, readsAs } from '../words/word-tests.ts';

const MAX_NAME_WORDS = 4;

/**
 * Whether word i follows a name's link in the same phrase («عبد الملك», «ولد الشيخ» after a name): it is then a
 * name's word though it is also a title.
 */
export function followsNameLink(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.key ?? '';
  if (i === 0 || breaksBefore(words, i)) return false;
  if (NAME_LINKS.has(prev)) return true;
  // «ولد» links a name only after a name's word («محمد ولد», not «إنه ولد»).
  const before = words[i - 2];
  return SON_OF.has(prev) && before !== undefined && !breaksBefore(words, i - 1) && isNameWord(before.text, before.key);
}

function knownSurname(scan: Scan, key: string): boolean {
  return scan.known !== null && readsAs(key, scan.known.surnames) !== null;
}

function free(scan: Scan, i: number): boolean {
  return scan.claimed[i] === false;
}

/**
 * Whether word i is a title heading a construct office, which ends a name before it: an indefinite title word
 * followed, with nothing between, by a definite noun («حمد بن خليفة آل ثاني أمير البلاد», «… وزير الخارجية»). The
 * title is the person's role, never part of the name (issue 12). A title word that is also a given name before a
 * family name («سلطان القاسمي») is a name's.
 */
export function headsTitleConstruct(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  if (w === undefined || next === undefined || breaksBefore(words, i + 1) || !isDefinite(next.key)) return false;
  const title = readsAs(w.key, INDEFINITE_TITLE_WORDS);
  return title !== null && !(isGivenName(title) && hasFamilyNameShape(next.key));
}

/**
 * A person's name starting at word p: a first word without the article, then further words until a
 * surname with the article («أحمد الشرع»), at most four. A lone word with the article is a name only if
 * it is already known as one (pass two). Returns the end (exclusive) or null.
 */
export function nameRunForward(scan: Scan, p: number, minWords = 1): number | null {
  const { words, gazetteer } = scan;
  const first = words[p];
  if (first === undefined || !free(scan, p) || !isNameWord(first.text, first.key)) return null;
  if (isDefinite(first.key)) {
    if (!knownSurname(scan, first.key) || minWords > 1) return null;
    return p + 1;
  }
  if (isNisba(first.key, gazetteer)) return null;
  let q = p + 1;
  while (q < words.length && q - p < MAX_NAME_WORDS + (words.slice(p, q).some((x) => NAME_LINKS.has(x.key)) ? 2 : 0) && !breaksBefore(words, q) && free(scan, q)) {
    const w = words[q];
    if (w === undefined) break;
    // After «عبد» or «أبو» any word belongs to the name («عبد الله», «أبو الفضل»).
    if (NAME_LINKS.has(words[q - 1]?.key ?? '') && /^\p{L}+$/u.test(w.key)) { q++; continue; }
    // Lineage inside a name: «فيصل بن فرحان آل سعود» (a link word needs a word after it).
    if (NAME_LINKS.has(w.key) && q + 1 < words.length && q + 1 - p < MAX_NAME_WORDS + 2 && !breaksBefore(words, q + 1) && free(scan, q + 1)) { q++; continue; }
    if (!isNameWord(w.text, w.key) || headsTitleConstruct(words, q)) break;
    // «و» starts a coordinated word («… ومناطق»), except in names such as «وليد».
    if (w.key.startsWith('و') && !WAW_NAMES.has(w.key)) break;
    if (isDefinite(w.key)) {
      // A nationality adjective after a first name is a family name («محمد شياع السوداني»).
      q++;
      const prev = words[q - 2]?.key ?? '';
      if (!NAME_LINKS.has(prev)) break;
    } else {
      q++;
    }
  }
  if (q - p < minWords) return null;
  // A one-word name needs more than two letters and must not be a gazetteer name («الرئيس ترامب», not «الرئيس مصر»).
  // Nor a name that alone reads as a function word («الإمام علي»: «علي» is also «على»).
  if (q - p === 1 && (first.key.length < 3 || readsAs(first.key, gazetteer.byKey) !== null || NAMES_LIKE_STOPWORDS.has(first.key))) return null;
  return q;
}

/**
 * A person's name that ends at word e-1 (before an apposition comma): the last word may carry the article,
 * the ones before it may not. Returns the start or null.
 */
export function nameRunBackward(scan: Scan, e: number, minWords = 2): number | null {
  const { words } = scan;
  const last = words[e - 1];
  if (last === undefined || !free(scan, e - 1) || !isNameWord(last.text, last.key)) return null;
  if (isNisba(last.key, scan.gazetteer) && !knownSurname(scan, last.key)) return null;
  let p = e - 1;
  while (p > 0 && e - p < MAX_NAME_WORDS && !breaksBefore(words, p) && free(scan, p - 1)) {
    const w = words[p - 1];
    if (w === undefined || !isNameWord(w.text, w.key)) break;
    if (isDefinite(w.key) && !NAME_LINKS.has(words[p - 2]?.key ?? '')) break;
    p--;
  }
  if (isDefinite(words[p]?.key ?? 'ال') && e - p > 1) p++;
  return e - p >= minWords ? p : null;
}

/** True when word i ends a name: punctuation, a function word, «أن/إن», the end of the sentence. */
export function endsHere(scan: Scan, i: number): boolean {
  const w = scan.words[i];
  if (w === undefined || breaksBefore(scan.words, i)) return true;
  return procliticReadings(w.key).some((r) => isStopword(r) || FUNCTION_WORDS.has(r)) || looksLikeVerb(w.key) || TIME_WORDS.has(w.key);
}

export interface ChainOptions {
  max: number;
  /** «المتحدث باسم الحكومة»: «باسم» links the office to the body. */
  onBehalf?: boolean;
  /** An organisation's name ends before a title that heads a name after it (titleBeforeName); an office's complement runs on over it. */
  endBeforeTitle?: boolean;
  /**
   * An organisation's name runs on over one definite noun joined by «و» to its last definite word («حزب العدالة
   * والتنمية», «ائتلاف الإعمار والتنمية»), unless that noun opens a body or a name of its own («… والبنك الشعبي»,
   * «… والاتحاد الأوروبي») or is an adjective of nationality: names of bodies coordinate what they stand for.
   */
  conjunct?: boolean;
  /**
   * A body's name named after a title's bearer ends with the bearer's name word (namesakeEnd): «كتائب الإمام علي»,
   * where the chain would stop after «الإمام» at the indefinite word, or at «علي», which also reads as «على».
   */
  namesake?: boolean;
}

/**
 * Whether word j, right after a definite namesake title of the chain (NAMESAKE_TITLES: «الإمام», «الملك»), is the
 * bearer's one name word: a name word that is no verb or function word, or a name that is also a function word
 * («علي») written as the name, with «ي» and not «ى».
 */
function namesakeName(words: readonly Word[], j: number): boolean {
  const w = words[j];
  if (w === undefined || breaksBefore(words, j) || !NAMESAKE_TITLES.has(words[j - 1]?.key ?? '') || isDefinite(w.key)) return false;
  if (NAMES_LIKE_STOPWORDS.has(w.key)) return /ي$/u.test(w.text);
  return isNameWord(w.text, w.key) && !isStopword(w.key) && !FUNCTION_WORDS.has(w.key) && !looksLikeVerb(w.key) && !TIME_WORDS.has(w.key);
}

/** Whether word j, after a definite word of the chain, is «و» + a definite noun that may continue a body's name (ChainOptions.conjunct). */
function nameConjunct(scan: Scan, j: number): boolean {
  const key = scan.words[j]?.key ?? '';
  if (!/^وال.{3,}$/u.test(key)) return false;
  const noun = key.slice(1);
  const { gazetteer } = scan;
  return !ORG_HEADS.has(noun.slice(2)) && !DEFINITE_ORG_HEADS.has(noun) && !gazetteer.firstWords.has(noun) && !isNisba(noun, gazetteer) && !QUALIFIERS.has(noun) && !TIME_WORDS.has(noun);
}

/**
 * The construct chain after an indefinite head («هيئة [تحرير الشام]», «وزير [الخارجية]», «رئيس [وزراء العراق]»):
 * up to two words without the article, then words with it; quoted names and «لـ"…"» count as definite.
 * Returns the end of the chain, or `i` if there is none (no definite word was reached).
 */
/** Whether word j is a title word and the word after it, in the same phrase, an indefinite name's word. */
function titleBeforeName(words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  if (readsAs(words[j]?.key ?? '', TITLE_WORDS) === null || next === undefined || breaksBefore(words, j + 1)) return false;
  return !isDefinite(next.key) && isNameWord(next.text, next.key);
}

export function chainEnd(scan: Scan, i: number, options: ChainOptions): number {
  const { words, gazetteer } = scan;
  let seenDefinite = false;
  // One conjunct at most (ChainOptions.conjunct).
  let joined = false;
  let indefinite = 0;
  let end = i;
  let j = i;
  if (options.onBehalf && words[j]?.key === ON_BEHALF && !breaksBefore(words, j)) j++;
  while (j < words.length && j - i < options.max) {
    const quoted = quotedSpanEnd(words, j);
    if (quoted !== null) {
      j = quoted;
      // «لـ"الحرس الثوري" الإيراني»: an adjective may follow the closing quote.
      while (j < words.length && /^\s*[»”“"]\s*$/u.test(words[j]?.gap ?? '') && isNisba(words[j]?.key ?? '', gazetteer) && isDefinite(words[j]?.key ?? '')) j++;
      end = j;
      seenDefinite = true;
      continue;
    }
    if (breaksBefore(words, j) && j > i) break;
    const w = words[j];
    if (w === undefined || !free(scan, j)) break;
    if (options.namesake === true && seenDefinite && j > i && namesakeName(words, j)) { end = j + 1; break; }
    if (isDetachedClitic(w.key)) {
      const afterQuote = quotedSpanEnd(words, j + 1);
      if (afterQuote !== null) { j = afterQuote; end = j; seenDefinite = true; continue; }
      const next = words[j + 1];
      if (next !== undefined && isDefinite(next.key) && !quoteOpensBefore(words, j + 1)) { j += 2; end = j; seenDefinite = true; continue; }
      break;
    }
    // «هيئة النقل البحري», «وزارة النقل»: a definite word is no verb however its stem reads.
    if (isStopword(w.key) || FUNCTION_WORDS.has(w.key) || looksLikeVerb(w.key, true, false) || TIME_WORDS.has(w.key) || !/^\p{L}/u.test(w.text)) break;
    // «هيئة قناة السويس الفريق أسامة ربيع»: a title after the chain's definite words heads the name after it, and is no
    // part of the body's name («جامعة الملك سعود», where the title comes first, is).
    if (options.endBeforeTitle === true && seenDefinite && titleBeforeName(words, j)) break;
    if (isDefiniteLike(w.key, gazetteer)) {
      const conjunct = options.conjunct === true && seenDefinite && !joined && nameConjunct(scan, j);
      if (conjunct) joined = true;
      else if (seenDefinite && procliticReadings(w.key).some((r) => r !== w.key && r.startsWith('ال')) && !w.key.startsWith('لل')) break;
      seenDefinite = true;
      j++;
      end = j;
      continue;
    }
    // An indefinite nationality adjective («فصائل عراقية») shows the head is a common noun, not a name.
    if (seenDefinite || indefinite >= 2) break;
    if (isNisba(w.key, gazetteer)) return i;
    indefinite++;
    j++;
  }
  return seenDefinite ? end : i;
}

/**
 * What qualifies a definite office or a rank: nationality adjectives and qualifiers («السوري الانتقالي»),
 * a genitive with «لل» («الأمين العام للأمم المتحدة») and, for spokesmen, «باسم» + a body.
 */
export function officeComplementEnd(scan: Scan, i: number, ranks: boolean): number {
  const { words, gazetteer } = scan;
  let j = i;
  while (j < words.length && !breaksBefore(words, j) && free(scan, j)) {
    const w = words[j];
    if (w === undefined) break;
    if (QUALIFIERS.has(w.key) || (!ranks && isNisba(w.key, gazetteer) && isDefinite(w.key))) { j++; continue; }
    if (!ranks && (w.key === ON_BEHALF || isDetachedClitic(w.key) || (w.key.startsWith('لل') && w.key.length > 4))) {
      const end = chainEnd(scan, j, { max: 5, onBehalf: true });
      if (end > j) j = end;
      else if (w.key.startsWith('لل')) j++;
      break;
    }
    break;
  }
  return j;
}

/**
 * A place name after a place cue: one word, then words with the article that are not adjectives of
 * nationality or direction («دير الزور»), or a second bare word after a toponym head («خان شيخون»).
 */
export function placeRunEnd(scan: Scan, p: number): number | null {
  const { words, gazetteer } = scan;
  const first = words[p];
  if (first === undefined || !free(scan, p) || breaksBefore(words, p)) return null;
  if (!isNameWord(first.text, first.key) || isNisba(first.key, gazetteer)) return null;
  let q = p + 1;
  while (q < words.length && q - p < 3 && !breaksBefore(words, q) && free(scan, q)) {
    const w = words[q];
    if (w === undefined || !isNameWord(w.text, w.key) || isNisba(w.key, gazetteer) || DIRECTIONS.has(w.key)) break;
    if (isDefinite(w.key)) { q++; continue; }
    if (q === p + 1 && TOPONYM_HEADS.has(first.key)) { q++; continue; }
    break;
  }
  return q;
}
