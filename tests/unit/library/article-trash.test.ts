import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../main/library/store.ts';
import { makeRecord, seedTexts, tempStore } from './helpers.ts';

const open: Store[] = [];
function store(): Store {
  const { store: s } = tempStore();
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('deleting an article, and undoing it', () => {
  it('brings the article back whole: corrections, story lines, topics, search entry and duplicate link', () => {
    const s = store();
    const texts = seedTexts();
    const base = makeRecord(texts[4] ?? '');
    const copy = makeRecord(`${texts[4] ?? ''}\n\nسطر أخير أضافه موقع آخر إلى النص نفسه.`, { id: 'copy-of-four', file: 'copy.txt' });
    s.addArticle(base);
    expect(s.addArticle(copy).status).toBe('near-duplicate');
    const topic = s.createTopic('سوريا');
    s.assignArticles(topic.id, [base.id]);
    s.correctMetadata(base.id, { title: 'عنوان صححه المحلل' });
    const story = s.getArticle(base.id);
    const firstLine = story?.storyLines?.[0];
    if (story === null || firstLine === undefined) throw new Error('no story line');
    s.setLineInStory(base.id, firstLine, false);
    const before = s.getArticle(base.id);

    expect(s.deleteArticle(base.id)).toBe(true);
    expect(s.getArticle(base.id)).toBeNull();
    expect(s.getTopic(topic.id)?.articles).toBe(0);
    expect(s.search('صححه').total).toBe(0);
    expect(s.nearDuplicatesOf(base.id)).toEqual([]);

    expect(s.restoreArticle(base.id)).toBe(true);
    expect(s.getArticle(base.id)).toEqual(before);
    expect(s.topicsOf(base.id).map((t) => t.name)).toEqual(['سوريا']);
    expect(s.search('صححه').hits.map((h) => h.article.id)).toEqual([base.id]);
    expect(s.nearDuplicatesOf(base.id).map((d) => d.id)).toEqual(['copy-of-four']);
    // Once only.
    expect(s.restoreArticle(base.id)).toBe(false);
  });

  it('does not restore over the same text imported again meanwhile, nor a topic deleted since', () => {
    const s = store();
    const r = makeRecord(seedTexts()[1] ?? '');
    s.addArticle(r);
    const topic = s.createTopic('مؤقت');
    s.assignArticles(topic.id, [r.id]);
    s.deleteArticle(r.id);
    s.addArticle(r);
    expect(s.restoreArticle(r.id)).toBe(false);
    expect(s.getArticle(r.id)).not.toBeNull();

    s.deleteArticle(r.id);
    s.deleteTopic(topic.id);
    expect(s.restoreArticle(r.id)).toBe(true);
    expect(s.topicsOf(r.id)).toEqual([]);
    expect(s.restoreArticle('nosuch')).toBe(false);
  });
});
