import { describe, expect, it } from 'vitest';
import { FOLD_PAST, itemFolded, NO_FOLDS, readFolds, sectionFolded, setItemOpen, setSectionFolded } from '../../renderer/app/card-folds.ts';

describe('folded cards in the brief editor', () => {
  it('starts open up to FOLD_PAST items and folded past it; a section of one item never folds', () => {
    expect(sectionFolded(NO_FOLDS, 'summary', FOLD_PAST)).toBe(false);
    expect(sectionFolded(NO_FOLDS, 'actors', FOLD_PAST + 1)).toBe(true);
    expect(itemFolded(NO_FOLDS, 'actors', 80, 'a-1')).toBe(true);
    expect(sectionFolded(setSectionFolded(NO_FOLDS, 'summary', true), 'summary', 1)).toBe(false);
  });

  it('keeps the analyst’s choice over the length: a long section opened stays open, a short one folded stays folded', () => {
    expect(sectionFolded(setSectionFolded(NO_FOLDS, 'actors', false), 'actors', 80)).toBe(false);
    expect(itemFolded(setSectionFolded(NO_FOLDS, 'actors', false), 'actors', 80, 'a-1')).toBe(false);
    expect(sectionFolded(setSectionFolded(NO_FOLDS, 'summary', true), 'summary', 3)).toBe(true);
    // Opening one item of a long section folded by default leaves the others folded.
    const one = setItemOpen(NO_FOLDS, 'timeline', 't-1', true);
    expect(itemFolded(one, 'timeline', 30, 't-1')).toBe(false);
    expect(itemFolded(one, 'timeline', 30, 't-2')).toBe(true);
  });

  it('the analyst folds and opens a section; opening one item leaves the others folded', () => {
    expect(sectionFolded(setSectionFolded(NO_FOLDS, 'actors', true), 'actors', 80)).toBe(true);
    expect(sectionFolded(setSectionFolded(setSectionFolded(NO_FOLDS, 'actors', true), 'actors', false), 'actors', 80)).toBe(false);
    const folded = setSectionFolded(NO_FOLDS, 'summary', true);
    expect(itemFolded(folded, 'summary', 3, 'p-1')).toBe(true);
    const one = setItemOpen(folded, 'summary', 'p-1', true);
    expect(itemFolded(one, 'summary', 3, 'p-1')).toBe(false);
    expect(itemFolded(one, 'summary', 3, 'p-2')).toBe(true);
    // An item of another section with the same id is not opened with it.
    expect(itemFolded(setSectionFolded(one, 'timeline', true), 'timeline', 3, 'p-1')).toBe(true);
    expect(itemFolded(setItemOpen(one, 'summary', 'p-1', false), 'summary', 3, 'p-1')).toBe(true);
    // Folding the section again folds the items opened in it.
    expect(itemFolded(setSectionFolded(one, 'summary', true), 'summary', 3, 'p-1')).toBe(true);
  });

  it('reads back what it kept, and nothing from what it cannot read', () => {
    const kept = setItemOpen(setSectionFolded(NO_FOLDS, 'timeline', true), 'timeline', 't-2', true);
    expect(readFolds(JSON.stringify(kept))).toEqual(kept);
    expect(readFolds('{not json')).toEqual(NO_FOLDS);
    expect(readFolds(null)).toEqual(NO_FOLDS);
    expect(readFolds(JSON.stringify({ sections: { summary: 'sideways', nosuch: 'folded' }, open: [3, 'summary:p-1'] }))).toEqual({ sections: {}, open: ['summary:p-1'] });
  });
});
