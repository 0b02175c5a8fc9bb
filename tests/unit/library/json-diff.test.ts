import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, diffJson } from '../../../main/library/json-diff.ts';

describe('json diff', () => {
  it('turns any JSON value into any other, exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(JSON.stringify(applyJsonPatch(a, diffJson(a, b)))).toBe(JSON.stringify(b));
      }),
    );
  });

  it('turns a value into an edit of itself, exactly, and leaves the original as it was', () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.string()), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), text: fc.string() }), { maxLength: 12 }), edits, (items, changes) => {
        const before = { title: 't', items };
        const copy = JSON.stringify(before);
        const next = [...items];
        for (const [at, text] of changes) if (next.length > 0) next.splice(at % next.length, 1, { id: `x${text}`, text });
        const after = { title: 't', items: next };
        expect(JSON.stringify(applyJsonPatch(before, diffJson(before, after)))).toBe(JSON.stringify(after));
        expect(JSON.stringify(before)).toBe(copy);
      }),
    );
  });

  it('stores a rewritten item, not the whole document', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, text: 'نص طويل يتكرر '.repeat(20), sources: [{ sourceId: 's', quote: 'جملة' }] }));
    const before = { title: 'موجز', items };
    const after = { ...before, items: items.map((it, i) => (i === 57 ? { ...it, text: 'نص جديد' } : it)) };
    const patch = diffJson(after, before);
    expect(patch).toEqual([{ op: 'set', path: ['items', 57, 'text'], value: items[57]!.text }]);
    const moved = { ...before, items: [items[1]!, items[0]!, ...items.slice(2)] };
    expect(JSON.stringify(diffJson(before, moved)).length).toBeLessThan(JSON.stringify(items.slice(0, 2)).length * 1.2);
  });

  it('refuses a patch that does not fit', () => {
    expect(() => applyJsonPatch({ a: [1] }, [{ op: 'splice', path: ['a'], start: 3, remove: 1, insert: [] }])).toThrow(/does not fit/);
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'set', path: ['b', 'c'], value: 2 }])).toThrow(/does not fit/);
  });
});
