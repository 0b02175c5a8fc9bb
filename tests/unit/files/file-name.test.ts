import { describe, expect, it } from 'vitest';
import { fileName } from '../../../main/files/file-name.ts';

describe('a path\'s file name', () => {
  it('is the part after the last separator of either kind', () => {
    expect(fileName('news/2025/a.html')).toBe('a.html');
    expect(fileName('C:\\news\\hespress.com.txt')).toBe('hespress.com.txt');
    expect(fileName('C:\\news/mixed\\b.pdf')).toBe('b.pdf');
    expect(fileName('a.html')).toBe('a.html');
  });

  it('is empty for a path that ends in a separator', () => {
    expect(fileName('news/')).toBe('');
  });
});
