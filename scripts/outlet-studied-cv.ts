// The outlet chooser measured leave-one-set-out over every set it learns from: the training sets and the held-out sets
// the rules were since mended on, the latter with the rules' reads from before they were mended (FROZEN_STUDIED_RULES)
// standing for the rules' choice. Each set is scored by a chooser trained on all the others, at each abstaining margin
// (train-outlets-settings.ts: MARGINS), beside the rules frozen before the set was studied, pooled over the sets but
// the tuned one (the rules were written on it). The pooled curve chooses the margin the model file carries
// (chooseMargin, by `npm run train:outlets`); `npm run train:outlets -- --cv-studied [--margin m …]` prints it per set.
import { fitChoice } from '../main/ingest/choice/fit-choice.ts';
import { pickOutlet } from '../main/ingest/outlet/choose-outlet.ts';
import { scorePages, type LabelledPage, type Scores } from './choice-training.ts';
import { MARGINS, OUTLET_FIT_SETTINGS, PRECISION_TARGET } from './train-outlets-settings.ts';

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : ((100 * n) / d).toFixed(1));

interface Counts { correct: number; returned: number; expected: number }

/** One margin's scores: each set's (the set left out, scored by a chooser trained on the others) and the pooled ones. */
export interface MarginScores {
  margin: number;
  sets: Map<string, Scores>;
  pooled: { rules: Counts; model: Counts };
}

/** Every margin's leave-one-set-out scores over `data` (each set left out once; one fit per set, shared by the margins). */
export function studiedCurve(data: ReadonlyMap<string, readonly LabelledPage[]>, margins: readonly number[]): MarginScores[] {
  const fitted = new Map([...data.keys()].map((held) => [held, fitChoice([...data].filter(([s]) => s !== held).flatMap(([, p]) => p), OUTLET_FIT_SETTINGS)]));
  return margins.map((margin) => {
    const sets = new Map<string, Scores>();
    const pooled = { rules: { correct: 0, returned: 0, expected: 0 }, model: { correct: 0, returned: 0, expected: 0 } };
    for (const [held, pages] of data) {
      const s = scorePages(pages, fitted.get(held) ?? new Map(), undefined, (c, w) => pickOutlet(c, w, margin));
      sets.set(held, s);
      if (held === 'tuned') continue;
      for (const [k, c] of [['rules', s.rules], ['model', s.model]] as const) {
        pooled[k].correct += c.correct;
        pooled[k].returned += c.returned;
        pooled[k].expected += c.expected;
      }
    }
    return { margin, sets, pooled };
  });
}

const precision = (c: Counts): number => (c.returned === 0 ? 0 : c.correct / c.returned);
const recall = (c: Counts): number => (c.expected === 0 ? 0 : c.correct / c.expected);
// F-measure with precision weighing twice as much as recall (β = 0.5).
const fHalf = (c: Counts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (1.25 * p * r) / (0.25 * p + r);
};

/**
 * How many sets (the tuned one aside) the chooser reads worse than the rules frozen before each was studied, at one
 * margin: a lower precision or a lower recall on the set left out. The chooser replaces the rules as the import's
 * reader (read-outlet.ts), so a set it reads worse is a set whose pages lose what the rules read on them.
 */
export function setsLost(m: MarginScores): string[] {
  const lost: string[] = [];
  for (const [set, s] of m.sets) if (set !== 'tuned' && (precision(s.model) < precision(s.rules) || recall(s.model) < recall(s.rules))) lost.push(set);
  return lost;
}

/**
 * The margin the model carries: the smallest of the curve whose pooled precision reaches PRECISION_TARGET; where none
 * does, the one losing to the frozen rules on the fewest sets left out (setsLost), then the best pooled F0.5, then the
 * smaller. No margin reaches the target on the studied sets, and none reads every set as well as the rules: of those
 * losing fewest, the best pooled F0.5 is taken.
 */
