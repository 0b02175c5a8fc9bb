import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../main/library/source-lines.ts';
import { makeRecord, tempStore } from './helpers.ts';

// A scraped text with a blank line between paragraphs: the cleaner kept lines 2, 4, 8 and 10 and took out 0, 6 and 12.
const BODY = ['وقع انفجار في سوق المدينة صباح اليوم.', 'وقالت الشرطة إن عدد الضحايا ارتفع إلى خمسة.', 'وأضاف المتحدث أن التحقيق ما زال جاريا.', 'ودان المحافظ الهجوم ووعد بملاحقة المنفذين'].join('\n\n');
const REMOVED = [
  { line: 0, text: 'الرئيسية | أخبار محلية', reason: 'navigation' },
  { line: 6, text: 'اقرأ أيضا: ارتفاع أسعار الوقود', reason: 'promo' },
  { line: 12, text: 'اشترك في قناتنا على تلغرام', reason: 'promo' },
];

describe('source lines', () => {
  it('puts removed lines back between the story lines they stood between', () => {
    expect(sourceLines(BODY, REMOVED).map((l) => [l.line, l.reason ?? 'story'])).toEqual([
      [0, 'navigation'], [2, 'story'], [4, 'story'], [6, 'promo'], [8, 'story'], [10, 'story'], [12, 'promo'],
    ]);
  });
});

describe('line corrections', () => {
  it('puts a removed line back into the story, takes a story line out, and undoes both', async () => {
    const { store } = tempStore();
    const r = makeRecord(BODY, { removed: REMOVED });
    await store.addArticle(r);
    const restored = await store.setLineInStory(r.id, 6, true);
    expect(restored.body.split('\n\n')[2]).toBe('اقرأ أيضا: ارتفاع أسعار الوقود');
    expect(restored.removed.map((l) => l.line)).toEqual([0, 12]);
    expect(restored.storyLines).toEqual([2, 4, 6, 8, 10]);
    expect(restored.movedLines).toEqual([6]);

    const out = await store.setLineInStory(r.id, 10, false);
    expect(out.body).not.toContain('ودان المحافظ');
    expect(out.removed).toContainEqual({ line: 10, text: 'ودان المحافظ الهجوم ووعد بملاحقة المنفذين', reason: 'analyst' });
    expect((await store.search('المحافظ')).total).toBe(0);
    expect((await store.search('الوقود')).total).toBe(1);

    await store.setLineInStory(r.id, 6, false);
    const back = await store.setLineInStory(r.id, 10, true);
    expect(back.body).toBe(BODY);
    expect(back.removed).toEqual(REMOVED);
    expect(back.movedLines).toEqual([]);
    await store.close();
  });

  it('survives re-importing the same article, which never overwrites the stored record', async () => {
    const { store } = tempStore();
    const r = makeRecord(BODY, { removed: REMOVED });
    await store.addArticle(r);
    await store.setLineInStory(r.id, 12, true);
    expect((await store.addArticle(makeRecord(BODY, { id: r.id, removed: REMOVED }))).status).toBe('duplicate');
    expect((await store.getArticle(r.id))?.body.endsWith('اشترك في قناتنا على تلغرام')).toBe(true);
    await store.close();
  });

  it('refuses an unknown article or line', async () => {
    const { store } = tempStore();
    const r = makeRecord(BODY, { removed: REMOVED });
    await store.addArticle(r);
    await expect(store.setLineInStory('nope', 0, true)).rejects.toThrow('no article with id nope');
    await expect(store.setLineInStory(r.id, 5, true)).rejects.toThrow('has no line 5');
    expect((await store.getArticle(r.id))?.body).toBe(BODY);
    await store.close();
  });
});
