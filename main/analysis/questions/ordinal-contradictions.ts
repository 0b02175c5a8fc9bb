import { conjunctionReading, normalise, nounClass, type Token, hasMark } from '../../text/arabic/index.ts';
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';
import { pluralSingular } from '../../text/arabic/numbers.ts';
import { ORDINAL_AFTER as AFTER, ORDINAL_BEFORE as BEFORE, demonstratedNoun, isOrdinalPronoun, ordinalReadings as readings, possessed, ranksItsOwnEvent, teenOrdinal, digitOrdinal, timeRanksItsOwnEvent } from '../../text/arabic/ordinals.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';
import { groupSharingMembers } from './greedy-groups.ts';
import { postings } from '../summary/postings.ts';
import { contextTerms, sharedCount, sharedCountWithVerbs } from './context-terms.ts';
import { contentTerms } from '../summary/bag-of-words.ts';
import { sourceLabel } from './source-label.ts';
import type { EventSources } from './numeric-contradictions.ts';

// Month names that take an ordinal («كانون الثاني»، «ربيع الأول»), and «أول أمس»: not claims of order.
// Also the particles after «أول» («أول من»، «أول ما»): stopwords-iso would drop nouns such as «زيارة».
const NOT_ORDERED = new Set(
  ['كانون', 'تشرين', 'ربيع', 'جمادى', 'جمادي', 'أمس', 'من', 'ما', 'في', 'على', 'إلى', 'عن', 'مع', 'أن', 'إن', 'لا', 'لم', 'قد', 'و', 'أو'].map(normalise),
);
const PREPOSITIONS = new Set(['في', 'من', 'على', 'إلى', 'عن', 'مع', 'خلال', 'بعد', 'قبل'].map(normalise));
// «مرة» (time) names no event of its own, so its context must agree more.
const TIME = nounClass(normalise('مرة'));
const SHARED_CONTEXT = 2;
// An ordinal the sentence gives its own story's event («ويعد هذا الحادث الرابع من نوعه», «وهي ثالث حادثة»): two
// sources that each rank the story's event among its kind rank the same thing, so one shared context word (the town,
// the year) is enough. Told by a demonstrative or a pronoun before it, or «من نوعه» after it.
const SELF_SHARED_CONTEXT = 1;

export interface Ordinal {
  sentence: CorpusSentence;
  value: number;
  cls: string;
  from: number;
  to: number;
  context: Set<string>;
  /** An adjective between the noun and its ordinal («الكبير»): what is counted, so it is context too («سادس حريق كبير»). */
  qualifier?: string;
  /** The sentence ranks its own story's event (SELF_SHARED_CONTEXT). */
  self?: boolean;
  /** The class of the noun a demonstrative names as what is ranked («هذا الانهيار ثاني كارثة»: «انهيار»). */
  ranked?: string;
}

/**
 * A word with the article, maybe behind particles: «الزيارة», «بالزيارة», «والزيارة». A «و» cut off only when the text
 * layer reads it as the conjunction: «والي», «والدة» are one word each, their «ال» no article.
 */
function withArticle(tok: Token): boolean {
  return readings(tok).some((r) => r.startsWith('ال') && (tok.key !== 'و' + r || conjunctionReading(tok.key)?.basis === 'article'));
}

