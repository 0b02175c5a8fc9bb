import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, jaccard, shingles, signature } from '../../../main/library/minhash.ts';
import { NEAR_DUPLICATE_THRESHOLD } from '../../../main/library/near-duplicates.ts';
import { makeRecord, paragraphs, seedTexts, tempStore } from './helpers.ts';

const seeds = seedTexts();

/** The same story republished by another outlet: its own header and footer, the source's first and last lines cut. */
function republished(text: string): string {
  const p = paragraphs(text);
  return ['نشر هذا الخبر نقلا عن وكالة أنباء محلية', ...p.slice(3, -3), 'جميع الحقوق محفوظة للناشر'].join('\n');
}

/** An updated version: the original with half as much new text appended. */
function updated(text: string, extra: string): string {
  const p = paragraphs(text);
  return [...p, ...paragraphs(extra).slice(0, Math.floor(p.length / 2))].join('\n');
}

/** Another article that quotes the first few paragraphs of this one. */
function quoting(text: string, own: string): string {
  const p = paragraphs(text);
  return [...paragraphs(own), ...p.slice(0, Math.ceil(p.length * 0.3))].join('\n');
}

describe('near-duplicate threshold', () => {
  it('separates republications and updates (above) from related reports and quotations (below)', () => {
    const above: number[] = [];
    const below: number[] = [];
    seeds.forEach((text, i) => {
      const other = seeds[(i + 1) % seeds.length] ?? '';
      const s = shingles(text);
      above.push(jaccard(s, shingles(republished(text))), jaccard(s, shingles(updated(text, other))));
      below.push(jaccard(s, shingles(quoting(text, other))));
      // The five seeds are independent reports of related events (Iraq, Syria, the PMF).
      seeds.forEach((t, j) => {
        if (j > i) below.push(jaccard(s, shingles(t)));
      });
    });
    expect(Math.min(...above)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD + 0.04);
    expect(Math.max(...below)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD - 0.25);
  });
});

describe('MinHash', () => {
  it('estimates Jaccard similarity within sampling error', () => {
    const words = seeds.join(' ').split(/\s+/u).filter(Boolean);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 400 }), fc.integer({ min: 20, max: 300 }), (start, shift) => {
        const a = shingles(words.slice(start, start + 300).join(' '));
        const b = shingles(words.slice(start + shift, start + shift + 300).join(' '));
        // 120 hashes: standard error ≤ 0.046; allow four of them.
        expect(Math.abs(estimate(signature(a), signature(b)) - jaccard(a, b))).toBeLessThan(0.19);
      }),
      { numRuns: 40 },
    );
  });

  it('gives identical texts identical signatures and respelled texts too', () => {
    const t = seeds[2] ?? '';
    expect(estimate(signature(shingles(t)), signature(shingles(t.replaceAll('أ', 'ا')))) ).toBe(1);
  });
});

describe('near-duplicate linking in the store', () => {
  it('keeps a republication, linked to the original with its similarity', async () => {
    const { store } = tempStore();
    const original = makeRecord(seeds[0] ?? '');
    const copy = makeRecord(republished(seeds[0] ?? ''), { outlet: 'وكالة أخرى' });
    const unrelated = makeRecord(seeds[1] ?? '');
    await store.addArticle(original);
    await store.addArticle(unrelated);
    const r = await store.addArticle(copy);
    expect(r.status).toBe('near-duplicate');
    expect(r.duplicateOf).toBe(original.id);
    expect(r.similarity).toBeCloseTo(jaccard(shingles(original.body), shingles(copy.body)), 3);
    expect((await store.getArticle(copy.id))?.nearDuplicateOf?.of).toBe(original.id);
    expect((await store.getArticle(copy.id))?.body).toBe(copy.body);
    expect((await store.nearDuplicatesOf(original.id)).map((x) => x.id)).toEqual([copy.id]);
    expect((await store.counts()).nearDuplicates).toBe(1);
    await store.close();
  });

  it('links a chain of updates to the first version', async () => {
    const { store } = tempStore();
    const v1 = makeRecord(seeds[3] ?? '');
    const v2 = makeRecord(updated(seeds[3] ?? '', seeds[0] ?? ''));
    const v3 = makeRecord(v2.body + '\nوفي وقت لاحق أكدت مصادر رسمية صحة هذه المعلومات وأضافت تفاصيل جديدة عن الإفراج');
    expect((await store.addArticle(v1)).status).toBe('imported');
    expect((await store.addArticle(v2)).duplicateOf).toBe(v1.id);
    const r3 = await store.addArticle(v3);
    expect(r3.status).toBe('near-duplicate');
    expect(r3.duplicateOf).toBe(v1.id);
    await store.close();
  });

  it('does not link independent reports of related events', async () => {
    const { store } = tempStore();
    for (const text of seeds) expect((await store.addArticle(makeRecord(text))).status).toBe('imported');
    expect(await store.counts()).toMatchObject({ articles: 5, nearDuplicates: 0 });
    await store.close();
  });
});
