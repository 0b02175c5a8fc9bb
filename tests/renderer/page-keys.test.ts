import { describe, expect, it } from 'vitest';
import { pageForKey } from '../../renderer/app/page-keys.ts';

describe('moving through the exported PDF’s page thumbnails by keyboard', () => {
  it('goes down and up the list, to the first and last page, and by five', () => {
    expect(pageForKey('ArrowDown', 2, 7, true)).toBe(3);
    expect(pageForKey('ArrowUp', 2, 7, true)).toBe(1);
    expect(pageForKey('Home', 5, 7, false)).toBe(1);
    expect(pageForKey('End', 1, 7, false)).toBe(7);
    expect(pageForKey('PageDown', 1, 7, false)).toBe(6);
    expect(pageForKey('PageUp', 4, 7, false)).toBe(1);
  });

  it('takes left as next in Arabic (right to left) and as previous in English', () => {
    expect(pageForKey('ArrowLeft', 3, 7, true)).toBe(4);
    expect(pageForKey('ArrowRight', 3, 7, true)).toBe(2);
    expect(pageForKey('ArrowLeft', 3, 7, false)).toBe(2);
    expect(pageForKey('ArrowRight', 3, 7, false)).toBe(4);
  });

  it('stays within the document, and ignores other keys', () => {
    expect(pageForKey('ArrowDown', 7, 7, false)).toBe(7);
    expect(pageForKey('ArrowUp', 1, 7, false)).toBe(1);
    expect(pageForKey('Enter', 3, 7, false)).toBeNull();
    expect(pageForKey('ArrowDown', 1, 0, false)).toBeNull();
  });
});
