// The learner flags of `npm run tune:ner` and `npm run tune:ner-stage`: `--learner crf|perceptron|sum` (LEARNER of
// train-ner-settings.ts by default), and for the CRF `--l2 C`, `--step S`, `--average 0|1` and `--scale K` (CRF_L2,
// CRF_STEP, CRF_AVERAGE and CRF_SCALE by default), and for the sum of both `--share S` (CRF_SHARE by default).
import type { CrfSettings } from '../main/analysis/ner/learner.ts';
import { CRF_AVERAGE, CRF_L2, CRF_SCALE, CRF_SHARE, CRF_STEP, LEARNER } from './train-ner-settings.ts';

/** The learner flags, each followed by its value (a script's positional arguments are the words no flag takes). */
export const LEARNER_FLAGS: readonly string[] = ['--learner', '--l2', '--step', '--average', '--scale', '--share'];

/** The CRF's settings the flags in `args` ask for, or undefined when the perceptron is to train. */
export function crfSettings(args: readonly string[]): CrfSettings | undefined {
  const value = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const learner = value('--learner') ?? LEARNER;
  if (learner !== 'crf' && learner !== 'perceptron' && learner !== 'sum') throw new Error(`--learner ${learner}: the learners are crf, perceptron and sum`);
  if (learner === 'perceptron') return undefined;
  const l2 = Number(value('--l2') ?? CRF_L2);
  const step = Number(value('--step') ?? CRF_STEP);
  if (!(l2 >= 0) || !(step > 0)) throw new Error(`--l2 ${l2} --step ${step}: the penalty is a number ≥ 0 and the step one > 0`);
  const average = value('--average');
  if (average !== undefined && average !== '0' && average !== '1') throw new Error(`--average ${average}: 0 or 1`);
  const scale = Number(value('--scale') ?? CRF_SCALE);
  if (!(scale > 0)) throw new Error(`--scale ${scale}: the weights' scale is a number > 0`);
  const crf = { l2, step, average: average === undefined ? CRF_AVERAGE : average === '1', scale };
  if (learner === 'crf') return crf;
  const share = Number(value('--share') ?? CRF_SHARE);
  if (!(share > 0 && share < 1)) throw new Error(`--share ${share}: the CRF's share of the sum is a number between 0 and 1`);
  return { ...crf, share };
}
