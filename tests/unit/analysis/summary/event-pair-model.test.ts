import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelDecider, type PairQuestion } from '../../../../main/analysis/summary/event-pair-decider.ts';
import { PAIR_FEATURES } from '../../../../main/analysis/summary/event-pair-features.ts';
import { PairModelError, readPairModel, scorePair, shippedPairModel, type PairModel } from '../../../../main/analysis/summary/event-pair-model.ts';
import type { EventUnit } from '../../../../main/analysis/summary/events.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pair-model-'));
const header = {
  format: 'mawjaz-event-pairs', version: 1, trainedOn: ['A'], examples: 'a'.repeat(64),
  pairs: { positive: 1, negative: 1 }, settings: { l2: 1, iterations: 1 },
};
const weights = Object.fromEntries(PAIR_FEATURES.map((f) => [f, f === 'cosine' ? 4 : 0]));
const write = (name: string, content: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('the same-event pair model file', () => {
  it('reads a whole file into weights in the features\' order', () => {
    const m = readPairModel(write('good.json', JSON.stringify({ header, mode: 'gate', threshold: 0.5, bias: -2, weights })));
    expect(m.mode).toBe('gate');
    expect(m.weights[PAIR_FEATURES.indexOf('cosine')]).toBe(4);
    expect(m.weights).toHaveLength(PAIR_FEATURES.length);
  });

  it.each([
    ['missing.json', null, 'it is missing'],
    ['not-json.json', '{ "header": ', 'damaged'],
    ['bad-mode.json', JSON.stringify({ header, mode: 'sometimes', threshold: 0.5, bias: 0, weights }), 'mode'],
    ['other-features.json', JSON.stringify({ header, mode: 'gate', threshold: 0.5, bias: 0, weights: { ...weights, 'new-feature': 1 } }), 'new-feature'],
  ])('says in one sentence naming the file what is wrong with %s', (name, content, why) => {
    const file = content === null ? path.join(dir, name) : write(name, content);
    let error: unknown;
    try {
      readPairModel(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PairModelError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toContain(why);
    expect(message.split(/\.\s/u)).toHaveLength(1);
  });

  it('keeps the candidate floor a model was trained with, and its decider asks the grouping for it', () => {
    const floored = readPairModel(write('floored.json', JSON.stringify({ header, mode: 'union', candidateFloor: 0.05, threshold: 0.5, bias: -2, weights })));
    expect(floored.candidateFloor).toBe(0.05);
    expect(modelDecider(floored).candidateFloor).toBe(0.05);
    const plain = readPairModel(write('plain.json', JSON.stringify({ header, mode: 'union', threshold: 0.5, bias: -2, weights })));
    expect(modelDecider(plain).candidateFloor).toBeUndefined();
  });

  it('reads the shipped model', () => {
    expect(shippedPairModel().weights).toHaveLength(PAIR_FEATURES.length);
  });
});

describe('the pair scorer', () => {
  const model: PairModel = { mode: 'joiner', threshold: 0.5, bias: -2, weights: PAIR_FEATURES.map((f) => (f === 'cosine' ? 4 : 0)) };
  const withCosine = (c: number): number[] => PAIR_FEATURES.map((f) => (f === 'cosine' ? c : 0));

  it('is the logistic of the weighted features', () => {
    expect(scorePair(model, withCosine(0.5))).toBeCloseTo(0.5);
    expect(scorePair(model, withCosine(1))).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(scorePair(model, withCosine(0))).toBeLessThan(0.5);
  });

  const unit: EventUnit = { articles: [0], text: '', vector: new Map() };
  const question = (c: number, rules: boolean): PairQuestion => ({ i: 0, j: 1, a: unit, b: unit, rules: () => rules, features: () => withCosine(c) });

  it('joins as its mode says: alone, as a gate over the rules, or beside them', () => {
    const verdicts = (mode: PairModel['mode']): boolean[] => {
      const d = modelDecider({ ...model, mode });
      return [question(0.9, false), question(0.9, true), question(0.1, true), question(0.1, false)].map((q) => d.decide(q));
    };
    expect(verdicts('joiner')).toEqual([true, true, false, false]);
    expect(verdicts('gate')).toEqual([false, true, false, false]);
    expect(verdicts('union')).toEqual([true, true, true, false]);
  });
});
