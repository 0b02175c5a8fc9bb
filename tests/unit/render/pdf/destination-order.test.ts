import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { sourceDestination } from '../../../../main/render/pdf/citation-marks.ts';
import { destinationOrder, orderDestinations } from '../../../../main/render/pdf/destination-order.ts';

/** A fixed shuffle (a linear congruential generator), so the test sorts the same list every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i -= 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('destinationOrder', () => {
  it('orders source destinations as localeCompare does, 1 to 1,200 (a prefix before its extensions, 10 before 2)', () => {
    const names = shuffled(Array.from({ length: 1200 }, (_, i) => sourceDestination(i + 1)));
    expect([...names].sort(destinationOrder)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(destinationOrder('source-1', 'source-10')).toBeLessThan(0);
    expect(destinationOrder('source-10', 'source-2')).toBeLessThan(0);
  });

  it('leaves any other name to localeCompare, whose order is not code-unit order', () => {
    // Code units put «B» before «a»; the collation puts «a» first.
    expect(destinationOrder('a', 'B')).toBe('a'.localeCompare('B'));
    expect(destinationOrder('a', 'B')).toBeLessThan(0);
    expect(destinationOrder('source-a', 'Source-1')).toBe('source-a'.localeCompare('Source-1'));
  });

  it('is the order pdfkit sorts a document’s named destinations by', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    orderDestinations(doc);
    const tree = (doc as unknown as { _root: { data: { Names: { data: { Dests: { _compareKeys: unknown } } } } } })._root.data.Names.data.Dests;
    expect(tree._compareKeys).toBe(destinationOrder);
    expect(() => orderDestinations({})).toThrow(/named destinations/);
  });
});
