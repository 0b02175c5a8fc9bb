import { describe, expect, it } from 'vitest';
import { summaryCandidates } from '../../../../main/analysis/summary/candidates.ts';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const FIRST = 'بعد وصول ثلاثمئة عنصر إلى جبهات الشمال الغربي';
const SECOND = 'وزير الدفاع يلتقي قائد القوات الحليفة في العاصمة';
const BODY = 'التقى وزير الدفاع سامر الحداد قائد القوات الحليفة في العاصمة لبحث انتشار العناصر الجدد على الجبهات.';

function texts(title: string, firstLines: string): string[] {
  const a = articleRecord('a', [firstLines, BODY].join('\n\n'), { title, titleBasis: 'inferred' });
  // What may state a point: the candidates that are not a half of the title.
  return summaryCandidates([a]).filter((c) => c.headline !== true).map((c) => c.text);
}

describe('a headline half never states a point (candidates)', () => {
  it('flags each half of a title cut at «..» when the body repeats it', () => {
    expect(texts(`${FIRST}.. ${SECOND}`, `${FIRST}.. ${SECOND}`)).toEqual([BODY]);
  });
  it('flags the halves of a title joined by «|», « - » or «:»', () => {
    for (const join of [' | ', ' - ', ': ']) expect(texts(`${FIRST}${join}${SECOND}`, `${FIRST}.\n\n${SECOND}.`), join).toEqual([BODY]);
  });
  it('keeps a body sentence that only shares words with the title', () => {
    expect(texts(`${FIRST}.. ${SECOND}`, `${FIRST} ووصلت معها آليات ثقيلة.`)).toContain(`${FIRST} ووصلت معها آليات ثقيلة.`);
  });
});

describe('a headline half never becomes a point (summarise)', () => {
  it('gives no point the words of a half of the title', () => {
    const a = articleRecord('a', [`${FIRST}.. ${SECOND}`, BODY, 'وقال الحداد إن العناصر الجدد سينتشرون على جبهات الشمال الغربي خلال الأيام المقبلة.'].join('\n\n'), { title: `${FIRST}.. ${SECOND}`, titleBasis: 'inferred' });
    const points = summarise([a], { now: '2025-04-10', minPoints: 1, maxPoints: 5 });
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect([FIRST, SECOND].some((half) => p.text.startsWith(half))).toBe(false);
  });
});