export function chooseMargin(curve: readonly MarginScores[]): number {
  const reaching = curve.find((m) => precision(m.pooled.model) >= PRECISION_TARGET);
  if (reaching !== undefined) return reaching.margin;
  let best: MarginScores | undefined;
  for (const m of curve) {
    if (best === undefined) best = m;
    else {
      const [lost, bestLost] = [setsLost(m).length, setsLost(best).length];
      if (lost < bestLost || (lost === bestLost && fHalf(m.pooled.model) > fHalf(best.pooled.model))) best = m;
    }
  }
  if (best === undefined) throw new Error('no abstaining margin to choose from (MARGINS is empty)');
  return best.margin;
}

/** One line of the precision/recall curve. */
export function curveLine(m: MarginScores): string {
  const { rules: r, model: c } = m.pooled;
  const lost = setsLost(m);
  return `margin ${String(m.margin).padEnd(4)} model P ${pct(c.correct, c.returned)} R ${pct(c.correct, c.expected)} F0.5 ${(100 * fHalf(c)).toFixed(1)} (${c.correct} / ${c.returned} / ${c.expected}); rules frozen P ${pct(r.correct, r.returned)} R ${pct(r.correct, r.expected)}; worse than the rules on ${lost.length} set(s)${lost.length > 0 ? `: ${lost.join(', ')}` : ''}`;
}

/** Prints, per margin asked (MARGINS unless told), each set's P/R (rules frozen, model), then the pooled curve and the margin training would choose. */
export function crossValidateStudied(data: ReadonlyMap<string, readonly LabelledPage[]>, margins: readonly number[]): void {
  const curve = studiedCurve(data, margins.length > 0 ? margins : MARGINS);
  for (const m of curve) {
    console.log(`margin ${m.margin}: set, rules frozen P/R, model P/R (correct / returned / expected)`);
    for (const [held, s] of m.sets) {
      console.log(`  ${held.padEnd(13)} rules ${pct(s.rules.correct, s.rules.returned)} / ${pct(s.rules.correct, s.rules.expected)}   model ${pct(s.model.correct, s.model.returned)} / ${pct(s.model.correct, s.model.expected)}   (${s.model.correct} / ${s.model.returned} / ${s.model.expected})`);
    }
  }
  console.log('pooled over the sets left out in turn (tuned aside):');
  for (const m of curve) console.log(`  ${curveLine(m)}`);
  console.log(`margin chosen (${PRECISION_TARGET * 100} % precision if reached, else the fewest sets worse than the rules, then the best F0.5): ${chooseMargin(curve)}`);
}

/**
 * Every wrong outlet the chooser returns at `margin` on the sets left out in turn (the tuned one too: its misses are
 * read like any studied set's): set, page, expected, returned, and the winning candidate's features with their weights,
 * heaviest first — what issue 13's classes of wrong returns are read off (`npm run train:outlets -- --cv --wrong`).
 */
export function listWrongReturns(data: ReadonlyMap<string, readonly LabelledPage[]>, margin: number): void {
  let wrong = 0;
  for (const [held] of data) {
    const weights = fitChoice([...data].filter(([s]) => s !== held).flatMap(([, p]) => p), OUTLET_FIT_SETTINGS);
    for (const page of data.get(held) ?? []) {
      const at = pickOutlet(page.candidates, weights, margin);
      const won = page.candidates[at];
      if (won?.value == null || (page.expected !== null && page.matches(won.value))) continue;
      wrong++;
      const feats = [...won.features.keys()].map((k) => [k, weights.get(k) ?? 0] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
      console.log(`${held}/${page.name}\texpected ${JSON.stringify(page.expected)}\treturned ${JSON.stringify(won.value)}`);
      console.log(`    ${feats.map(([k, w]) => `${k} ${w.toFixed(2)}`).join(', ')}`);
    }
  }
  console.log(`${wrong} wrong outlets returned at margin ${margin}`);
}
