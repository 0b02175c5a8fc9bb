import { normalise, nounClass } from '../../text/arabic/index.ts';
import type { DateMention } from '../../text/dates/index.ts';
import { articleDay, type Corpus, type CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';
import { ordinalsOf, type Ordinal } from './ordinal-contradictions.ts';
import { entityMentions } from '../../text/gazetteer/place-mentions.ts';
import { daySpan } from './date-span.ts';
import { arabicDatePhrase } from './date-phrase.ts';
import { sourceLabel } from './source-label.ts';

// Who and where: a first visit «لمسؤول عراقي إلى دمشق» is contradicted by an earlier visit that names both.
const SHARED_ENTITIES = 2;
const WINDOW = 8;
// «أول زيارة … منذ 2011»، «… بعد سقوط النظام»: the claim is scoped. A dated scope bounds the earlier event
// from below; a scope named by an event cannot be dated here, so such a claim is not opposed at all.
const SCOPE = new Set(['منذ', 'بعد', 'عقب', 'اثر'].map(normalise));
// Verbs that report the event a noun names, so «زار» in one source meets «أول زيارة» in another.
const VERBS_OF = new Map<string, string[]>(
  (
    [
      ['زيارة', ['زار', 'زارت', 'زاروا', 'يزور', 'تزور']],
      ['لقاء', ['التقى', 'التقت', 'التقوا', 'يلتقي', 'تلتقي']],
      ['اجتماع', ['اجتمع', 'اجتمعت', 'اجتمعوا', 'يجتمع']],
    ] as [string, string[]][]
  ).map(([noun, verbs]) => [nounClass(normalise(noun)), verbs.map(normalise)]),
);

interface FirstClaim {
  ordinal: Ordinal;
  day: [string, string];
  /** The earliest day an earlier event may fall on (a dated scope), or null. */
  since: string | null;
  entities: Set<string>;
}

function absolute(mentions: readonly DateMention[]): DateMention[] {
  return mentions.filter((d) => d.kind !== 'relative' && d.kind !== 'weekday' && daySpan(d) !== null);
}

function firstClaims(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[]): FirstClaim[] {
  const out: FirstClaim[] = [];
  for (const s of corpus.sentences) {
    for (const o of ordinalsOf(s)) {
      if (o.value !== 1) continue;
      const mentions = absolute(dates(s));
      const scopeAt = s.tokens.findIndex((t, i) => i >= o.to && i < o.to + WINDOW && SCOPE.has(t.key));
      let since: string | null = null;
      let scopeDate: DateMention | undefined;
      if (scopeAt >= 0) {
        const next = s.tokens[scopeAt + 1];
        scopeDate = next ? mentions.find((d) => d.start <= next.start && next.start < d.end) : undefined;
        if (!scopeDate) continue;
        since = daySpan(scopeDate)?.[0] ?? null;
      }
      // The claim's own date: the one other absolute date of the sentence, else the article's date.
      const own = mentions.filter((d) => d !== scopeDate);
      const published = articleDay(corpus, s.articleIndex);
      const day = own.length === 1 && own[0] ? daySpan(own[0]) : own.length === 0 && published !== null ? ([published, published] as [string, string]) : null;
      if (!day) continue;
      const entities = new Set(entityMentions(s.tokens, Math.max(0, o.from - WINDOW), o.to + WINDOW).map((m) => m.name));
      out.push({ ordinal: o, day, since, entities });
    }
  }
  return out;
}

function mentionsEvent(s: CorpusSentence, cls: string): boolean {
  const verbs = VERBS_OF.get(cls) ?? [];
  return s.tokens.some((t) => nounClass(t.key) === cls || verbs.includes(t.key) || verbs.some((v) => t.key === `و${v}`));
}

/**
 * The sentences (corpus indices, ascending) that can mention the event a noun class names: those holding
 * a word of that class, or one of its verbs with or without «و». An index of words and classes, built once,
 * so each claim looks only at these rather than at every sentence.
 */
function eventSentences(corpus: Corpus): (cls: string) => number[] {
  const at = new Map<string, number[]>();
  const note = (key: string, i: number): void => {
    const list = at.get(key);
    if (!list) at.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  corpus.sentences.forEach((s, i) => {
    for (const t of s.tokens) {
      note(`c\u0000${nounClass(t.key)}`, i);
      note(`w\u0000${t.key}`, i);
    }
  });
  return (cls) => {
    const verbs = VERBS_OF.get(cls) ?? [];
    const lists = [`c\u0000${cls}`, ...verbs.flatMap((v) => [`w\u0000${v}`, `w\u0000و${v}`])].map((k) => at.get(k) ?? []);
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  };
}

/**
 * A «first» claim («في أول زيارة رسمية لمسؤول عراقي إلى دمشق») that another source contradicts by dating
 * the same kind of event between the same parties earlier (the same noun or its verb, two shared
 * entities, an absolute date before the claim's date and within its dated scope, if any).
 */
export function firstClaimContradictions(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[]): Draft[] {
  const out: Draft[] = [];
  const claims = firstClaims(corpus, dates);
  if (claims.length === 0) return out;
  const sentencesOf = eventSentences(corpus);
  // Per sentence, as many claims look at the same reports.
  const ordinals = new Map<CorpusSentence, Ordinal[]>();
  const named = new Map<CorpusSentence, Set<string>>();
  for (const c of claims) {
    const s = c.ordinal.sentence;
    for (const k of sentencesOf(c.ordinal.cls)) {
      const other = corpus.sentences[k];
      if (!other || other.articleIndex === s.articleIndex || !mentionsEvent(other, c.ordinal.cls)) continue;
      let own = ordinals.get(other);
      if (!own) ordinals.set(other, (own = ordinalsOf(other)));
      if (own.some((o) => o.cls === c.ordinal.cls && o.value === 1)) continue;
      let entities = named.get(other);
      if (!entities) named.set(other, (entities = new Set(entityMentions(other.tokens).map((m) => m.name))));
      if ([...c.entities].filter((e) => entities.has(e)).length < SHARED_ENTITIES) continue;
      const earlier = absolute(dates(other)).find((d) => {
        const span = daySpan(d);
        return span !== null && span[1] < c.day[0] && (c.since === null || span[0] >= c.since);
      });
      if (!earlier) continue;
      const claimer = corpus.articles[s.articleIndex];
      const reporter = corpus.articles[other.articleIndex];
      const first = s.tokens[c.ordinal.from];
      const last = s.tokens[c.ordinal.to - 1];
      const phrase = first && last ? s.text.slice(first.start, last.end) : '';
      const when = c.day[0] === c.day[1] ? arabicDatePhrase(c.day[0]) : arabicDatePhrase(c.day[0].slice(0, 7));
      out.push({
        kind: 'contradiction',
        text:
          `هل كانت فعلًا «${phrase}»؟ تصفها ${claimer ? sourceLabel(claimer, s.articleIndex) : ''} بذلك (${when})، ` +
          `بينما تذكر ${reporter ? sourceLabel(reporter, other.articleIndex) : ''} مثيلًا لها أسبق في «${earlier.text}»` +
          // The date as written may lack its year; the resolved date is added then.
          (earlier.text.includes(earlier.value.slice(0, 4)) ? '' : ` (${arabicDatePhrase(earlier.value)})`),
        evidence: [s, other],
      });
      break;
    }
  }
  return out;
}
