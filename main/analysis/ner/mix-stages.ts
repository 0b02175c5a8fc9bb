/**
 * The mixed output of two stages (stacking.ts): the second stage's persons, the first stage's other types. The
 * second stage, trained with evidence for persons only, gains persons but gives back organisations and places
 * (tagger12g's measure, train-ner-settings.ts), so each type is taken from the stage that tags it better.
 */
import type { EntitySpan } from './tags.ts';

/**
 * Which side keeps a token both claim: 'person' keeps the second stage's person and drops the first stage's
 * entity overlapping it; 'first' keeps the first stage's organisation, place or other and drops the person
 * (a person added only where the first stage said O or PERS). 'adds' keeps every span of the first stage, persons
 * too, and adds the second stage's persons only where the first stage tagged none of their words: the second stage
 * finds persons the document names elsewhere, and never re-cuts or drops one the first stage found. 'keeps' is
 * 'first' but for a first-stage person no second-stage person overlaps, which it keeps (the second stage may re-cut
 * a person and add one, not drop one).
 */
export type MixOverlap = 'person' | 'first' | 'adds' | 'keeps';

const overlaps = (a: EntitySpan, b: EntitySpan): boolean => a.start < b.end && b.start < a.end;

/** One sentence's entities: the second stage's PERS spans and the first stage's other spans, in token order. */
export function mixStageSpans(first: readonly EntitySpan[], second: readonly EntitySpan[], overlap: MixOverlap): EntitySpan[] {
  const persons = second.filter((s) => s.type === 'PERS');
  if (overlap === 'adds') return [...first, ...persons.filter((p) => !first.some((o) => overlaps(o, p)))].sort((a, b) => a.start - b.start);
  if (overlap === 'keeps') {
    const mixed = mixStageSpans(first, second, 'first');
    const dropped = first.filter((f) => f.type === 'PERS' && !mixed.some((m) => overlaps(m, f)));
    return [...mixed, ...dropped].sort((a, b) => a.start - b.start);
  }
  const others = first.filter((s) => s.type !== 'PERS');
  const kept = overlap === 'person'
    ? [...persons, ...others.filter((o) => !persons.some((p) => overlaps(o, p)))]
    : [...others, ...persons.filter((p) => !others.some((o) => overlaps(o, p)))];
  return kept.sort((a, b) => a.start - b.start);
}
