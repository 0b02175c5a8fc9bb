import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestChoice } from '../../../../main/ingest/choice/fit-choice.ts';
import { titleWeights } from '../../../../main/ingest/title/load-title-model.ts';
import { prunedBest } from '../../../../main/ingest/title/pruned-choice.ts';
import { titleCandidates, type TitlePage } from '../../../../main/ingest/title/title-candidates.ts';
import { headlineStripper, titlePage } from '../../../../main/ingest/title/title-page.ts';
import { TRAINING_SETS } from '../../../../scripts/format-training-sets.ts';

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures');

/** The seeds' and the training sets' .txt pages, each read as the chooser reads it. */
function pages(): TitlePage[] {
  const folders = [path.join(FIXTURES, 'seeds'), ...TRAINING_SETS.map((s) => path.join(FIXTURES, 'formats', s))];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => titlePage({ file: name, format: 'txt', encoding: 'utf-8', text: readFileSync(path.join(folder, name), 'utf8'), declared: {} }, '2026-01-15')),
  );
}

/** The pick of the chooser that strips every line: bestChoice over titleCandidates. */
function fullPick(page: TitlePage, weights: ReadonlyMap<string, number>): { value: string | null; line: number | null } {
  const candidates = titleCandidates(page, headlineStripper(page.raw, page.outlet));
  const pick = candidates[bestChoice(candidates, weights)];
  return { value: pick?.value ?? null, line: pick?.line?.index ?? null };
}

function prunedPick(page: TitlePage, weights: ReadonlyMap<string, number>): { value: string | null; line: number | null } {
  const pick = prunedBest(page, weights, headlineStripper(page.raw, page.outlet));
  return { value: pick.value, line: pick.line?.index ?? null };
}

const all = pages();

describe('prunedBest', () => {
  it('picks what the full chooser picks on every seed and training page, under the shipped weights', () => {
    expect(all.length).toBeGreaterThan(300);
    for (const page of all) expect({ file: page.raw.file, ...prunedPick(page, titleWeights()) }).toEqual({ file: page.raw.file, ...fullPick(page, titleWeights()) });
  }, 60_000);

  it('picks what the full chooser picks under any weights (furniture and sources included, of either sign)', () => {
    const shipped = titleWeights();
    const names = [...shipped.keys()];
    const sample = all.filter((_, i) => i % 7 === 0);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: names.length, maxLength: names.length }), fc.nat(sample.length - 1), (ws, at) => {
        const weights = new Map(names.map((n, i) => [n, ws[i] ?? 0]));
        const page = sample[at];
        if (page === undefined) return true;
        expect(prunedPick(page, weights)).toEqual(fullPick(page, weights));
        return true;
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
