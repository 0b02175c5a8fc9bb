import { describe, expect, it } from 'vitest';
import { normalise } from '../../../main/text/arabic/index.ts';
import type { SearchHit } from '../../../main/library/search.ts';
import { makeRecord, seedTexts, tempStore } from './helpers.ts';

const filler = 'قالت مصادر محلية إن الاجتماع عقد في العاصمة وناقش ملفات عديدة بين الجانبين خلال ساعات طويلة.';

function setup() {
  const { store } = tempStore();
  const add = (body: string, title: string | null = null) => {
    const r = makeRecord(body, { title, titleBasis: title === null ? 'unknown' : 'explicit' });
    store.addArticle(r);
    return r;
  };
  return { store, add };
}

/** Every highlight, read back from the original text through the snippet's offsets. */
function highlighted(hit: SearchHit, body: string): string[] {
  return hit.snippet.highlights.map((h) => {
    const fromSnippet = hit.snippet.text.slice(h.start, h.end);
    expect(body.slice(hit.snippet.start + h.start, hit.snippet.start + h.end)).toBe(fromSnippet);
    return fromSnippet;
  });
}

describe('search', () => {
  it('finds «الحشد» written with clitics, but «والحشد» only as written', () => {
    const { store, add } = setup();
    const a = add(`${filler} وأكد قادة والحشد الشعبي موقفهم.`);
    const b = add(`${filler} وقد التقى الوفد بالحشد في بغداد.`);
    const c = add(`${filler} وصرح متحدث باسم الحشد بذلك.`);
    add(`${filler} لا علاقة لهذا الخبر بالموضوع.`);
    const found = store.search('الحشد');
    expect(found.total).toBe(3);
    expect(new Set(found.hits.map((h) => h.article.id))).toEqual(new Set([a.id, b.id, c.id]));
    // The word as written ranks first.
    expect(found.hits[0]?.article.id).toBe(c.id);
    expect(store.search('والحشد').hits.map((h) => h.article.id)).toEqual([a.id]);
    expect(store.search('حشد').total).toBe(3);
    store.close();
  });

  it('folds hamza seats, ta marbuta, alef maqsura, tatweel and diacritics on both sides', () => {
    const { store, add } = setup();
    const hamza = add(`${filler} استقبل أحمد الشرع ضيفه.`);
    const taMarbuta = add(`${filler} أعلنت الحكومة العراقية قرارها.`);
    const maqsura = add(`${filler} نقل الجرحى إلى مستشفى المدينة.`);
    const tatweel = add(`${filler} تحدث عن الأمـــــن الإقليمي.`);
    const harakat = add(`${filler} صدر الكِتَابُ الأبيضُ أمس.`);
    const ids = (q: string) => store.search(q).hits.map((h) => h.article.id);
    expect(ids('احمد')).toEqual([hamza.id]);
    expect(ids('إحمد')).toEqual([hamza.id]);
    expect(ids('الحكومه العراقيه')).toEqual([taMarbuta.id]);
    expect(ids('مستشفي')).toEqual([maqsura.id]);
    expect(ids('الامن')).toEqual([tatweel.id]);
    expect(ids('الكتاب')).toEqual([harakat.id]);
    expect(ids('الكِتاب الأَبيض')).toEqual([harakat.id]);
    store.close();
  });

  it('ranks a title hit above a body-only hit', () => {
    const { store, add } = setup();
    const bodyOnly = add(`${filler} وتطرق الحديث إلى معبر البوكمال الحدودي.`, 'اجتماع أمني في دمشق');
    const inTitle = add(`${filler} وتطرق البحث إلى معبر البوكمال الحدودي.`, 'إعادة فتح معبر البوكمال');
    const hits = store.search('البوكمال').hits;
    expect(hits.map((h) => h.article.id)).toEqual([inTitle.id, bodyOnly.id]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
    const title = hits[0]?.article.title ?? '';
    expect(hits[0]?.titleHighlights.map((h) => title.slice(h.start, h.end))).toEqual(['البوكمال']);
  });

  it('requires every term, and matches the last as a prefix only when typing', () => {
    const { store, add } = setup();
    const both = add(`${filler} زار رئيس الاستخبارات دمشق.`);
    add(`${filler} زار رئيس الوزراء بغداد.`);
    expect(store.search('رئيس دمشق').hits.map((h) => h.article.id)).toEqual([both.id]);
    expect(store.search('الاستخب').total).toBe(0);
    expect(store.search('الاستخب', { prefix: true }).hits.map((h) => h.article.id)).toEqual([both.id]);
    expect(store.search('  ،،  ').total).toBe(0);
    // FTS5 syntax in the query is taken as text, not as operators.
    expect(() => store.search('NEAR( "دمشق" OR *')).not.toThrow();
  });

  it('returns snippets of the original text with highlight offsets that land on the matched words', () => {
    const { store } = setup();
    const seeds = seedTexts();
    for (const s of seeds) store.addArticle(makeRecord(s));
    const result = store.search('الحشد الشعبي');
    expect(result.total).toBeGreaterThanOrEqual(3);
    for (const hit of result.hits) {
      const body = store.getArticle(hit.article.id)?.body ?? '';
      expect(hit.snippet.text).toBe(body.slice(hit.snippet.start, hit.snippet.end));
      expect(hit.snippet.text.length).toBeLessThanOrEqual(260);
      const words = highlighted(hit, body);
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(normalise(w)).toMatch(/حشد|شعبي/u);
    }
  });

  it('searches the corrected title, not the imported one', () => {
    const { store, add } = setup();
    const r = add(filler, 'عنوان قديم');
    expect(store.search('قديم').total).toBe(1);
    store.correctMetadata(r.id, { title: 'لقاء الشطري والشرع' });
    expect(store.search('قديم').total).toBe(0);
    const hit = store.search('الشطري').hits[0];
    expect(hit?.article.title).toBe('لقاء الشطري والشرع');
    expect(hit?.article.titleBasis).toBe('explicit');
  });

  it('filters by topic and pages', () => {
    const { store, add } = setup();
    const rs = [0, 1, 2, 3].map((i) => add(`${filler} البيان رقم ${String(i)} عن دمشق ${'وسوريا '.repeat(i)}`));
    const topic = store.createTopic('دمشق');
    store.assignArticles(topic.id, [rs[1]?.id ?? '', rs[2]?.id ?? '']);
    expect(new Set(store.search('دمشق', { topic: topic.id }).hits.map((h) => h.article.id))).toEqual(new Set([rs[1]?.id, rs[2]?.id]));
    const all = store.search('دمشق').hits.map((h) => h.article.id);
    const paged = [...store.search('دمشق', { limit: 2 }).hits, ...store.search('دمشق', { limit: 2, offset: 2 }).hits].map((h) => h.article.id);
    expect(paged).toEqual(all);
    // The count comes from the index alone, filters included, and covers what the page leaves out.
    expect(store.search('دمشق', { limit: 1 }).total).toBe(4);
    expect(store.search('دمشق', { topic: topic.id, limit: 1 }).total).toBe(2);
    expect(store.search('سوريا', { topic: topic.id }).hits.map((h) => h.article.id)).toEqual([rs[2]?.id, rs[1]?.id]);
    expect(store.search('دمشق', { limit: 3, offset: 3 }).hits.map((h) => h.article.id)).toEqual(all.slice(3));
  });

  it('counts and pages without the articles a deletion took out of the index', () => {
    const { store, add } = setup();
    const rs = [0, 1, 2].map((i) => add(`${filler} نشرة رقم ${String(i)} عن حلب`));
    store.deleteArticle(rs[1]?.id ?? '');
    const found = store.search('حلب', { limit: 1 });
    expect(found.total).toBe(2);
    expect(store.search('حلب').hits.map((h) => h.article.id).sort()).toEqual([rs[0]?.id, rs[2]?.id].sort());
  });
});
