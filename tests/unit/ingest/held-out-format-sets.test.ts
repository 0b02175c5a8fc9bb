import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FROZEN_STUDIED_RULES, HELD_OUT_SETS, STUDIED_FORMAT_SETS, STUDIED_HELD_OUT_SETS, TRAINING_SETS } from '../../../scripts/format-training-sets.ts';
import { readAuthorModel } from '../../../main/ingest/author/author-model-file.ts';
import { readOutletModel } from '../../../main/ingest/outlet/outlet-model-file.ts';
import { readTitleModel } from '../../../main/ingest/title/title-model-file.ts';
import { resources } from '../../../main/resources.ts';

// The format sets written to measure the learned choosers and the rules (tests/fixtures/formats/README.md): a set
// learned from, or scored nowhere, no longer measures anything. A new format set fails here until it is named either
// in TRAINING_SETS or HELD_OUT_SETS (scripts/format-training-sets.ts), and a held-out set until it has its row in the eval.
const HELD_OUT = HELD_OUT_SETS;
const STUDIED_BY_RULES = STUDIED_HELD_OUT_SETS;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FORMATS = path.join(ROOT, 'tests', 'fixtures', 'formats');
const trained: readonly string[] = TRAINING_SETS;

describe('the format sets held out of the learned choosers', () => {
  it('names every folder of tests/fixtures/formats as a training set or a held-out one', () => {
    const folders = readdirSync(FORMATS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const unnamed = folders.filter((f) => !trained.includes(f) && !(HELD_OUT as readonly string[]).includes(f));
    expect(unnamed).toEqual([]);
  });

  it('keeps the held-out sets out of TRAINING_SETS and out of what the shipped models were trained on', () => {
    const outletSets = Object.keys(readOutletModel(resources.outletModelFile).inputs.sets);
    const titleSets = Object.keys(readTitleModel(resources.titleModelFile).inputs.sets);
    const authorSets = Object.keys(readAuthorModel(resources.authorModelFile).inputs.sets);
    // The outlet chooser also learns from the held-out sets the rules were mended on (with the rules' reads from before
    // they were: scripts/outlet-model-training.ts), never from an honest one.
    const honestInOutlets = outletSets.filter((s) => (HELD_OUT as readonly string[]).includes(s) && !(STUDIED_BY_RULES as readonly string[]).includes(s));
    expect(HELD_OUT.filter((s) => trained.includes(s) || titleSets.includes(s) || authorSets.includes(s))).toEqual([]);
    expect(honestInOutlets).toEqual([]);
  });

  it('has the rules\' reads from before they were mended for every studied held-out set', () => {
    expect(Object.keys(FROZEN_STUDIED_RULES).sort()).toEqual([...STUDIED_BY_RULES].sort());
  });

  it('labels the held-out sets the rules were mended on as studied in the eval, and only those', () => {
    const evalSource = readFileSync(path.join(ROOT, 'tests', 'eval', 'metadata.ts'), 'utf8');
    const labelled = (s: string): boolean => new RegExp(`formats/${s}: [^)]*studied since`, 'u').test(evalSource);
    expect(HELD_OUT.filter((s) => labelled(s) !== STUDIED_BY_RULES.includes(s))).toEqual([]);
    expect(HELD_OUT.filter((s) => !STUDIED_BY_RULES.includes(s)).length).toBeGreaterThan(0);
  });

  it('scores every held-out set in `npm run eval -- metadata`', () => {
    const evalSource = readFileSync(path.join(ROOT, 'tests', 'eval', 'metadata.ts'), 'utf8');
    expect(HELD_OUT.filter((s) => !evalSource.includes(`join(FIXTURES, 'formats', '${s}')`))).toEqual([]);
  });

  it('lets the scripts that study the sets read only the studied ones, from the one list', () => {
    expect(STUDIED_FORMAT_SETS.filter((s) => (HELD_OUT as readonly string[]).includes(s) && !(STUDIED_BY_RULES as readonly string[]).includes(s))).toEqual([]);
    const cuesSource = readFileSync(path.join(ROOT, 'scripts', 'outlet-cues.ts'), 'utf8');
    // A hand-written list of sets there goes stale when a held-out set becomes studied or a new honest one arrives.
    expect(cuesSource).toContain('STUDIED_FORMAT_SETS');
    expect(cuesSource).not.toMatch(/'untouched-\d|untouched-\$\{/u);
  });
});
