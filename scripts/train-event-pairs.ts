/**
 * `npm run train:events`: trains the learned same-event pair scorer on the studied selections A–H (issue 14) and
 * writes models/events/same-event-pairs.json. Deterministic: Newton steps from zero weights over the examples in the
 * order the selections give them, weights written to ten significant digits — the same selections and code give the
 * same bytes. The header's `examples` hash lets the guard test (tests/unit/analysis/summary/shipped-pair-model.test.ts)
 * say when the features or the labels have changed since. `--out FILE` writes elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { fitPairModel } from '../main/analysis/summary/fit-pair-model.ts';
import { PAIR_FEATURES } from '../main/analysis/summary/event-pair-features.ts';
import { PairModelFile } from '../main/analysis/summary/event-pair-model.ts';
import { resources } from '../main/resources.ts';
import { STUDIED_SELECTIONS } from '../tests/fixtures/events/studied-selections.ts';
import { examplesHash, selectionExamples } from './event-pair-examples.ts';
import { FIT_SETTINGS } from './train-event-pairs-settings.ts';

const digits = (x: number): number => Number(x.toPrecision(10));

/** The settings as the model file's header records them. */
export function trainedSettings(): PairModelFile['header']['settings'] {
  return { l2: FIT_SETTINGS.l2, iterations: FIT_SETTINGS.iterations, ...(FIT_SETTINGS.only ? { only: [...FIT_SETTINGS.only] } : {}) };
}

/** The model file's text for the studied selections, as written. */
export function trainedModelText(): string {
  const examples = STUDIED_SELECTIONS.flatMap(({ selection }) => selectionExamples(selection));
  const model = fitPairModel(examples, FIT_SETTINGS);
  const file = PairModelFile.parse({
    header: {
      format: 'mawjaz-event-pairs',
      version: 1,
      trainedOn: STUDIED_SELECTIONS.map((s) => s.letter),
      examples: examplesHash(examples),
      pairs: { positive: examples.filter((e) => e.same).length, negative: examples.filter((e) => !e.same).length },
      settings: trainedSettings(),
    },
    mode: model.mode,
    ...(model.candidateFloor === undefined ? {} : { candidateFloor: model.candidateFloor }),
    threshold: model.threshold,
    bias: digits(model.bias),
    weights: Object.fromEntries(PAIR_FEATURES.map((f, k) => [f, digits(model.weights[k] ?? 0)])),
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('train-event-pairs.ts')) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? (process.argv[at + 1] ?? resources.eventPairModelFile) : resources.eventPairModelFile;
  writeFileSync(out, trainedModelText());
  console.log(`wrote ${out}`);
}
