import { describe, expect, it } from 'vitest';
import type { ArticleQuery } from '../../../../main/library/stored-article.ts';
import type { Store } from '../../../../main/library/store.ts';
import { readSource } from '../../../../main/library/exchange/exchange-items.ts';
import { makeRecord, tempStore } from '../helpers.ts';

// The source side of an exchange lists its articles a page of summaries at a time, never the whole library at once.

/** The store, with every listing it is asked for recorded. */
function recording(store: Store): { store: Store; listings: ArticleQuery[] } {
  const listings: ArticleQuery[] = [];
  const wrapped = new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'listArticles') {
        return (query: ArticleQuery = {}) => {
          listings.push(query);
          return target.listArticles(query);
        };
      }
      const value: unknown = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, listings };
}

describe('readSource', () => {
  it('lists the articles, and a topic’s members, a page at a time, and all of them', async () => {
    const { store } = tempStore();
    const records = Array.from({ length: 5 }, (_, i) => makeRecord(`نص المقال رقم ${String(i)} عن الاجتماع الذي عقد في العاصمة وناقش ملفات كثيرة بين الجانبين.`));
    for (const r of records) await store.addArticle(r);
    const topic = await store.createTopic('الاجتماع');
    await store.assignArticles(topic.id, [records[4]?.id ?? '', records[1]?.id ?? '', records[2]?.id ?? '']);

    const all = recording(store);
    const whole = await readSource(all.store, { topics: null }, 2);
    // The topics' members first (the desk's topics are copied with theirs), then the rest in import order.
    expect(whole.articleIds).toEqual([1, 2, 4, 0, 3].map((i) => records[i]?.id));
    // Every listing is a page: three for the five articles, one and a half for the topic's three.
    expect(all.listings.every((q) => q.limit === 2)).toBe(true);
    expect(all.listings.filter((q) => q.topic === undefined).map((q) => q.offset)).toEqual([0, 2, 4]);
    expect(all.listings.filter((q) => q.topic === topic.id).map((q) => q.offset)).toEqual([0, 2]);

    const scoped = recording(store);
    const one = await readSource(scoped.store, { topics: ['الاجتماع'] }, 2);
    expect(new Set(one.articleIds)).toEqual(new Set([records[1]?.id, records[2]?.id, records[4]?.id]));
    const item = [...one.items.values()].find((i) => i.kind === 'topic');
    expect(item?.payload).toMatchObject({ kind: 'topic', members: [records[1]?.id, records[2]?.id, records[4]?.id].sort() });
    await store.close();
  });
});