/** The ordinal claims of a sentence: value, the class of the ordered noun, its token range and context. */
export function ordinalsOf(s: CorpusSentence): Ordinal[] {
  const out: Ordinal[] = [];
  s.tokens.forEach((tok, i) => {
    // «الحادية عشرة»: a compound ordinal of two words, whose unit alone is no ordinal; its tens word none either.
    const teen = teenOrdinal(s.tokens, i);
    if (teen === undefined && teenOrdinal(s.tokens, i - 1) !== undefined) return;
    // «المرة الـ4»، «الدورة الـ 25»: a definite ordinal in digits, read as its words are; the number after a bare
    // «الـ» is part of it.
    const digits = digitOrdinal(s.tokens, i);
    if (digits === undefined && digitOrdinal(s.tokens, i - 1)?.width === 2) return;
    const width = digits?.width ?? (teen === undefined ? 1 : 2);
    const next = s.tokens[i + width];
    const prev = s.tokens[i - 1];
    // An ordinal in construct has no article: «الثاني» before a noun ends a phrase («تشرين الثاني لاختيار …»).
    const definite = digits !== undefined || (teen === undefined ? readings(tok).some((r) => AFTER.has(r)) : tok.key.startsWith('ال'));
    const before = definite ? undefined : teen ?? readings(tok).map((r) => BEFORE.get(r)).find((n) => n !== undefined);
    if (before !== undefined && next && /^\p{L}{2,}$/u.test(next.key) && !NOT_ORDERED.has(next.key)) {
      // «رابع الأحكام» (the fourth of the verdicts): before a definite noun the ordinal is a partitive, its noun a
      // plural whose singular is the ordered noun («الحكم الخامس»).
      const partitive = next.key.startsWith('ال') ? pluralSingular(next.key.slice(2)) : next.key;
      out.push({ sentence: s, value: before, cls: nounClass(partitive), from: i, to: i + width + 1, context: new Set() });
      // An indefinite noun opening with «و» may be read as the conjunction on a shorter word («وزير» as «و» + «زير»):
      // its class as the definite noun is read too («الوزير»); only one will share its class with another source's.
      const definiteClass = nounClass(`ال${partitive}`);
      if (!next.key.startsWith('ال') && definiteClass !== nounClass(partitive)) out.push({ sentence: s, value: before, cls: definiteClass, from: i, to: i + width + 1, context: new Set() });
    }
    const after = digits?.value ?? (teen === undefined ? AFTER.get(tok.key) : definite ? teen : undefined);
    // After a definite noun: with the article («الزيارة الثانية») or a possessive pronoun («زيارته الثانية»).
    if (after !== undefined && prev && (withArticle(prev) || possessed(prev)) && !readings(prev).some((r) => NOT_ORDERED.has(r))) {
      out.push({ sentence: s, value: after, cls: nounClass(prev.key), from: i - 1, to: i + width, context: new Set() });
      // «الحريق الكبير الخامس»: a definite adjective may stand between the ordered noun and its ordinal; the word before
      // it may be that noun (only one will share its class with another source's ordinal).
      // Not past a word joined by «و»: «الجلاصي والضابط الأول» names two men, «الضابط» no adjective of «الجلاصي».
      const noun = conjunctionReading(prev.key)?.basis === 'article' ? undefined : s.tokens[i - 2];
      if (noun && /^\p{L}{2,}$/u.test(noun.key) && withArticle(noun) && !readings(noun).some((r) => NOT_ORDERED.has(r))) {
        out.push({ sentence: s, value: after, cls: nounClass(noun.key), from: i - 2, to: i + width, context: new Set(), qualifier: prev.text });
      }
    }
    // «في زيارة رسمية هي الثانية له»: the ordinal is predicated of an indefinite noun through «هي/هو», maybe
    // past an adjective; each word back to the preposition may be that noun (only one will share its class
    // with another source's ordinal).
    if (after !== undefined && prev && isOrdinalPronoun(prev.key)) {
      for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
        const noun = s.tokens[j];
        if (!noun || PREPOSITIONS.has(noun.key) || !/^\p{L}{2,}$/u.test(noun.key)) break;
        out.push({ sentence: s, value: after, cls: nounClass(noun.key), from: j, to: i + width, context: new Set() });
      }
    }
  });
  for (const o of out) {
    // «للمرة الأولى» orders the sentence's own report, unless «بذلك» makes it the story's tally («بذلك للمرة الثالثة»).
    if (o.cls === TIME ? timeRanksItsOwnEvent(s.tokens, o.from) : ranksItsOwnEvent(s.tokens, o.from, o.to)) o.self = true;
    const shown = demonstratedNoun(s.tokens, o.from);
    if (shown !== undefined) o.ranked = nounClass(shown.key);
    o.context = contextTerms(s.text, s.tokens, o.from, o.to, [o.cls]);
    for (const t of o.qualifier === undefined ? [] : contentTerms(o.qualifier)) o.context.add(t);
  }
  return out;
}

