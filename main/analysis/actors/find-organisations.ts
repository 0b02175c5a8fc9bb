import { isStopword } from '../../text/arabic/index.ts';
import type { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { isAttribution } from './attribution.ts';
import { addEntry, gazetteerAt, pickEntry } from './gazetteer-match.ts';
import { ADJECTIVE_HEADS, BOARD_WORDS, DEFINITE_ORG_HEADS, MEDIA_HEADS, NAME_APART_HEADS, ORG_HEADS, QUALIFIERS, QUOTE_ONLY_HEADS, RELATION_ADJECTIVES } from '../words/lexicon.ts';
import { chainEnd } from './runs.ts';
import { claim, isFree } from './scan-context.ts';
import type { Scan } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, isDefinite, isDetachedClitic, quotedSpanEnd, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { isNameWord, isNisba, looksLikeVerb, readsAsKeepingArticle } from '../words/word-tests.ts';
import { isPluralShaped } from '../words/word-shapes.ts';

/** Drops trailing nationality adjectives and qualifiers from [from, to): «الحشد الشعبي العراقي» → «الحشد الشعبي». */
function withoutTrailingAdjectives(scan: Scan, from: number, to: number): number {
  let end = to;
  while (end - 1 > from) {
    const k = scan.words[end - 1]?.key ?? '';
    if (!isNisba(k, scan.gazetteer) && !QUALIFIERS.has(k)) break;
    end--;
  }
  return end;
}

/**
 * Whether a word carries a preposition before its article («للسلام», «بالمحافظة»). Right after a head it says the
 * head is an indefinite noun with a complement («مؤسسة للسلام», «شركة للإنتاج», «قناة للتفاوض»: a foundation
 * for peace), not the first word of a name: a name's head takes its genitive with no preposition («مؤسسة
 * الأهرام»), and one with «لل» takes it after an adjective («الاتحاد الدولي لكرة القدم»).
 */
function prepositionBeforeArticle(key: string): boolean {
  return /^(?:[بك]ال|لل)/u.test(key) && isDefinite(key);
}

/**
 * Where a chain [from, to) ends when its last words are an organisation the gazetteer knows, written bare (no
 * article, no particle) after a definite word: a short name in apposition to the long one («منظمة الدول المصدرة
 * للنفط أوبك»), two names of one body that the tagger reads as two, where the chain ran on and took both as one
 * name known to no list. A short name right after the head is its complement («حكومة حماس») and stays in the chain.
 */
function apposedShortName(scan: Scan, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const key = scan.words[k]?.key ?? '';
    if (isDefinite(key) || !isDefinite(scan.words[k - 1]?.key ?? '')) continue;
    const hit = gazetteerAt(scan, k, to);
    if (hit !== null && hit.end === to && hit.reading === key && hit.entries.some((e) => e.type === 'organization')) return k;
  }
  return to;
}

/**
 * Whether the definite head at word i is an adjective of the definite noun before it, which it agrees with (a
 * feminine singular or a plural): «السياسة الخارجية الأميركية» is foreign policy and «الشؤون الداخلية اللبنانية»
 * internal affairs, not a ministry.
 */
function adjectiveOfPrevious(scan: Scan, i: number, head: string): boolean {
  const prev = scan.words[i - 1]?.key ?? '';
  if (!ADJECTIVE_HEADS.has(head) || breaksBefore(scan.words, i) || !isDefinite(prev) || isStopword(prev)) return false;
  return prev.endsWith('ه') || isPluralShaped(prev);
}

/**
 * Where the name after a firm's or a medium's head ends when it stands without the head (NAME_APART_HEADS), or null
 * when the head is part of it. The name ends before the chain's trailing adjectives and before a complement with
 * «لل» («شركة تابي للدفع المؤجل»: what the firm does); after «شركة» it is one or two words without the article that
 * read as a name («شركة ميرسك الدنماركية»), since a firm named by common nouns keeps its head («شركة نفط البصرة»,
 * «شركة الكهرباء»). A medium's name stands alone whatever its words («قناة الشرقية», «صحيفة الشرق الأوسط»).
 */
function nameApartEnd(scan: Scan, head: string, from: number, to: number): number | null {
  if (!NAME_APART_HEADS.has(head)) return null;
  let end = withoutTrailingAdjectives(scan, from, to);
  for (let k = from + 1; k < end; k++) if (prepositionBeforeArticle(scan.words[k]?.key ?? '')) end = k;
  // A name that opens with a place needs its head and its complement («شركة قطر للطاقة», «إذاعة فرنسا الدولية»).
  const place = gazetteerAt(scan, from, end);
  if (place !== null && place.entries.some((e) => e.type === 'place')) return null;
  if (!MEDIA_HEADS.has(head)) {
    if (end - from > 2) return null;
    for (let k = from; k < end; k++) {
      const w = scan.words[k];
      if (w === undefined || isDefinite(w.key) || !isNameWord(w.text, w.key)) return null;
    }
  }
  return end;
}

