import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordChar, normalise, searchForms, tokenise } from '../../../main/text/arabic/index.ts';
import { makeSnippet, matchRanges, searchSnippet, type Snippet, type TextRange } from '../../../main/library/snippet.ts';
import { literalQuery, type ParsedQuery } from '../../../main/library/search-query.ts';
import { fixtureTexts } from '../../helpers/fixture-texts.ts';
import { generate } from '../../bench/library.ts';
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
        const got = matchRanges(text, literalQuery(terms, prefixLast)).map((r) => `${String(r.start)}-${String(r.end)}`);
        expect(got).toEqual(reference(terms, prefixLast));
      }),
      { numRuns: 60 },
    );
  });
});

describe('makeSnippet', () => {
  it('cuts on word boundaries around the densest matches and keeps offsets into the original', () => {
    const body = `${'كلمة '.repeat(100)}هنا الحشد ثم الحشد مرة أخرى ${'نص '.repeat(100)}`;
    const ranges = matchRanges(body, literalQuery(['الحشد']));
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
        const q = literalQuery(terms);
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

/**
 * searchSnippet as it was before its lines were keyed in one pass and its highlights taken from the lines' matches:
 * each line normalised on its own, the window's text matched again and its edge words dropped. The plain
 * computation the fast one must agree with, byte for byte.
 */
function lineByLineSnippet(text: string, q: ParsedQuery, maxChars = 240): Snippet {
  if (q.terms.length === 0) return makeSnippet(text, [], maxChars);
  const needles = q.terms.map((term) => (term.startsWith('ال') ? term.slice(2) : 'ال'.startsWith(term) ? '' : term));
  const count = (haystack: string, needle: string): number => (needle === '' ? 1 : haystack.split(needle).length - 1);
  const lines: { start: number; text: string; score: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const counts = needles.map((n) => count(normalise(line), n));
    const distinct = counts.filter((c) => c > 0).length;
    if (distinct > 0) lines.push({ start: at, text: line, score: distinct * 1000 + counts.reduce((a, b) => a + b, 0) });
    at += line.length + 1;
  }
  lines.sort((a, b) => b.score - a.score || a.start - b.start);
  let anchorRanges: TextRange[] = [];
  for (const line of lines) {
    anchorRanges = matchRanges(line.text, q).map((r) => ({ start: r.start + line.start, end: r.end + line.start }));
    if (anchorRanges.length > 0) break;
  }
  const window = makeSnippet(text, anchorRanges, maxChars);
  const whole = (r: TextRange): boolean => !isWordChar(text[window.start + r.start - 1]) && !isWordChar(text[window.start + r.end]);
  return { ...window, highlights: matchRanges(window.text, q).filter(whole) };
}

describe('searchSnippet, fast path', () => {
  const bodies = [...fixtureTexts().map((f) => f.text), ...generate(300)];
  const words = [...new Set(bodies.flatMap((b) => tokenise(b).map((t) => t.key)))].sort();

  it('gives what the line-by-line computation gives on every fixture and generated article, whole words and typed prefixes', () => {
    const term = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).chain((k) => fc.constantFrom(...searchForms(k))),
      fc.constantFrom(...words).chain((k) => fc.integer({ min: 1, max: k.length }).map((n) => k.slice(0, n))),
    );
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.array(term, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom(80, 240), (body, terms, prefixLast, chars) => {
        const q = literalQuery(terms, prefixLast);
        expect(searchSnippet(body, q, chars)).toEqual(lineByLineSnippet(body, q, chars));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on the words each article holds most, the common words of a page of hits', () => {
    for (const body of bodies.slice(0, 120)) {
      const counts = new Map<string, number>();
      for (const t of tokenise(body)) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
      const common = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([k]) => k);
      for (const terms of [[common[0] ?? ''], common.slice(0, 2)]) {
        const q = literalQuery(terms);
        expect(searchSnippet(body, q)).toEqual(lineByLineSnippet(body, q));
      }
    }
  });
});
