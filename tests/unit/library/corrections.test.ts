import { describe, expect, it } from 'vitest';
import { makeRecord, seedTexts, tempStore } from './helpers.ts';

describe('metadata corrections', () => {
  it('applies corrections with basis explicit and a corrected flag, merging later ones', async () => {
    const { store } = tempStore();
    const r = makeRecord(seedTexts()[0] ?? '', { title: 'عنوان المستخرج', titleBasis: 'inferred', outlet: 'موقع', outletBasis: 'inferred', author: 'كاتب', authorBasis: 'inferred' });
    await store.addArticle(r);
    const first = await store.correctMetadata(r.id, { outlet: 'إرم نيوز' });
    expect(first).toMatchObject({ outlet: 'إرم نيوز', outletBasis: 'explicit', title: 'عنوان المستخرج', titleBasis: 'inferred', corrected: ['outlet'] });
    const second = await store.correctMetadata(r.id, { published: '2025-04-08', author: null });
    expect(second).toMatchObject({ outlet: 'إرم نيوز', published: '2025-04-08', publishedBasis: 'explicit', author: null, authorBasis: 'explicit' });
    expect([...second.corrected].sort()).toEqual(['author', 'outlet', 'published']);
    expect((await store.listArticles({ outlet: 'إرم نيوز' })).map((a) => a.id)).toEqual([r.id]);
    expect(await store.listArticles({ outlet: 'موقع' })).toEqual([]);
    await store.close();
  });

  it('survives re-importing the same article, which never overwrites the stored record', async () => {
    const { store } = tempStore();
    const body = seedTexts()[1] ?? '';
    const r = makeRecord(body, { title: 'الأصل', titleBasis: 'inferred' });
    await store.addArticle(r);
    await store.correctMetadata(r.id, { title: 'العنوان المصحح', published: '2025-02' });
    const again = await store.addArticle(makeRecord(body, { id: r.id, title: 'عنوان آخر', titleBasis: 'explicit', published: '2024-01-01' }));
    expect(again.status).toBe('duplicate');
    const got = await store.getArticle(r.id);
    expect(got).toMatchObject({ title: 'العنوان المصحح', titleBasis: 'explicit', published: '2025-02', publishedBasis: 'explicit' });
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });

  it('reverts corrections to the imported values, and refuses bad input', async () => {
    const { store } = tempStore();
    const r = makeRecord(seedTexts()[2] ?? '', { title: 'الأصل', titleBasis: 'inferred' });
    await store.addArticle(r);
    await store.correctMetadata(r.id, { title: 'مصحح', outlet: 'منفذ' });
    expect(await store.revertMetadata(r.id, ['title'])).toMatchObject({ title: 'الأصل', titleBasis: 'inferred', outlet: 'منفذ', corrected: ['outlet'] });
    expect(await store.revertMetadata(r.id)).toMatchObject({ outlet: null, corrected: [] });
    await expect(store.correctMetadata(r.id, { published: '8 April' })).rejects.toThrow(/YYYY/);
    await expect(store.correctMetadata(r.id, { title: '   ' })).rejects.toThrow();
    await expect(store.correctMetadata('nope', { title: 'x' })).rejects.toThrow('no article with id nope');
    await store.close();
  });

  it('lists each outlet once, sorted, with corrections applied', async () => {
    const { store } = tempStore();
    const [s0, s1, s2, s3] = seedTexts();
    const a = makeRecord(s0 ?? '', { outlet: 'موقع', outletBasis: 'inferred' });
    const b = makeRecord(s1 ?? '', { outlet: 'عنب بلدي', outletBasis: 'explicit' });
    const c = makeRecord(s2 ?? '', { outlet: 'عنب بلدي', outletBasis: 'explicit' });
    const d = makeRecord(s3 ?? '', { outlet: null });
    for (const r of [a, b, c, d]) await store.addArticle(r);
    expect(await store.listOutlets()).toEqual(['عنب بلدي', 'موقع']);
    await store.correctMetadata(a.id, { outlet: 'إرم نيوز' });
    await store.correctMetadata(d.id, { outlet: 'عنب بلدي' });
    expect(await store.listOutlets()).toEqual(['إرم نيوز', 'عنب بلدي']);
    await store.correctMetadata(b.id, { outlet: null });
    expect(await store.listOutlets()).toEqual(['إرم نيوز', 'عنب بلدي']);
    await store.close();
  });
});
