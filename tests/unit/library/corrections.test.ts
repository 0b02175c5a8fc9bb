import { describe, expect, it } from 'vitest';
import { makeRecord, seedTexts, tempStore } from './helpers.ts';

describe('metadata corrections', () => {
  it('applies corrections with basis explicit and a corrected flag, merging later ones', () => {
    const { store } = tempStore();
    const r = makeRecord(seedTexts()[0] ?? '', { title: 'عنوان المستخرج', titleBasis: 'inferred', outlet: 'موقع', outletBasis: 'inferred', author: 'كاتب', authorBasis: 'inferred' });
    store.addArticle(r);
    const first = store.correctMetadata(r.id, { outlet: 'إرم نيوز' });
    expect(first).toMatchObject({ outlet: 'إرم نيوز', outletBasis: 'explicit', title: 'عنوان المستخرج', titleBasis: 'inferred', corrected: ['outlet'] });
    const second = store.correctMetadata(r.id, { published: '2025-04-08', author: null });
    expect(second).toMatchObject({ outlet: 'إرم نيوز', published: '2025-04-08', publishedBasis: 'explicit', author: null, authorBasis: 'explicit' });
    expect([...second.corrected].sort()).toEqual(['author', 'outlet', 'published']);
    expect(store.listArticles({ outlet: 'إرم نيوز' }).map((a) => a.id)).toEqual([r.id]);
    expect(store.listArticles({ outlet: 'موقع' })).toEqual([]);
    store.close();
  });

  it('survives re-importing the same article, which never overwrites the stored record', () => {
    const { store } = tempStore();
    const body = seedTexts()[1] ?? '';
    const r = makeRecord(body, { title: 'الأصل', titleBasis: 'inferred' });
    store.addArticle(r);
    store.correctMetadata(r.id, { title: 'العنوان المصحح', published: '2025-02' });
    const again = store.addArticle(makeRecord(body, { id: r.id, title: 'عنوان آخر', titleBasis: 'explicit', published: '2024-01-01' }));
    expect(again.status).toBe('duplicate');
    const got = store.getArticle(r.id);
    expect(got).toMatchObject({ title: 'العنوان المصحح', titleBasis: 'explicit', published: '2025-02', publishedBasis: 'explicit' });
    expect(store.countArticles()).toBe(1);
    store.close();
  });

  it('reverts corrections to the imported values, and refuses bad input', () => {
    const { store } = tempStore();
    const r = makeRecord(seedTexts()[2] ?? '', { title: 'الأصل', titleBasis: 'inferred' });
    store.addArticle(r);
    store.correctMetadata(r.id, { title: 'مصحح', outlet: 'منفذ' });
    expect(store.revertMetadata(r.id, ['title'])).toMatchObject({ title: 'الأصل', titleBasis: 'inferred', outlet: 'منفذ', corrected: ['outlet'] });
    expect(store.revertMetadata(r.id)).toMatchObject({ outlet: null, corrected: [] });
    expect(() => store.correctMetadata(r.id, { published: '8 April' })).toThrow(/YYYY/);
    expect(() => store.correctMetadata(r.id, { title: '   ' })).toThrow();
    expect(() => store.correctMetadata('nope', { title: 'x' })).toThrow('no article with id nope');
    store.close();
  });

  it('lists each outlet once, sorted, with corrections applied', () => {
    const { store } = tempStore();
    const [s0, s1, s2, s3] = seedTexts();
    const a = makeRecord(s0 ?? '', { outlet: 'موقع', outletBasis: 'inferred' });
    const b = makeRecord(s1 ?? '', { outlet: 'عنب بلدي', outletBasis: 'explicit' });
    const c = makeRecord(s2 ?? '', { outlet: 'عنب بلدي', outletBasis: 'explicit' });
    const d = makeRecord(s3 ?? '', { outlet: null });
    for (const r of [a, b, c, d]) store.addArticle(r);
    expect(store.listOutlets()).toEqual(['عنب بلدي', 'موقع']);
    store.correctMetadata(a.id, { outlet: 'إرم نيوز' });
    store.correctMetadata(d.id, { outlet: 'عنب بلدي' });
    expect(store.listOutlets()).toEqual(['إرم نيوز', 'عنب بلدي']);
    store.correctMetadata(b.id, { outlet: null });
    expect(store.listOutlets()).toEqual(['إرم نيوز', 'عنب بلدي']);
    store.close();
  });
});
