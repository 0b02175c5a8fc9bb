/**
 * The tagger's reading of a test's sentences, given explicitly instead of asked of the shipped model: a test of an
 * actors pass then fails when the pass's rule breaks, not when a retrained model's margins move (the model is
 * retrained whenever its inputs change). A test file replaces sentence-entities.ts with
 *   const READINGS = vi.hoisted((): Readings => ({ 'sentence as written': [{ type: 'PERS', name: '…', margin: -40 }] }));
 *   vi.mock('…/main/analysis/actors/sentence-entities.ts', async (original) => (await import('./given-reading.ts')).withReadings(await original(), READINGS));
 * Sentences not listed keep the shipped model's reading.
 */
import type * as SentenceEntities from '../../../../main/analysis/actors/sentence-entities.ts';
import type { ArticleTags, WordEntity } from '../../../../main/analysis/actors/sentence-entities.ts';
import type { EntityType } from '../../../../main/analysis/ner/tags.ts';
import type { SentenceWords } from '../../../../main/analysis/words/sentence-tokens.ts';

/** A name the tagger reads (its words as written, space-separated) and its margin on each of them (negative: an actor's). */
export interface GivenName {
  type: EntityType;
  name: string;
  margin: number;
}

/** Per sentence, as the article writes it, the names the tagger reads in it. */
export type Readings = Record<string, GivenName[]>;

// The margin of every word outside the given names: the tagger is sure it is no actor's (word-margins.ts).
const OUTSIDE = 150;

function givenTags(sw: SentenceWords, names: readonly GivenName[]): { entities: WordEntity[]; outside: Float64Array } {
  const texts = sw.words.map((w) => w.text);
  const outside = new Float64Array(texts.length).fill(OUTSIDE);
  const entities = names.map(({ type, name, margin }) => {
    const words = name.split(' ');
    const from = texts.findIndex((_, i) => words.every((w, k) => texts[i + k] === w));
    if (from < 0) throw new Error(`no «${name}» in «${sw.sentence.text}»`);
    outside.fill(margin, from, from + words.length);
    return { type, from, to: from + words.length };
  });
  return { entities, outside };
}

/** sentence-entities.ts with articleEntities answering `readings` for the sentences they list. */
export function withReadings(actual: typeof SentenceEntities, readings: Readings): typeof SentenceEntities {
  return {
    ...actual,
    articleEntities(sentences, model, gazetteer): ArticleTags {
      const tags = actual.articleEntities(sentences, model, gazetteer);
      const given = sentences.map((sw) => {
        const names = readings[sw.sentence.text];
        return names === undefined ? null : givenTags(sw, names);
      });
      if (given.every((g) => g === null)) return tags;
      return {
        entities: given.map((g, i) => g?.entities ?? tags.entities[i] ?? []),
        outside: given.map((g, i) => g?.outside ?? tags.outside[i] ?? new Float64Array()),
      };
    },
  };
}
