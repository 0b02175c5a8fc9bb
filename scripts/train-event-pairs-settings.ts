/**
 * The learned pair scorer's training settings (scripts/train-event-pairs.ts), shared with its guard test and the
 * leave-one-selection-out evaluation (tests/eval/event-pairs.ts), so that what is measured is what ships.
 */
import { WIDE_CANDIDATES } from '../main/analysis/summary/event-pair-decider.ts';
import type { FitSettings } from '../main/analysis/summary/fit-pair-model.ts';

export const FIT_SETTINGS: FitSettings = { l2: 30, iterations: 30, mode: 'union', candidateFloor: WIDE_CANDIDATES };
