/**
 * The features of a pair of units of different sources for the learned same-event scorer (issue 14): measures any
 * story has — shared words and how rare they are in the selection, shared event senses or two kinds of action, day agreement or conflict
 * and its precision, shared places, figures and rare two-word phrases, both leading their articles, a wire-like
 * wording, the time between the two articles. No word lists of one story: what transfers to selections the model
 * never saw is how much two sentences share and of what kind, not which words.
 */
import { countShared } from './bag-of-words.ts';
import { cosine } from './tfidf.ts';
import { anchorsOf, sensesDiffer, type PairContext } from './event-pair-context.ts';
import type { EventUnit } from './events.ts';

/** The names of the features, in the order pairFeatures gives them; a model file lists the names it was trained on. */
export const PAIR_FEATURES = [
  'cosine',
  'near-identical',
  'containment',
  'shared-stems',
  'idf-share',
  'rare-shared',
  'sense-shared',
  'sense-words-shared',
  'senses-differ',
  'both-dated',
  'dates-agree',
  'dates-conflict',
  'same-day',
  'day-within-1',
  'day-within-2',
  'place-shared',
  'figure-shared',
  'phrase-shared',
  'anchor-shared',
  'clause',
  'both-lead',
  'article-gap',
  'gap-unknown',
] as const;
export type PairFeature = (typeof PAIR_FEATURES)[number];

/**
 * The few features that say what the issue names as one event — rarity-weighted shared words, a shared event sense
 * or two (two kinds of action: without them a model joins a report of the next day's step to a landing that shares
 * the story's names and a day), days that agree or clash, a shared place, figure or rare phrase, wire-like wording —
 * for a model with fewer weights. Chosen by what they mean, before any measurement with them.
 */
export const CORE_PAIR_FEATURES: readonly PairFeature[] = ['idf-share', 'rare-shared', 'sense-shared', 'senses-differ', 'dates-conflict', 'same-day', 'place-shared', 'figure-shared', 'anchor-shared', 'near-identical'];

// Days between the two articles beyond which the gap says no more (a week: the span of a news story's follow-ups).
const GAP_DAYS = 7;
// A shared stem that at most this many units of the selection hold is one the two nearly alone share.
const RARE_UNITS = 2;

/** The features of units i and j (PAIR_FEATURES' order), each in [0, 1] or a small log count. */
export function pairFeatures(ctx: PairContext, i: number, j: number): number[] {
  const u = ctx.units[i] as EventUnit;
  const v = ctx.units[j] as EventUnit;
  const a = ctx.stemsOf(i);
  const b = ctx.stemsOf(j);
  const c = cosine(u.vector, v.vector);
  const { share, shared } = ctx.weightedShare(i, j);
  const least = Math.min(a.size, b.size);
  const rare = [...a].filter((x) => b.has(x) && ctx.idf(x) >= Math.log(ctx.units.length / RARE_UNITS)).length;
  const senseKeys = u.senses && v.senses ? countShared(u.senses.keys, v.senses.keys) : 0;
  const senseStems = new Set([...(u.senses?.stems ?? []), ...(v.senses?.stems ?? [])]);
  const besidesSense = [...a].filter((x) => b.has(x) && !senseStems.has(x)).length;
  const dated = ctx.datesOf(i).length > 0 && ctx.datesOf(j).length > 0;
  const agree = dated && ctx.sameDates(i, j);
  const anchorsJ = new Set(anchorsOf(v));
  const rareAnchors = ctx.rareAnchors(i).filter((x) => anchorsJ.has(x));
  const placesJ = new Set((v.places ?? []).map((p) => p.key));
  const gap = u.day !== undefined && v.day !== undefined ? Math.min(GAP_DAYS, Math.abs(u.day - v.day)) / GAP_DAYS : null;
  return [
    c,
    Number(c >= 0.6),
    least > 0 ? shared / least : 0,
    Math.log1p(shared),
    share,
    Math.log1p(rare),
    Number(senseKeys > 0),
    senseKeys > 0 ? Math.log1p(besidesSense) : 0,
    Number(sensesDiffer(u, v)),
    Number(dated),
    Number(agree),
    Number(dated && !agree),
    Number(ctx.sameDay(i, j)),
    Number(ctx.sameDay(i, j, 1)),
    Number(ctx.nearDates(i, j, 2)),
    Number((u.places ?? []).some((p) => placesJ.has(p.key))),
    Number(rareAnchors.some((x) => !x.startsWith('ph:') && !x.startsWith('p:'))),
    Number(rareAnchors.some((x) => x.startsWith('ph:'))),
    Math.log1p(rareAnchors.length),
    Number(u.clause === true || v.clause === true),
    Number(u.lead === true && v.lead === true),
    gap ?? 0,
    Number(gap === null),
  ];
}
