import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../../main/render/charts/label-levels.ts';
import { labelForms, lazyMeasuredForms } from '../../../../main/render/charts/short-label.ts';

const MAX = 60;
/** A stand-in measure whose widths depend on the text, some over MAX so the filter drops them. */
const widthOf = (text: string): number => text.length * 3 + (text.includes('ب') ? 40 : 0);
const words = fc.array(fc.constantFrom('الجيش', 'بيان', 'قال', 'في', 'غزة،', 'وزير', 'الخارجية', 'اليوم'), { minLength: 1, maxLength: 9 });

describe('lazyMeasuredForms', () => {
  it('holds the forms measured all at once and filtered, in their order, measuring only up to the index asked', () => {
    fc.assert(fc.property(words, fc.nat(6), (ws, asked) => {
      const texts = labelForms(ws.join(' '), 5, 2);
      const eager = texts.map((text) => ({ text, width: widthOf(text) })).filter((f) => f.width <= MAX);
      const measured: string[] = [];
      const lazy = lazyMeasuredForms(texts, (t) => { measured.push(t); return widthOf(t); }, MAX);
      expect(lazy.at(asked)).toEqual(eager[asked]);
      // Up to the asked form and no further: the texts before it (kept or dropped), or all when it is past the end.
      const upTo = asked < eager.length ? texts.indexOf(eager[asked]?.text ?? '') + 1 : texts.length;
      expect(measured).toEqual(texts.slice(0, upTo));
      for (let i = 0; i <= eager.length; i++) expect(lazy.at(i)).toEqual(eager[i]);
      expect(new Set(measured).size).toBe(measured.length);
    }));
  });

  it('lets placeLabels choose exactly as over the eager list, measuring fewer forms', () => {
    fc.assert(fc.property(fc.array(fc.record({ anchor: fc.double({ min: 0, max: 300, noNaN: true }), ws: words }), { maxLength: 30 }), (reqs) => {
      const options = { sides: ['after'] as const, width: 300, levels: 3, gap: 4 };
      const texts = reqs.map((r) => labelForms(r.ws.join(' '), 5, 2));
      let eagerCalls = 0;
      const eagerWidths = texts.map((t) => t.map((s) => { eagerCalls++; return widthOf(s); }).filter((w) => w <= MAX));
      const eager = placeLabels(reqs.map((r, k) => ({ anchor: r.anchor, widths: eagerWidths[k] ?? [] })), options);
      let calls = 0;
      const lazy = texts.map((t) => lazyMeasuredForms(t, (s) => { calls++; return widthOf(s); }, MAX));
      const placed = placeLabels(reqs.map((r, k) => ({ anchor: r.anchor, widths: { at: (i: number) => lazy[k]?.at(i)?.width } })), options);
      expect(placed).toEqual(eager);
      expect(calls).toBeLessThanOrEqual(eagerCalls);
    }));
  });

  it('measures one form per label when each label\'s first form fits where it is placed', () => {
    // Three labels far apart on a wide band, each of several forms whose first fits: no shorter form is ever asked for.
    const texts = ['الجيش قال في غزة، اليوم الخارجية', 'وزير الخارجية قال اليوم في غزة،', 'قال الجيش في غزة، اليوم وزير'].map((t) => labelForms(t, 5, 2));
    const max = 200;
    expect(texts.every((t) => t.length > 1 && widthOf(t[0] ?? '') <= max)).toBe(true);
    const measured: string[] = [];
    const lazy = texts.map((t) => lazyMeasuredForms(t, (s) => { measured.push(s); return widthOf(s); }, max));
    const placed = placeLabels([0, 400, 800].map((anchor, k) => ({ anchor, widths: { at: (i: number) => lazy[k]?.at(i)?.width } })), { sides: ['after'], width: 1200, levels: 1, gap: 4 });
    expect(placed.map((p) => p?.choice)).toEqual([0, 0, 0]);
    expect(measured).toEqual(texts.map((t) => t[0]));
  });
});
