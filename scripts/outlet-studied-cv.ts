// The outlet chooser measured leave-one-set-out over every set it learns from (`npm run train:outlets -- --cv-studied
// [--margin m …]`): the training sets and the held-out sets the rules were since mended on, the latter with the
// rules' reads from before they were mended (FROZEN_STUDIED_RULES) standing for the rules' choice. Each set is scored
// by a chooser trained on all the others, at each abstaining margin asked (choose-outlet.ts: ABSTAIN_MARGIN by
// default), beside the rules frozen before the set was studied, pooled and per set: the evidence for the margin and
// for the switch in read-outlet.ts.
import { fitChoice } from '../main/ingest/choice/fit-choice.ts';
import { ABSTAIN_MARGIN, pickOutlet } from '../main/ingest/outlet/choose-outlet.ts';
import { scorePages } from './choice-training.ts';
import { OUTLET_FIT_SETTINGS, outletTrainingData } from './outlet-model-training.ts';

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : ((100 * n) / d).toFixed(1));

/** Prints, per margin, each set's P/R (rules frozen, model) and the pooled and mean figures over the sets other than `tuned`. */
export async function crossValidateStudied(root: string, margins: readonly number[]): Promise<void> {
  const data = await outletTrainingData(root);
  const fitted = new Map([...data.keys()].map((held) => [held, fitChoice([...data].filter(([s]) => s !== held).flatMap(([, p]) => p), OUTLET_FIT_SETTINGS)]));
  for (const margin of margins.length > 0 ? margins : [ABSTAIN_MARGIN]) {
    console.log(`margin ${margin}: set, rules frozen P/R, model P/R (correct / returned / expected)`);
    const pooled = { rules: { correct: 0, returned: 0, expected: 0 }, model: { correct: 0, returned: 0, expected: 0 } };
    const means = { rulesP: 0, rulesR: 0, modelP: 0, modelR: 0, n: 0 };
    for (const [held, pages] of data) {
      const s = scorePages(pages, fitted.get(held) ?? new Map(), undefined, (c, w) => pickOutlet(c, w, margin));
      console.log(`  ${held.padEnd(13)} rules ${pct(s.rules.correct, s.rules.returned)} / ${pct(s.rules.correct, s.rules.expected)}   model ${pct(s.model.correct, s.model.returned)} / ${pct(s.model.correct, s.model.expected)}   (${s.model.correct} / ${s.model.returned} / ${s.model.expected})`);
      if (held === 'tuned') continue;
      for (const [k, c] of [['rules', s.rules], ['model', s.model]] as const) {
        pooled[k].correct += c.correct;
        pooled[k].returned += c.returned;
        pooled[k].expected += c.expected;
      }
      means.rulesP += s.rules.correct / Math.max(1, s.rules.returned); means.rulesR += s.rules.correct / Math.max(1, s.rules.expected);
      means.modelP += s.model.correct / Math.max(1, s.model.returned); means.modelR += s.model.correct / Math.max(1, s.model.expected);
      means.n++;
    }
    const { rules: r, model: m } = pooled;
    console.log(`  pooled (tuned aside): rules frozen P ${pct(r.correct, r.returned)} R ${pct(r.correct, r.expected)}, model P ${pct(m.correct, m.returned)} R ${pct(m.correct, m.expected)}`);
    console.log(`  mean of the sets: rules frozen P ${pct(means.rulesP, means.n)} R ${pct(means.rulesR, means.n)}, model P ${pct(means.modelP, means.n)} R ${pct(means.modelR, means.n)}`);
  }
}
