import { describe, expect, it } from 'vitest';
import { normalise } from '../../../main/text/arabic/index.ts';
import type { SearchHit } from '../../../main/library/search.ts';
import { generate } from '../../bench/library.ts';
import { makeRecord, seedTexts, tempStore } from './helpers.ts';

const filler = 'قالت مصادر محلية إن الاجتماع عقد في العاصمة وناقش ملفات عديدة بين الجانبين خلال ساعات طويلة.';

function setup() {
  const { store } = tempStore();
  const add = async (body: string, title: string | null = null) => {
    const r = makeRecord(body, { title, titleBasis: title === null ? 'unknown' : 'explicit' });
    await store.addArticle(r);
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
  it('finds «الحشد» written with clitics, and «والحشد» finds what «الحشد» finds, as written first', async () => {
    const { store, add } = setup();
    const a = await add(`${filler} وأكد قادة والحشد الشعبي موقفهم.`);
    const b = await add(`${filler} وقد التقى الوفد بالحشد في بغداد.`);
    const c = await add(`${filler} وصرح متحدث باسم الحشد بذلك.`);
    await add(`${filler} لا علاقة لهذا الخبر بالموضوع.`);
    const found = await store.search('الحشد');
    expect(found.total).toBe(3);
    expect(new Set(found.hits.map((h) => h.article.id))).toEqual(new Set([a.id, b.id, c.id]));
    // The word as written ranks first.
    expect(found.hits[0]?.article.id).toBe(c.id);
    for (const q of ['والحشد', 'فالحشد', 'وبالحشد', 'للحشد']) {
      const withClitic = await store.search(q);
      expect(new Set(withClitic.hits.map((h) => h.article.id)), q).toEqual(new Set([a.id, b.id, c.id]));
      expect(withClitic.terms, q).toEqual([q]);
    }
    const conjunction = await store.search('والحشد');
    expect(conjunction.hits[0]?.article.id).toBe(a.id);
    // The highlights mark the word in each of its written forms, as «الحشد» marks them.
    const bodies = new Map([a, b, c].map((r) => [r.id, r.body]));
    const marked = conjunction.hits.flatMap((h) => highlighted(h, bodies.get(h.article.id) ?? ''));
    expect(marked.sort()).toEqual(['الحشد', 'بالحشد', 'والحشد']);
    expect((await store.search('حشد')).total).toBe(3);
    await store.close();
  });

  it('reads an attached pronoun off a searched word: «حكومته» finds «الحكومة», not the other way round', async () => {
    const { store, add } = setup();
    const a = await add(`${filler} وأعلنت الحكومة خطتها الجديدة.`);
    const b = await add(`${filler} وقال إن حكومته ستعلن الخطة.`);
    await add(`${filler} لا علاقة لهذا الخبر بالموضوع.`);
    expect(new Set((await store.search('حكومته')).hits.map((h) => h.article.id))).toEqual(new Set([a.id, b.id]));
    // What the bare word «حكومة» finds: the index does not take pronouns off the words it holds.
    expect((await store.search('وحكومتها')).hits.map((h) => h.article.id)).toEqual((await store.search('حكومة')).hits.map((h) => h.article.id));
    expect((await store.search('وحكومتها')).hits.map((h) => h.article.id)).toEqual([a.id]);
    // The bare word does not grow pronouns: «الحكومة» finds only where it is written.
    expect((await store.search('الحكومة')).hits.map((h) => h.article.id)).toEqual([a.id]);
    await store.close();
  });

  it('folds hamza seats, ta marbuta, alef maqsura, tatweel and diacritics on both sides', async () => {
    const { store, add } = setup();
    const hamza = await add(`${filler} استقبل أحمد الشرع ضيفه.`);
    const taMarbuta = await add(`${filler} أعلنت الحكومة العراقية قرارها.`);
    const maqsura = await add(`${filler} نقل الجرحى إلى مستشفى المدينة.`);
    const tatweel = await add(`${filler} تحدث عن الأمـــــن الإقليمي.`);
    const harakat = await add(`${filler} صدر الكِتَابُ الأبيضُ أمس.`);
    const ids = async (q: string) => (await store.search(q)).hits.map((h) => h.article.id);
    expect(await ids('احمد')).toEqual([hamza.id]);
    expect(await ids('إحمد')).toEqual([hamza.id]);
    expect(await ids('الحكومه العراقيه')).toEqual([taMarbuta.id]);
    expect(await ids('مستشفي')).toEqual([maqsura.id]);
    expect(await ids('الامن')).toEqual([tatweel.id]);
    expect(await ids('الكتاب')).toEqual([harakat.id]);
    expect(await ids('الكِتاب الأَبيض')).toEqual([harakat.id]);
    await store.close();
  });

  it('ranks a title hit above a body-only hit', async () => {
    const { store, add } = setup();
    const bodyOnly = await add(`${filler} وتطرق الحديث إلى معبر البوكمال الحدودي.`, 'اجتماع أمني في دمشق');
    const inTitle = await add(`${filler} وتطرق البحث إلى معبر البوكمال الحدودي.`, 'إعادة فتح معبر البوكمال');
    const hits = (await store.search('البوكمال')).hits;
    expect(hits.map((h) => h.article.id)).toEqual([inTitle.id, bodyOnly.id]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
    const title = hits[0]?.article.title ?? '';
    expect(hits[0]?.titleHighlights.map((h) => title.slice(h.start, h.end))).toEqual(['البوكمال']);
  });

  it('requires every term, and matches the last as a prefix only when typing', async () => {
    const { store, add } = setup();
    const both = await add(`${filler} زار رئيس الاستخبارات دمشق.`);
    await add(`${filler} زار رئيس الوزراء بغداد.`);
    expect((await store.search('رئيس دمشق')).hits.map((h) => h.article.id)).toEqual([both.id]);
    expect((await store.search('الاستخب')).total).toBe(0);
    expect((await store.search('الاستخب', { prefix: true })).hits.map((h) => h.article.id)).toEqual([both.id]);
    expect((await store.search('  ،،  ')).total).toBe(0);
    // FTS5 syntax in the query is taken as text, not as operators.
    await expect(store.search('NEAR( "دمشق" OR *')).resolves.toMatchObject({ total: 0 });
  });

  it('returns snippets of the original text with highlight offsets that land on the matched words', async () => {
    const { store } = setup();
    const seeds = seedTexts();
    for (const s of seeds) await store.addArticle(makeRecord(s));
    const result = await store.search('الحشد الشعبي');
    expect(result.total).toBeGreaterThanOrEqual(3);
    for (const hit of result.hits) {
      const body = (await store.getArticle(hit.article.id))?.body ?? '';
      expect(hit.snippet.text).toBe(body.slice(hit.snippet.start, hit.snippet.end));
      expect(hit.snippet.text.length).toBeLessThanOrEqual(260);
      const words = highlighted(hit, body);
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(normalise(w)).toMatch(/حشد|شعبي/u);
    }
  });

  it('searches the corrected title, not the imported one', async () => {
    const { store, add } = setup();
    const r = await add(filler, 'عنوان قديم');
    expect((await store.search('قديم')).total).toBe(1);
    await store.correctMetadata(r.id, { title: 'لقاء الشطري والشرع' });
    expect((await store.search('قديم')).total).toBe(0);
    const hit = (await store.search('الشطري')).hits[0];
    expect(hit?.article.title).toBe('لقاء الشطري والشرع');
    expect(hit?.article.titleBasis).toBe('explicit');
  });

  it('filters by topic and pages', async () => {
    const { store, add } = setup();
    const rs = [];
    for (const i of [0, 1, 2, 3]) rs.push(await add(`${filler} البيان رقم ${String(i)} عن دمشق ${'وسوريا '.repeat(i)}`));
    const topic = await store.createTopic('دمشق');
    await store.assignArticles(topic.id, [rs[1]?.id ?? '', rs[2]?.id ?? '']);
    expect(new Set((await store.search('دمشق', { topic: topic.id })).hits.map((h) => h.article.id))).toEqual(new Set([rs[1]?.id, rs[2]?.id]));
    const all = (await store.search('دمشق')).hits.map((h) => h.article.id);
    const paged = [...(await store.search('دمشق', { limit: 2 })).hits, ...(await store.search('دمشق', { limit: 2, offset: 2 })).hits].map((h) => h.article.id);
    expect(paged).toEqual(all);
    // The count comes from the index alone, filters included, and covers what the page leaves out.
    expect((await store.search('دمشق', { limit: 1 })).total).toBe(4);
    expect((await store.search('دمشق', { topic: topic.id, limit: 1 })).total).toBe(2);
    expect((await store.search('سوريا', { topic: topic.id })).hits.map((h) => h.article.id)).toEqual([rs[2]?.id, rs[1]?.id]);
    expect((await store.search('دمشق', { limit: 3, offset: 3 })).hits.map((h) => h.article.id)).toEqual(all.slice(3));
  });

  it('ranks the articles of a topic (and those outside it) exactly as the whole ranking does, only filtered', async () => {
    const { store, add } = setup();
    const texts = generate(90);
    const records = [];
    for (const text of texts) {
      const [title = '', ...body] = text.split('\n');
      records.push(await add(body.join('\n'), title));
    }
    const topic = await store.createTopic('ثلث');
    const members = new Set(records.filter((_r, i) => i % 3 === 0).map((r) => r.id));
    await store.assignArticles(topic.id, [...members]);
    const queries: [string, boolean][] = [['الحشد', false], ['العراق', false], ['الرئيس السوري', false], ['اللقاء', false], ['والحشد', false], ['الحشد الش', true], ['الم', true]];
    for (const [query, prefix] of queries) {
      const whole = await store.search(query, { limit: 200, prefix });
      const inTopic = whole.hits.filter((h) => members.has(h.article.id));
      const outside = whole.hits.filter((h) => !members.has(h.article.id));
      const filtered = await store.search(query, { limit: 200, prefix, topic: topic.id });
      expect(filtered.hits).toEqual(inTopic);
      expect(filtered.total).toBe(inTopic.length);
      const rest = await store.search(query, { limit: 200, prefix, notInTopic: topic.id });
      expect(rest.hits).toEqual(outside);
      // A page of the filtered ranking is a stretch of it.
      expect((await store.search(query, { limit: 5, offset: 3, prefix, topic: topic.id })).hits).toEqual(inTopic.slice(3, 8));
    }
    expect(members.size).toBe(30);
  });

  it('counts and pages without the articles a deletion took out of the index', async () => {
    const { store, add } = setup();
    const rs = [];
    for (const i of [0, 1, 2]) rs.push(await add(`${filler} نشرة رقم ${String(i)} عن حلب`));
    await store.deleteArticle(rs[1]?.id ?? '');
    const found = await store.search('حلب', { limit: 1 });
    expect(found.total).toBe(2);
    expect((await store.search('حلب')).hits.map((h) => h.article.id).sort()).toEqual([rs[0]?.id, rs[2]?.id].sort());
  });
});