/**
 * «للمرة الأولى» orders its sentence's event, whatever noun names it: against «الحملة الثانية من نوعها» in another
 * source of the same event (the summary grouped them), it claims the same thing in other words when its own sentence
 * names that noun («بدأت … حملة تطعيم … للمرة الأولى»), or when the other ranks the story's own event and the two
 * share a context word.
 */
function sameEventOrder(a: Ordinal, b: Ordinal, events: EventSources): boolean {
  if ((a.cls === TIME) === (b.cls === TIME) || !events.sources(a.sentence.sourceId, b.sentence.sourceId)) return false;
  const [time, noun] = a.cls === TIME ? [a, b] : [b, a];
  // An ordinal that ranks the story's own event («وتعد هذه ثاني انتخابات بلدية») meets «للمرة الثالثة» of its event's
  // other source on one shared context word, as two self-ranking ordinals do — when «للمرة …» ranks the event too, or
  // orders the main clause of a sentence of the event: the event's source may order another thing in its background
  // («وكانت مصر قد حررت سعر صرفها للمرة الأولى في 2016») or in a clause of its own («…، لتتوقف الشاحنات للمرة الأولى»).
  const clause = clauseOf(time);
  const ofTheEvent = time.self === true || (events.member(time.sentence) && clause[0] === time.sentence.tokens[0]);
  return clause.some((t) => nounClass(t.key) === noun.cls) || (ofTheEvent && noun.self === true && sharedCount(time.context, noun.context) >= SELF_SHARED_CONTEXT);
}

/**
 * The tokens of the clause an ordinal stands in: from a clause of result that opens with «لـ» on an imperfect verb
 * after a comma, which tells an event of its own, up to the next punctuation. «للمرة الأولى» orders its own clause's
 * event, not the main clause's («خفض البنك … قيمة الجنيه، ليتجاوز سعر الدولار خمسين جنيها للمرة الأولى» orders the
 * dollar's passing fifty, not the cut); a clause that goes on telling the main one's event («بدأت … حملة تطعيم …،
 * يتلقى خلالها السكان اللقاح للمرة الأولى») is read with it.
 */
function clauseOf(o: Ordinal): Token[] {
  const { text, tokens } = o.sentence;
  const gap = (i: number): string => text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0);
  let from = o.from;
  while (from > 0 && !(hasMark(gap(from), 'sentence') && resultClause(tokens[from]?.key ?? ''))) from--;
  let to = o.to;
  while (to < tokens.length && !hasMark(gap(to), 'sentence')) to++;
  return tokens.slice(from, to);
}

// «ليتجاوز»، «لتصبح»، «لنبدأ»: «لـ» on an imperfect verb of at least four letters (not «ليلة»).
const RESULT_VERB = /^ل[يتن]\p{L}{3,}$/u;

/** Whether a word opens a clause of result or purpose: «لـ» on an imperfect verb with a verbal shape. */
function resultClause(key: string): boolean {
  return RESULT_VERB.test(key) && verbalKeyOf(key.slice(1)) !== null;
}

/**
 * Two ordinals told in sentences the summary put in two different events name two things of a series («الدفعة الأولى»
 * freed on Saturday, «الدفعة الثانية» on Wednesday: two batches of one exchange), not one thing ranked two ways.
 */
function twoEvents(a: Ordinal, b: Ordinal, events: EventSources): boolean {
  return events.member(a.sentence) && events.member(b.sentence) && !events.sentences(a.sentence, b.sentence);
}

const NO_EVENTS: EventSources = { sentences: () => false, sources: () => false, partners: () => new Set(), member: () => false };

/**
 * Ordinal claims that disagree across sources: «أول زيارة» in one, «الزيارة الثانية» in another, for the same
 * noun and shared context words (who and where); or «للمرة الأولى» against an ordered noun in another source of
 * the same event (`events`, the summary's). `offTopic` holds the article indices set apart from the story.
 */
