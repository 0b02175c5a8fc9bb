import { describe, expect, it } from 'vitest';
import { ConfidenceLevel, LikelihoodBand } from '../../../../main/model/estimative.ts';
import { EstimativeLexiconError, estimativeLexicon, parseEstimativeLexicon } from '../../../../main/text/estimative/estimative-lexicon.ts';
import shipped from '../../../../main/text/estimative/estimative-terms.json' with { type: 'json' };

/** A deep copy of the shipped data to spoil in one place. */
function data(): typeof shipped {
  return structuredClone(shipped);
}

describe('the estimative lexicon (ICD 203)', () => {
  it('has the seven likelihood bands in the scale\'s order with ranges that meet end to end, and the three confidence levels', () => {
    const lexicon = estimativeLexicon();
    expect(lexicon.likelihood.map((e) => e.band)).toEqual(LikelihoodBand.options);
    expect(lexicon.likelihood.map((e) => [e.percent.min, e.percent.max])).toEqual([[1, 5], [5, 20], [20, 45], [45, 55], [55, 80], [80, 95], [95, 99]]);
    expect(lexicon.confidence.map((e) => e.level)).toEqual(ConfidenceLevel.options);
  });

  it('gives every band and level exactly one Arabic and one English term, and every term one meaning', () => {
    const lexicon = estimativeLexicon();
    for (const band of LikelihoodBand.options) {
      const terms = lexicon.terms.filter((t) => t.meaning.kind === 'likelihood' && t.meaning.band === band);
      expect(terms.map((t) => t.language).sort()).toEqual(['ar', 'en']);
    }
    for (const level of ConfidenceLevel.options) {
      const terms = lexicon.terms.filter((t) => t.meaning.kind === 'confidence' && t.meaning.level === level);
      expect(terms.map((t) => t.language).sort()).toEqual(['ar', 'en']);
    }
    expect(lexicon.terms).toHaveLength(2 * (7 + 3));
    expect(new Set(lexicon.terms.map((t) => t.words.join(' '))).size).toBe(lexicon.terms.length);
    expect(lexicon.likelihood.find((e) => e.band === 'very-likely')).toMatchObject({ ar: 'مرجّح جداً', en: 'very likely' });
  });

  it('lists longer terms first, so «مرجّح جداً» is tried before the «مرجّح» inside it', () => {
    const words = estimativeLexicon().terms.map((t) => t.words.length);
    expect(words).toEqual([...words].sort((a, b) => b - a));
  });

  it('fails loading a term mapped to two bands, even when only diacritics, hamza seats or ة/ه tell them apart', () => {
    const same = data();
    same.likelihood[5]!.ar = 'مرجح';
    expect(() => parseEstimativeLexicon(same)).toThrow(EstimativeLexiconError);
    expect(() => parseEstimativeLexicon(same)).toThrow(/«مرجح» names two meanings: likely .* and very-likely/);
    const hamza = data();
    hamza.likelihood[0]!.ar = 'شبه موكد';
    expect(() => parseEstimativeLexicon(hamza)).toThrow(/«شبه مؤكد» names two meanings: almost-no-chance \(«شبه موكد»\) and almost-certain/);
    const marks = data();
    marks.likelihood[1]!.ar = 'غَيْرُ مُرَجَّحٍ';
    expect(() => parseEstimativeLexicon(marks)).toThrow(/names two meanings: very-unlikely .* and unlikely/);
    const taMarbuta = data();
    taMarbuta.confidence[0]!.ar = 'ثقه عاليه';
    expect(() => parseEstimativeLexicon(taMarbuta)).toThrow(/names two meanings: low confidence .* and high confidence/);
    const english = data();
    english.likelihood[2]!.en = 'likely';
    expect(() => parseEstimativeLexicon(english)).toThrow(/names two meanings/);
    // A likelihood term may not also be a confidence term.
    const across = data();
    across.confidence[2]!.ar = 'شبه مؤكد';
    expect(() => parseEstimativeLexicon(across)).toThrow(/almost-certain .* and high confidence/);
  });

  it('fails loading a band with two terms in one language, or none', () => {
    const two = data() as unknown as { likelihood: Record<string, unknown>[] };
    two.likelihood[4]!.ar = ['مرجّح', 'محتمل'];
    expect(() => parseEstimativeLexicon(two)).toThrow(/likelihood\.4\.ar/);
    const none = data() as unknown as { likelihood: Record<string, unknown>[] };
    delete none.likelihood[3]!.en;
    expect(() => parseEstimativeLexicon(none)).toThrow(/likelihood\.3\.en/);
    const wrongScript = data();
    wrongScript.likelihood[3]!.ar = 'even chance';
    expect(() => parseEstimativeLexicon(wrongScript)).toThrow(/an Arabic term/);
  });

  it('fails loading a missing, repeated or misplaced band, and ranges with a gap', () => {
    const missing = data();
    missing.likelihood.splice(3, 1);
    expect(() => parseEstimativeLexicon(missing)).toThrow(/each once and in that order/);
    const swapped = data();
    [swapped.likelihood[0], swapped.likelihood[1]] = [swapped.likelihood[1]!, swapped.likelihood[0]!];
    expect(() => parseEstimativeLexicon(swapped)).toThrow(/each once and in that order/);
    const gap = data();
    gap.likelihood[4]!.percent.min = 60;
    expect(() => parseEstimativeLexicon(gap)).toThrow(/range of likely \(60–80 %\) does not start where roughly-even-chance ends \(55 %\)/);
    const level = data();
    level.confidence.pop();
    expect(() => parseEstimativeLexicon(level)).toThrow(/confidence levels must be low, moderate, high/);
  });
});
