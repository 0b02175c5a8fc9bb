import { findQuantities, normalise, nounClass, lightStem, type Quantity } from '../arabic/index.ts';
import type { DateMention } from '../dates/index.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { groupBy, type Draft } from './draft.ts';
import { contextTerms, sharedCount } from './context-terms.ts';
import { sourceLabel } from './source-label.ts';

// Figures about the same thing share a counted-noun class and context: three words, or two that make up
// a good part of both short contexts («نظام» and «العراق» alone do not make two reports about one event).
const SHARED_CONTEXT = 3;
const SHARED_CONTEXT_SHORT = 2;
const SHORT_CONTEXT_JACCARD = 0.3;
// Below this relative difference two figures are the same figure rounded differently.
const MIN_DIFFERENCE = 0.1;

// Tolls that grow as an event unfolds: a later, higher figure is an update, not a contradiction (§5.1).
const EVOLVING = new Set(
  ['قتيل', 'جريح', 'مصاب', 'ضحية', 'شهيد', 'مفقود', 'نازح', 'لاجئ', 'معتقل', 'أسير', 'إصابة', 'وفاة', 'حالة', 'مدني', 'شخص'].map((w) => nounClass(normalise(w))),
);

interface Figure {
  sentence: CorpusSentence;
  q: Quantity;
  context: Set<string>;
}

function tokenRange(s: CorpusSentence, start: number, end: number): [number, number] {
  let from = s.tokens.findIndex((t) => t.end > start);
  if (from < 0) from = s.tokens.length;
  let to = from;
  while (to < s.tokens.length && (s.tokens[to]?.start ?? Infinity) < end) to++;
  return [from, to];
}

function figures(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[]): Figure[] {
  const out: Figure[] = [];
  for (const s of corpus.sentences) {
    const mentions = dates(s);
    for (const q of findQuantities(s.text)) {
      if (q.unit !== 'count' || q.noun === null) continue;
      if (mentions.some((d) => d.start < q.end && q.start < d.end)) continue;
      const [from, to] = tokenRange(s, q.start, q.noun.end);
      out.push({ sentence: s, q, context: contextTerms(s.text, s.tokens, from, to, [lightStem(q.noun.key), q.noun.cls]) });
    }
  }
  return out;
}

function sameThing(a: Figure, b: Figure): boolean {
  if (a.q.noun?.cls !== b.q.noun?.cls) return false;
  const shared = sharedCount(a.context, b.context);
  const union = a.context.size + b.context.size - shared;
  return shared >= SHARED_CONTEXT || (shared >= SHARED_CONTEXT_SHORT && union > 0 && shared / union >= SHORT_CONTEXT_JACCARD);
}

function disagree(a: Quantity, b: Quantity): boolean {
  const overlap = a.interval.min <= b.interval.max && b.interval.min <= a.interval.max;
  const diff = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  return !overlap && diff > MIN_DIFFERENCE;
}

function published(corpus: Corpus, f: Figure): string | null {
  const p = corpus.articles[f.sentence.articleIndex]?.published ?? null;
  return p !== null && /^\d{4}-\d{2}-\d{2}$/.test(p) ? p : null;
}

/**
 * Numeric contradictions (§5.1, after de Marneffe et al. 2008): the same count reported differently by
 * different sources: same counted-noun class, shared context words, disjoint intervals, a difference above
 * 10%. Dates are not figures (`dates` gives each sentence's date mentions). When every higher figure comes
 * from a later source and the count is a toll that grows, the question asks about an updated figure.
 */
export function numericContradictions(corpus: Corpus, dates: (s: CorpusSentence) => DateMention[]): Draft[] {
  const all = figures(corpus, dates);
  const conflicts: [Figure, Figure][] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      if (!a || !b || a.sentence.articleIndex === b.sentence.articleIndex) continue;
      if (sameThing(a, b) && disagree(a.q, b.q)) conflicts.push([a, b]);
    }
  }
  const groups = groupBy(conflicts, (x, y) => x.some((f) => y.includes(f)));
  return groups.map((pairs) => {
    const members = [...new Set(pairs.flat())].sort((a, b) => a.sentence.articleIndex - b.sentence.articleIndex || a.sentence.start - b.sentence.start);
    // One entry per distinct figure per source.
    const seen = new Set<string>();
    const shown = members.filter((f) => {
      const key = `${f.sentence.articleIndex}:${f.q.value}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    const say = (f: Figure): string => {
      const a = corpus.articles[f.sentence.articleIndex];
      return `${f.q.text} ${f.q.noun?.text ?? ''} بحسب ${a ? sourceLabel(a, f.sentence.articleIndex) : ''}`;
    };
    const dated = shown.map((f) => ({ f, date: published(corpus, f) }));
    const byDate = [...dated].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.f.sentence.articleIndex - y.f.sentence.articleIndex);
    const rising =
      dated.every((d) => d.date !== null) &&
      new Set(dated.map((d) => d.date)).size === dated.length &&
      byDate.every((d, k) => k === 0 || d.f.q.value > (byDate[k - 1]?.f.q.value ?? Infinity)) &&
      EVOLVING.has(shown[0]?.q.noun?.cls ?? '');
    const [earliest, ...later] = byDate;
    const text =
      rising && earliest
        ? `هل ارتفع العدد من ${say(earliest.f)} إلى ${later.map((d) => say(d.f)).join(' ثم إلى ')} (رقم محدَّث ورد لاحقًا)؟`
        : `كم العدد الصحيح: ${shown.map(say).join(' أم ')}؟`;
    const evidence: CorpusSentence[] = [];
    for (const f of members) if (!evidence.includes(f.sentence)) evidence.push(f.sentence);
    return { kind: 'contradiction' as const, text, evidence };
  });
}