export function ordinalContradictions(corpus: Corpus, events: EventSources = NO_EVENTS, offTopic: ReadonlySet<number> = new Set()): Draft[] {
  const all = corpus.sentences.flatMap(ordinalsOf);
  // The ranks each source gives each noun: a source that names two («الدفعة الأولى» and «الدفعة الثانية») tells a
  // series of that noun in the story, whose members other sources name too (one the first batch, another the
  // second), not one thing ranked two ways.
  const ranks = new Map<string, Set<number>>();
  for (const o of all) {
    const k = `${o.sentence.sourceId}\u0000${o.cls}`;
    ranks.set(k, (ranks.get(k) ?? new Set()).add(o.value));
  }
  // Each series (noun, lower rank, higher rank) with the sources that name both its ranks.
  const seriesOf = new Map<string, Set<string>>();
  for (const [k, values] of ranks) {
    const source = k.slice(0, k.indexOf('\u0000'));
    const cls = k.slice(k.indexOf('\u0000') + 1);
    for (const v of values) {
      for (const w of values) {
        const key = `${cls}\u0000${v}\u0000${w}`;
        if (v < w) seriesOf.set(key, (seriesOf.get(key) ?? new Set()).add(source));
      }
    }
  }
  const byRank = postings(all, (o) => [`${o.sentence.sourceId}\u0000${o.cls}\u0000${o.value}`]);
  // Whether `own`'s source, which names both ranks, names `other`'s rank of something `other` is told of more alike
  // than of what `own` ranks: its two ranks are then two members of the series, and `other` names the one it names too.
  // Both ranks in one sentence («بعد الدفعة الأولى …، ستصل الدفعة الثانية») tell the series itself.
  const twinExplains = (own: Ordinal, other: Ordinal): boolean => {
    const here = sharedCount(other.context, own.context);
    return (byRank.get(`${own.sentence.sourceId}\u0000${own.cls}\u0000${other.value}`) ?? []).some((k) => {
      const twin = all[k];
      return twin !== undefined && (twin.sentence === own.sentence || sharedCount(other.context, twin.context) >= here);
    });
  };
  // A series told by a third source parts the two ranks whatever they are said of. One that only a source of the pair
  // tells («الجولة الثالثة» today, «الجولة الثانية» in May) parts them only when the other source's rank is said of
  // what that source's same rank is said of: «الجولة الثانية» today, in another source, is a dispute.
  const series = (a: Ordinal, b: Ordinal): boolean => {
    const namers = seriesOf.get(`${a.cls}\u0000${Math.min(a.value, b.value)}\u0000${Math.max(a.value, b.value)}`);
    if (namers === undefined) return false;
    const [sa, sb] = [a.sentence.sourceId, b.sentence.sourceId];
    if ([...namers].some((id) => id !== sa && id !== sb)) return true;
    return (namers.has(sa) && twinExplains(a, b)) || (namers.has(sb) && twinExplains(b, a));
  };
  const pairs: [Ordinal, Ordinal][] = [];
  // Only ordinals of one noun class can disagree: compare within each class, in the all-pairs (i, j) order.
  const byClass = postings(all, (o) => [o.cls]);
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    for (const j of a ? (byClass.get(a.cls) ?? []) : []) {
      if (j <= i) continue;
      const b = all[j];
      if (!a || !b || a.sentence.articleIndex === b.sentence.articleIndex || a.cls !== b.cls || a.value === b.value) continue;
      const needed = a.self === true && b.self === true ? SELF_SHARED_CONTEXT : SHARED_CONTEXT + (a.cls === TIME ? 1 : 0);
      if (series(a, b) || twoEvents(a, b, events)) continue;
      // One verb told in two forms («تضطر» / «اضطرت») is one shared word more: asked only of a pair one word short,
      // as a selection of thousands of articles holds many pairs of ordinals of one noun that share nothing.
      const plain = sharedCount(a.context, b.context);
      if (plain >= needed || (plain === needed - 1 && sharedCountWithVerbs(a.context, b.context) >= needed)) pairs.push([a, b]);
    }
  }
  // Two sources that each rank the story's own event rank one thing, whatever noun one of them names it by: «للمرة
  // الثالثة» after «بذلك» has no noun of its own, so it meets a self-ranking ordinal of any class («شلله الثاني»).
  const selfTimes = all.filter((o) => o.self === true && o.cls === TIME);
  for (const a of selfTimes) {
    for (const b of all) {
      if (b.self !== true || b.cls === TIME || b.value === a.value || b.sentence.articleIndex === a.sentence.articleIndex) continue;
      if (sharedCount(a.context, b.context) >= SELF_SHARED_CONTEXT) pairs.push(b.sentence.articleIndex < a.sentence.articleIndex ? [b, a] : [a, b]);
    }
  }
  // Two sources of one event (the summary's) that each rank it among its kind rank one thing, whatever nouns they
  // name it by: «وهي عملية التبادل العاشرة» / «عملية إطلاق متبادل … هي الحادية عشرة من نوعها». Two on-topic sources
  // the summary did not join rank one thing when one names it by the other's noun and they share as many context
  // words as two ordinals of one noun do: «ويعد هذا الانهيار ثاني كارثة من نوعها في منطقة الشامي منذ بداية العام»
  // beside the collapse / «وهو ثالث انهيار قاتل تشهده آبار الشامي منذ مطلع العام» beside the search's end.
  const selves = all.filter((o) => o.self === true && o.cls !== TIME && !offTopic.has(o.sentence.articleIndex));
  const oneThing = (a: Ordinal, b: Ordinal): boolean => a.ranked === b.cls || b.ranked === a.cls || (a.ranked !== undefined && a.ranked === b.ranked);
  selves.forEach((a, i) => {
    for (const b of selves.slice(i + 1)) {
      if (b.cls === a.cls || b.value === a.value || b.sentence.articleIndex === a.sentence.articleIndex) continue;
      const shared = sharedCount(a.context, b.context);
      if (events.sources(a.sentence.sourceId, b.sentence.sourceId) ? shared >= SELF_SHARED_CONTEXT : oneThing(a, b) && shared >= SHARED_CONTEXT) pairs.push([a, b]);
    }
  });
  // «للمرة …» against the other classes: only between sources of one event, so the scan stays small.
  for (const i of byClass.get(TIME) ?? []) {
    const a = all[i];
    if (!a || events.partners(a.sentence.sourceId).size === 0) continue;
    for (const b of all) {
      if (b.cls === TIME || b.value === a.value || b.sentence.articleIndex === a.sentence.articleIndex || !sameEventOrder(a, b, events) || twoEvents(a, b, events)) continue;
      pairs.push(b.sentence.articleIndex < a.sentence.articleIndex ? [b, a] : [a, b]);
    }
  }
  return groupSharingMembers(pairs, (p) => p).map((group) => {
    const members = [...new Set(group.flat())].sort((a, b) => a.sentence.articleIndex - b.sentence.articleIndex || a.sentence.start - b.sentence.start);
    const phrase = (o: Ordinal): string => {
      const first = o.sentence.tokens[o.from];
      const last = o.sentence.tokens[o.to - 1];
      return first && last ? o.sentence.text.slice(first.start, last.end) : '';
    };
    const label = (o: Ordinal): string => {
      const a = corpus.articles[o.sentence.articleIndex];
      return a ? sourceLabel(a, o.sentence.articleIndex) : '';
    };
    // One side per value, with every source that takes it («الثانية» as the wire and its copy say).
    const sides = [...new Set(members.map((o) => o.value))].map((v) => {
      const of = members.filter((o) => o.value === v);
      return `«${phrase(of[0] as Ordinal)}» كما تقول ${[...new Set(of.map(label))].join(' و')}`;
    });
    const evidence: CorpusSentence[] = [];
    for (const o of members) if (!evidence.includes(o.sentence)) evidence.push(o.sentence);
    return { kind: 'contradiction' as const, text: `أيّهما الصحيح: ${sides.join(' أم ')}؟`, evidence };
  });
}
