import { describe, expect, it } from 'vitest';
import { sentenceRuns } from '../../renderer/app/sentence-runs.ts';

// A body of two paragraphs; the host's splitter would give these sentences (offsets in the body).
const body = 'وصل الوفد صباحاً. بدأت المحادثات ظهراً.\nانتهى اللقاء مساءً.';
const sentences = [
  { start: 0, end: 17 },
  { start: 18, end: 39 },
  { start: 40, end: 59 },
];

describe('a paragraph cut into its sentences', () => {
  it('gives each sentence its own run, the space between them none, and keeps every character once', () => {
    const runs = sentenceRuns({ text: body.slice(0, 39), start: 0 }, sentences, []);
    expect(runs.map((r) => [r.sentence, r.text])).toEqual([
      [0, 'وصل الوفد صباحاً.'],
      [null, ' '],
      [1, 'بدأت المحادثات ظهراً.'],
    ]);
    const second = sentenceRuns({ text: body.slice(40), start: 40 }, sentences, []);
    expect(second).toEqual([{ text: 'انتهى اللقاء مساءً.', sentence: 2, marked: false }]);
  });

  it('marks the quoted range inside its sentence', () => {
    const runs = sentenceRuns({ text: body.slice(0, 39), start: 0 }, sentences, [[18, 39]]);
    expect(runs.filter((r) => r.marked)).toEqual([{ text: 'بدأت المحادثات ظهراً.', sentence: 1, marked: true }]);
    expect(runs.map((r) => r.text).join('')).toBe(body.slice(0, 39));
  });
});
