import { isStopword } from '../../text/arabic/index.ts';
import type { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { isAttribution } from './attribution.ts';
import { addEntry, gazetteerAt, pickEntry } from './gazetteer-match.ts';
import { DEFINITE_ORG_HEADS, MEDIA_HEADS, ORG_HEADS, QUALIFIERS, QUOTE_ONLY_HEADS } from '../words/lexicon.ts';
import { chainEnd } from './runs.ts';
import { claim, isFree } from './scan-context.ts';
import type { Scan } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore, isDefinite, isDetachedClitic, quotedSpanEnd, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { isNisba, looksLikeVerb, readsAsKeepingArticle } from '../words/word-tests.ts';

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
      const end = noName ? i + 1 : chainEnd(scan, i + 1, { max: 6 });
      if (end > i + 1) {
        const known = resolveInner(scan, i + 1, end, media, attribution(end));
        if (known !== null) {
          // «شركة توتال الفرنسية»: the name is the words the gazetteer knows; the head and adjectives stay claimed.
          claim(scan, i, end);
          addEntry(s, i + 1, known.end, known.entry, known.reading, attribution(end));
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
      let j = i + 1;
      while (j < words.length && !breaksBefore(words, j) && isFree(scan, j, j + 1) && isNisba(words[j]?.key ?? '', scan.gazetteer) && isDefinite(words[j]?.key ?? '')) j++;
      if (j > i + 1) {
        s.add(i, j, { type: 'organization', key: s.key(i, j, definiteHead), surface: s.text(i, j, definiteHead) });
        i = j - 1;
      }
    }
  }
}
