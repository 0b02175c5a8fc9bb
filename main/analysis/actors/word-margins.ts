/**
 * How sure the tagger must be that a word is an actor's (its margin, viterbi.ts outsideMargins, at most minus
 * this) for the word tests to yield to it: a foreign name the tests read as a verbal noun, a plural or a particle
 * («تاكسين», «كوفي», «فان» of «ماركو فان باستن»). And how sure it must be that a word is no actor's for a rule's
 * person to be cut before it though the word looks like a name («أمير» of «حمد بن خليفة آل ثاني أمير البلاد»).
 * Chosen on the training part's dev block with a model trained without it, as VETO_MARGIN is: persons F1 of the
 * stage 73.3 → 75.0 (typed 73.1 → 73.7); 30 to 60 score alike for either, 10 and 100 worse. Re-checked on the three
 * tune blocks pooled (npm run tune:ner-stage, stage micro / PERS): actor 60 77.53 / 75.68, 45 77.56 / 75.68, 30 77.37 /
 * 75.62; outside 15 as 30. 45 over 60 is three hundredths, within noise: 60 kept.
 */
const SURE_ACTOR_MARGIN = 60;
const SURE_OUTSIDE_MARGIN = 30;

/** The tagger's margins of the words of one sentence (see outsideMargins), with what they make sure. */
export class WordMargins {
  constructor(private readonly margins: ArrayLike<number>) {}
  /** Whether the tagger is sure word i is part of an actor's name. */
  actor(i: number): boolean {
    return (this.margins[i] ?? 0) <= -SURE_ACTOR_MARGIN;
  }
  /** Whether the tagger is sure word i is no actor's. */
  outside(i: number): boolean {
    return (this.margins[i] ?? 0) >= SURE_OUTSIDE_MARGIN;
  }
  margin(i: number): number {
    return this.margins[i] ?? 0;
  }
}

/**
 * How sure the tagger must be of a one-word person (its margin, at most minus this) for the word's shape alone (a
 * verb's prefix, a verbal noun's pattern, a plural's ending) to cut it no more: a surname alone, a foreign name in
 * one of its spellings («جوشوا», «تيتيه», «يوان») takes any shape in transliteration, as a name of two words or more
 * does, whose shapes already reject nothing. The lexicon's verbs, stopwords and nouns still do. Chosen on the
 * studied sets (ANERcorp's tune blocks, modern-1..4: npm run ablate:persons, issue 12, stage12g).
 */
export const ONE_WORD_SHAPE_MARGIN = 45;

/**
 * How sure the tagger must be of a one-word person right after a reporting verb («وقال ويتكوف», «وأضاف لولا») for
 * the word tests to yield to it (find-tagged.ts reportedSubject): below the shape margin, since the verb's subject is
 * the speaker, evidence the word alone lacks; chosen on the studied sets (npm run person-losses, issue 12, ner18).
 */
export const REPORTED_SUBJECT_MARGIN = 30;

/**
 * Whether the tagger is sure enough of the one word [from, from + 1) being a person's, its margin at most −`margin`
 * (ONE_WORD_SHAPE_MARGIN, REPORTED_SUBJECT_MARGIN), for the word tests to yield to it.
 */
export function oneWordYields(margins: WordMargins, from: number, to: number, margin: number): boolean {
  return to - from === 1 && margins.margin(from) <= -margin;
}

/** Whether the tagger is sure of every word of [from, to) being an actor's. */
export function allSure(margins: WordMargins, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!margins.actor(i)) return false;
  return true;
}
