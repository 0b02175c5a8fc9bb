import { describe, expect, it } from 'vitest';
import { lightStem, normalise } from '../../../../main/text/arabic/index.ts';
import { contentStems } from '../../../../main/analysis/timeline/similarity.ts';

const stem = (word: string, rootWaw = false): string => lightStem(normalise(word), { rootWaw });

describe('lightStem', () => {
  it('is Light10 as published by default: a leading «و» is taken for the conjunction', () => {
    expect(stem('والمدارس')).toBe(stem('المدارس'));
    expect(stem('وكالة')).not.toBe(stem('الوكالة'));
  });

  it('keeps a root «و» when asked, so a word has one stem with or without its article or conjunction', () => {
    for (const [a, b] of [['وكالة', 'بالوكالة'], ['وزير', 'والوزير'], ['وفود', 'الوفود'], ['وصلت', 'ووصلت']]) {
      expect(stem(a as string, true)).toBe(stem(b as string, true));
    }
  });

  it('still strips the conjunction before a word that only begins like a root-«و» word («وقتل» is not «وقت»)', () => {
    expect(stem('وقتل', true)).toBe(stem('قتل', true));
    expect(stem('وحددت', true)).toBe(stem('حددت', true));
  });
});

describe('the content stems two reports of one event are compared by', () => {
  it('meet on an institution named with and without the article', () => {
    const a = contentStems('دعت الوكالة الصحفيين إلى مؤتمر في مقرها.');
    const b = contentStems('عقدت وكالة الفضاء مؤتمرا صحفيا.');
    expect([...a].filter((x) => b.has(x))).toContain(stem('وكالة', true));
  });
});
