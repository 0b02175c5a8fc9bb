import { describe, expect, it } from 'vitest';
import { independentSourcesLabel } from '../../../main/render/brief-labels.ts';

describe('the count of independent sources in words', () => {
  it.each([
    [1, 'مصدر مستقل واحد'],
    [2, 'مصدران مستقلان'],
    [3, '3 مصادر مستقلة'],
    [10, '10 مصادر مستقلة'],
    [11, '11 مصدرًا مستقلًا'],
    [99, '99 مصدرًا مستقلًا'],
    [100, '100 مصدر مستقل'],
    [103, '103 مصادر مستقلة'],
    [112, '112 مصدرًا مستقلًا'],
  ])('%i → %s', (n, words) => {
    expect(independentSourcesLabel(n)).toBe(words);
  });
});
