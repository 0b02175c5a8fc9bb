import { describe, expect, it } from 'vitest';
import { firstPageLines, linesPerPage, pageBreakLines } from '../../../../main/render/pdf/paragraph-breaks.ts';

describe('linesPerPage (widow and orphan control)', () => {
  it('keeps a paragraph that fits on its page', () => {
    expect(linesPerPage(5, 8, 40)).toEqual([5]);
    expect(linesPerPage(5, 5, 40)).toEqual([5]);
  });

  it('never leaves one line alone at the foot of a page: the paragraph starts on the next', () => {
    expect(linesPerPage(5, 1, 40)).toEqual([0, 5]);
  });

  it('never leaves one line alone at the head of the next page: the break moves a line up', () => {
    expect(linesPerPage(5, 4, 40)).toEqual([3, 2]);
  });

  it('does not break a paragraph of three lines at all, and breaks one of four two and two', () => {
    expect(linesPerPage(3, 2, 40)).toEqual([0, 3]);
    expect(linesPerPage(4, 3, 40)).toEqual([2, 2]);
  });

  it('carries a long paragraph over several pages with two lines or more at every break', () => {
    expect(linesPerPage(50, 7, 20)).toEqual([7, 20, 20, 3]);
    // 48 lines would leave one for the fourth page: the third page gives it a line.
    expect(linesPerPage(48, 7, 20)).toEqual([7, 20, 19, 2]);
  });

  it('lets a page too short for the rules take what fits, so lines always find a page', () => {
    expect(linesPerPage(3, 1, 1)).toEqual([1, 1, 1]);
  });

  it('gives the lines a page break falls before', () => {
    expect([...pageBreakLines([3, 2])]).toEqual([3]);
    expect([...pageBreakLines([0, 5])]).toEqual([0]);
    expect([...pageBreakLines([7, 20, 19, 4])]).toEqual([7, 27, 46]);
    expect(firstPageLines(3)).toBe(3);
    expect(firstPageLines(9)).toBe(2);
  });
});