/** The prepositions a participle governs its complement with, written apart («المدرجة في السوق»). */
const PARTICIPLE_PREPOSITIONS = new Set(['في', 'علي', 'على', 'من', 'عن', 'الي', 'إلى', 'مع']);

/**
 * Whether word i, closing a body's chain, is a definite participle of a derived verb («المدرجة», «المتهمة»,
 * «المملوكة») that governs a prepositional complement after it («شركة الأمواج للملاحة المدرجة في السوق»): it
 * says what the body is or has done, and is no word of its name. Without such a complement it may be the name's own
 * («… المحدودة»).
 */
function describingParticiple(scan: Scan, i: number): boolean {
  const key = scan.words[i]?.key ?? '';
  const next = scan.words[i + 1];
  if (next === undefined || breaksBefore(scan.words, i + 1) || !PARTICIPLE_PREPOSITIONS.has(next.key)) return false;
  // A relation adjective in -ي/-يه («المركزي في حلب», «المركزية») is the name's own, participle-shaped or not.
  return /^الم\p{L}{3,4}ه?$/u.test(key) && !/يه?$/u.test(key) && !isNisba(key, scan.gazetteer);
}

/** The gazetteer organisation (or outlet) named by [from, to), trailing adjectives aside. */
function resolveInner(scan: Scan, from: number, to: number, media: boolean, attribution: boolean): { entry: GazetteerEntry; reading: string; end: number } | null {
  const end = withoutTrailingAdjectives(scan, from, to);
  for (const stop of end === to ? [to] : [to, end]) {
    const hit = gazetteerAt(scan, from, stop);
    if (hit === null || hit.end !== stop) continue;
    const entry = pickEntry(hit, media, attribution, ['organization']);
    if (entry !== null) return { entry, reading: hit.reading, end: stop };
  }
  return null;
}

/**
 * Organisations by their heads: a quoted name after a head or starting with one («ميليشيا "الحشد الشعبي"»), a
 * head and its construct chain («وزارة الخارجية»), the name after a media head («صحيفة الغارديان»), and a definite
 * head with nationality adjectives («الحكومة العراقية»). A name the gazetteer knows is its entry.
 */
