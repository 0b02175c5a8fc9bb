import { describe, expect, it } from 'vitest';
import { makeRecord, seedTexts, tempStore } from './helpers.ts';

describe('topics', () => {
  it('creates, renames, lists with counts and deletes topics; articles stay', async () => {
    const { store } = tempStore();
    const [s0, s1] = seedTexts();
    const a = makeRecord(s0 ?? '');
    const b = makeRecord(s1 ?? '');
    await store.addArticle(a);
    await store.addArticle(b);
    const t = await store.createTopic('  العلاقات العراقية السورية ', ['الحشد الشعبي', 'الحشد الشعبي', 'البوكمال']);
    expect(t).toMatchObject({ name: 'العلاقات العراقية السورية', keywords: ['الحشد الشعبي', 'البوكمال'], articles: 0 });
    // Names compare by normalised key: this is the same topic.
    await expect(store.createTopic('العلاقات العراقيه السوريّة')).rejects.toThrow(/already exists/);
    expect((await store.findTopic('العلاقات العراقيه السورية'))?.id).toBe(t.id);

    expect(await store.assignArticles(t.id, [a.id, b.id, a.id])).toBe(2);
    await expect(store.assignArticles(t.id, ['unknown'])).rejects.toThrow('no article with id unknown');
    expect((await store.listTopics()).map((x) => [x.name, x.articles])).toEqual([['العلاقات العراقية السورية', 2]]);
    expect((await store.listArticles({ topic: t.id })).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect((await store.topicsOf(a.id)).map((x) => x.id)).toEqual([t.id]);
    expect(await store.unassignArticles(t.id, [b.id, 'unknown'])).toBe(1);

    const other = await store.createTopic('أمن');
    await expect(store.renameTopic(other.id, 'العلاقات العراقية السورية')).rejects.toThrow(/already exists/);
    expect((await store.renameTopic(t.id, 'سوريا والعراق')).name).toBe('سوريا والعراق');
    expect((await store.setTopicKeywords(t.id, ['الشطري'])).keywords).toEqual(['الشطري']);
    expect(await store.deleteTopic(t.id)).toBe(true);
    expect(await store.deleteTopic(t.id)).toBe(false);
    expect(await store.countArticles()).toBe(2);
    expect(await store.topicsOf(a.id)).toEqual([]);
    await expect(store.createTopic('   ')).rejects.toThrow();
    await store.close();
  });

  it('suggests unassigned articles matching the topic name or keywords, best first', async () => {
    const { store } = tempStore();
    const filler = 'قالت مصادر محلية إن الاجتماع عقد في العاصمة وناقش ملفات عديدة.';
    const strong = makeRecord(`${filler} وأكد أن معبر البوكمال سيفتح. وأضاف أن البوكمال مدينة حدودية وأن معبر البوكمال مهم.`);
    const weak = makeRecord(`${filler} وذكر البيان مدينة البوكمال مرة واحدة في سياق طويل عن التجارة والنقل والطرق والمعابر والأسواق.`);
    const byName = makeRecord(`${filler} وتحدث عن الحدود السورية العراقية.`);
    const assigned = makeRecord(`${filler} معبر البوكمال مرة أخرى في خبر مصنف.`);
    const unrelated = makeRecord(`${filler} الطقس معتدل اليوم.`);
    for (const r of [strong, weak, byName, assigned, unrelated]) await store.addArticle(r);
    const t = await store.createTopic('الحدود', ['معبر البوكمال', 'البوكمال']);
    await store.assignArticles(t.id, [assigned.id]);
    const hits = await store.suggestArticles(t.id, 10);
    const ids = hits.map((h) => h.article.id);
    expect(new Set(ids)).toEqual(new Set([strong.id, weak.id, byName.id]));
    expect(ids.indexOf(strong.id)).toBeLessThan(ids.indexOf(weak.id));
    const strongHit = hits.find((h) => h.article.id === strong.id);
    expect(strongHit?.snippet.highlights.map((h) => strongHit.snippet.text.slice(h.start, h.end))).toContain('البوكمال');
    expect(await store.suggestArticles(t.id, 1)).toHaveLength(1);
    await store.close();
  });

  it('lists each article with the ids of its topics, in one listing', async () => {
    const { store } = tempStore();
    const [s0, s1, s2] = seedTexts();
    const a = makeRecord(s0 ?? '');
    const b = makeRecord(s1 ?? '');
    const c = makeRecord(s2 ?? '');
    for (const r of [a, b, c]) await store.addArticle(r);
    const first = await store.createTopic('سوريا');
    const second = await store.createTopic('العراق');
    await store.assignArticles(second.id, [a.id]);
    await store.assignArticles(first.id, [a.id, b.id]);
    const topicsById = new Map((await store.listArticles()).map((x) => [x.id, x.topics]));
    expect(topicsById.get(a.id)).toEqual([first.id, second.id].sort((x, y) => x - y));
    expect(topicsById.get(b.id)).toEqual([first.id]);
    expect(topicsById.get(c.id)).toEqual([]);
    // Search hits are summaries too: they carry the same ids.
    const word = (s1 ?? '').split(/\s+/).find((w) => /^\p{L}{5,}$/u.test(w)) ?? '';
    const hit = (await store.search(word, { limit: 10 })).hits.find((h) => h.article.id === b.id);
    expect(hit?.article.topics).toEqual([first.id]);
    await store.unassignArticles(first.id, [a.id]);
    await store.deleteTopic(second.id);
    expect((await store.listArticles({ topic: first.id })).map((x) => [x.id, x.topics])).toEqual([[b.id, [first.id]]]);
    expect((await store.listArticles()).find((x) => x.id === a.id)?.topics).toEqual([]);
    await store.close();
  });
});

describe('topic names', () => {
  it('refuses control and format characters, lone surrogates and names that normalise to nothing', async () => {
    const { store } = tempStore();
    const refused: [string, RegExp][] = [
      ['أمن\u0000الخليج', /control or format character U\+0000/],
      ['\u202E', /control or format character U\+202E/],
      ['أمن \u202Eالخليج', /control or format character U\+202E/],
      ['أمن\u2066الخليج', /control or format character U\+2066/],
      ['سطر\nثان', /control or format character U\+000A/],
      ['أمن \uD800', /lone surrogate U\+D800/],
      ['\uDFFFأمن', /lone surrogate U\+DFFF/],
      ['ـــ', /no letter or digit/],
      ['\u064B\u064C', /no letter or digit/],
      ['---', /no letter or digit/],
    ];
    for (const [name, message] of refused) {
      await expect(store.createTopic(name), JSON.stringify(name)).rejects.toThrow(message);
    }
    const ok = await store.createTopic('أمن الخليج');
    for (const [name, message] of refused) await expect(store.renameTopic(ok.id, name), JSON.stringify(name)).rejects.toThrow(message);
    await expect(store.setTopicKeywords(ok.id, ['مضيق\u0000هرمز'])).rejects.toThrow(/control or format character U\+0000/);
    // Joiners are part of writing Arabic-script and Persian names; they stay.
    expect((await store.createTopic('می\u200Cخواهم')).name).toBe('می\u200Cخواهم');
    expect(await store.listTopics()).toHaveLength(2);
    await store.close();
  });

  it('names the existing topic when a new name repeats it under another spelling', async () => {
    const { store } = tempStore();
    const existing = await store.createTopic('أمن الخليج');
    await expect(store.createTopic('امن الخليج')).rejects.toThrow('a topic named "أمن الخليج" already exists');
    const other = await store.createTopic('سوريا');
    await expect(store.renameTopic(other.id, 'أمْن الخليج')).rejects.toThrow('a topic named "أمن الخليج" already exists');
    expect((await store.renameTopic(existing.id, 'امن الخليج')).name).toBe('امن الخليج');
    await store.close();
  });
});
