import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../main/library/store.ts';
import { makeRecord, seedTexts, tempStore } from './helpers.ts';

const open: Store[] = [];
function store(): Store {
  const { store: s } = tempStore();
  open.push(s);
  return s;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

describe('deleting an article, and undoing it', () => {
  it('brings the article back whole: corrections, story lines, topics, search entry and duplicate link', async () => {
    const s = store();
    const texts = seedTexts();
    const base = makeRecord(texts[4] ?? '');
    const copy = makeRecord(`${texts[4] ?? ''}\n\nسطر أخير أضافه موقع آخر إلى النص نفسه.`, { id: 'copy-of-four', file: 'copy.txt' });
    await s.addArticle(base);
    expect((await s.addArticle(copy)).status).toBe('near-duplicate');
    const topic = await s.createTopic('سوريا');
    await s.assignArticles(topic.id, [base.id]);
    await s.correctMetadata(base.id, { title: 'عنوان صححه المحلل' });
    const story = await s.getArticle(base.id);
    const firstLine = story?.storyLines?.[0];
    if (story === null || firstLine === undefined) throw new Error('no story line');
    await s.setLineInStory(base.id, firstLine, false);
    const before = await s.getArticle(base.id);

    expect(await s.deleteArticle(base.id)).toBe(true);
    expect(await s.getArticle(base.id)).toBeNull();
    expect((await s.getTopic(topic.id))?.articles).toBe(0);
    expect((await s.search('صححه')).total).toBe(0);
    expect(await s.nearDuplicatesOf(base.id)).toEqual([]);

    expect(await s.restoreArticle(base.id)).toBe(true);
    expect(await s.getArticle(base.id)).toEqual(before);
    expect((await s.topicsOf(base.id)).map((t) => t.name)).toEqual(['سوريا']);
    expect((await s.search('صححه')).hits.map((h) => h.article.id)).toEqual([base.id]);
    expect((await s.nearDuplicatesOf(base.id)).map((d) => d.id)).toEqual(['copy-of-four']);
    // Once only.
    expect(await s.restoreArticle(base.id)).toBe(false);
  });

  it('does not restore over the same text imported again meanwhile, nor a topic deleted since', async () => {
    const s = store();
    const r = makeRecord(seedTexts()[1] ?? '');
    await s.addArticle(r);
    const topic = await s.createTopic('مؤقت');
    await s.assignArticles(topic.id, [r.id]);
    await s.deleteArticle(r.id);
    await s.addArticle(r);
    expect(await s.restoreArticle(r.id)).toBe(false);
    expect(await s.getArticle(r.id)).not.toBeNull();

    await s.deleteArticle(r.id);
    await s.deleteTopic(topic.id);
    expect(await s.restoreArticle(r.id)).toBe(true);
    expect(await s.topicsOf(r.id)).toEqual([]);
    expect(await s.restoreArticle('nosuch')).toBe(false);
  });
});