export function findOrganisations(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || scan.claimed[i] !== false) continue;
    const own = gazetteerAt(scan, i);
    if (own !== null && own.entries.some((e) => e.type === 'organization')) continue;
    // A place the gazetteer names with a head's word («قناة السويس», a canal) is the places' (findPlaces).
    if (own !== null && own.end > i + 1 && own.entries.some((e) => e.type === 'place')) continue;
    const head = readsAsKeepingArticle(w.key, ORG_HEADS);
    // A quoted name that starts with a head: «"لواء حيدريون"».
    const wholeQuote = head === null ? null : quotedSpanEnd(words, i);
    if (head !== null && wholeQuote !== null) {
      const known = resolveInner(scan, i, wholeQuote, false, false);
      if (known !== null) addEntry(s, i, wholeQuote, known.entry, known.reading, false);
      else s.add(i, wholeQuote, { type: 'organization', key: s.key(i, wholeQuote, head), surface: s.text(i, wholeQuote, head), outlet: MEDIA_HEADS.has(head) });
      i = wholeQuote - 1;
      continue;
    }
    // «رئيس مجلس إدارة بنك بيروت»: the board is its body's; the head and «إدارة» stay out, the body is found after them.
    if (head === 'مجلس' && BOARD_WORDS.has(words[i + 1]?.key ?? '') && !breaksBefore(words, i + 1)) {
      claim(scan, i, i + 2);
      i++;
      continue;
    }
    if (head !== null) {
      const headReading = readingsKeepingArticle(w.key).find((r) => r === head) ?? head;
      const media = MEDIA_HEADS.has(head);
      const detached = isDetachedClitic(words[i + 1]?.key ?? '') ? 1 : 0;
      const quoteEnd = quotedSpanEnd(words, i + 1 + detached);
      const attribution = (to: number): boolean => isAttribution(scan, i, to, headReading);
      if (quoteEnd !== null) {
        // «ميليشيا "الحشد الشعبي"», «فصائل "النجباء"», «صحيفة "تركيا"»: the quoted words are the name.
        const from = i + 1 + detached;
        const known = resolveInner(scan, from, quoteEnd, media, attribution(quoteEnd));
        if (known !== null) addEntry(s, from, quoteEnd, known.entry, known.reading, attribution(quoteEnd), s.text(from, known.end, known.reading));
        else s.add(from, quoteEnd, { type: 'organization', key: s.key(from, quoteEnd), surface: s.text(from, quoteEnd), outlet: media, attribution: media && attribution(quoteEnd) });
        claim(scan, i, quoteEnd);
        i = quoteEnd - 1;
        continue;
      }
      if (media) {
        const hit = gazetteerAt(scan, i + 1);
        const entry = hit === null || breaksBefore(words, i + 1) ? null : pickEntry(hit, true, true);
        if (hit !== null && entry !== null) {
          // «وكالة فرانس برس»: the head says what the outlet is; its name is what the gazetteer knows.
          claim(scan, i, i + 1);
          addEntry(s, i + 1, hit.end, entry, hit.reading, attribution(hit.end));
          i = hit.end - 1;
          continue;
        }
      }
      const noName = breaksBefore(words, i + 1) || QUOTE_ONLY_HEADS.has(head) || prepositionBeforeArticle(words[i + 1]?.key ?? '');
      let end = noName ? i + 1 : apposedShortName(scan, i + 1, chainEnd(scan, i + 1, { max: 6, endBeforeTitle: true, conjunct: true, namesake: true }));
      while (end > i + 2 && RELATION_ADJECTIVES.has(words[end - 1]?.key ?? '')) end--;
      if (end > i + 2 && describingParticiple(scan, end - 1)) end--;
      if (end > i + 1) {
        const known = resolveInner(scan, i + 1, end, media, attribution(end));
        const nameEnd = known === null ? nameApartEnd(scan, head, i + 1, end) : null;
        if (known !== null) {
          // «شركة توتال الفرنسية»: the name is the words the gazetteer knows; the head and adjectives stay claimed.
          claim(scan, i, end);
          addEntry(s, i + 1, known.end, known.entry, known.reading, attribution(end));
        } else if (nameEnd !== null) {
          // «شركة ميرسك الدنماركية», «قناة الشرقية»: the name alone; the head and what follows the name stay claimed.
          claim(scan, i, end);
          const m = s.add(i + 1, nameEnd, { type: 'organization', key: s.key(i + 1, nameEnd), surface: s.text(i + 1, nameEnd), outlet: media, attribution: media && attribution(end) });
          m.alsoCalled.push(s.text(i, nameEnd, headReading));
        } else {
          const m = s.add(i, end, { type: 'organization', key: s.key(i, end, headReading), surface: s.text(i, end, headReading), outlet: media, attribution: media && attribution(end) });
          // «وكالة الأنباء السورية "سانا"»: a quoted short name right after the long one.
          const alias = quotedSpanEnd(words, end, 3);
          if (alias !== null) { m.alsoCalled.push(s.text(end, alias)); claim(scan, end, alias); }
        }
        i = end - 1;
        continue;
      }
    }
    // «الحكومة العراقية», «الجيش السوري»: a definite head and a nationality adjective.
    const definiteHead = readsAsKeepingArticle(w.key, DEFINITE_ORG_HEADS);
    // Not inside a construct chain («وزير الخارجية السوري», «رئيس الاستخبارات العراقية»).
    const prev = words[i - 1];
    const inChain = prev !== undefined && !breaksBefore(words, i) && !isDefinite(prev.key) && !isStopword(prev.key) && !looksLikeVerb(prev.key);
    if (definiteHead !== null && !inChain) {
      // «القوات البحرية الأميركية»: an adjective head after a head the loop passed over (no adjective followed it) opens the body there.
      const adjective = adjectiveOfPrevious(scan, i, definiteHead);
      const before = adjective ? readsAsKeepingArticle(prev?.key ?? '', DEFINITE_ORG_HEADS) : null;
      const from = adjective ? i - 1 : i;
      if (adjective && (before === null || !isFree(scan, from, i))) continue;
      let j = i + 1;
      while (j < words.length && !breaksBefore(words, j) && isFree(scan, j, j + 1) && isNisba(words[j]?.key ?? '', scan.gazetteer) && isDefinite(words[j]?.key ?? '')) j++;
      if (j > i + 1) {
        const reading = before ?? definiteHead;
        s.add(from, j, { type: 'organization', key: s.key(from, j, reading), surface: s.text(from, j, reading) });
        i = j - 1;
      }
    }
  }
}
