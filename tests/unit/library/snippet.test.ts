import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchForms, tokenise } from '../../../main/text/arabic/index.ts';
import { makeSnippet, matchRanges, searchSnippet } from '../../../main/library/snippet.ts';
import { seedTexts } from './helpers.ts';

const text = seedTexts().join('\n\n');
const tokens = tokenise(text);
const keys = [...new Set(tokens.map((t) => t.key))];

/** The definition matchRanges implements (without its shortcut): a word matches if one of its search forms does. */
function reference(terms: string[], prefixLast: boolean): string[] {
  const last = terms.length - 1;
  return tokens
    .filter((t) => searchForms(t.key).some((f) => terms.some((q, i) => f === q || (prefixLast && i === last && f.startsWith(q)))))
    .map((t) => `${String(t.start)}-${String(t.end)}`);
}

describe('matchRanges', () => {
  it('agrees with the plain definition for terms drawn from real text, clitic forms and prefixes', () => {
    const term = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).chain((k) => fc.constantFrom(...searchForms(k))),
      fc.constantFrom(...keys).chain((k) => fc.integer({ min: 1, max: k.length }).map((n) => k.slice(0, n))),
    );
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 3 }), fc.boolean(), (terms, prefixLast) => {
        const got = matchRanges(text, { terms, prefixLast }).map((r) => `${String(r.start)}-${String(r.end)}`);
        expect(got).toEqual(reference(terms, prefixLast));
      }),
      { numRuns: 60 },
    );
  });
});

describe('makeSnippet', () => {
  it('cuts on word boundaries around the densest matches and keeps offsets into the original', () => {
    const body = `${'كلمة '.repeat(100)}هنا الحشد ثم الحشد مرة أخرى ${'نص '.repeat(100)}`;
    const ranges = matchRanges(body, { terms: ['الحشد'], prefixLast: false });
    const s = makeSnippet(body, ranges, 120);
    expect(s.text).toBe(body.slice(s.start, s.end));
    expect(s.highlights).toHaveLength(2);
    for (const h of s.highlights) expect(s.text.slice(h.start, h.end)).toBe('الحشد');
    expect(s.text.length).toBeLessThanOrEqual(125);
    expect(/^\S/u.test(s.text) && /\S$/u.test(s.text)).toBe(true);
    expect(body.slice(s.start - 1, s.start)).toMatch(/\s/u);
    expect([s.cutBefore, s.cutAfter]).toEqual([true, true]);
    const none = makeSnippet('قصير جدا', [], 120);
    expect(none).toEqual({ text: 'قصير جدا', start: 0, end: 8, highlights: [], cutBefore: false, cutAfter: false });
  });
});

describe('searchSnippet', () => {
  it('highlights exactly the matched words that fall inside the snippet, and finds a match when there is one', () => {
    const seeds = seedTexts();
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.constantFrom(...keys), { minLength: 1, maxLength: 2 }), (body, terms) => {
        const q = { terms, prefixLast: false };
        const s = searchSnippet(body, q, 200);
        expect(s.text).toBe(body.slice(s.start, s.end));
        const all = matchRanges(body, q);
        const inside = all.filter((r) => r.start >= s.start && r.end <= s.end).map((r) => ({ start: r.start - s.start, end: r.end - s.start }));
        expect(s.highlights).toEqual(inside);
        if (all.length > 0) expect(s.highlights.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
