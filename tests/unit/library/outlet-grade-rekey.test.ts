import { describe, expect, it } from 'vitest';
import { planOutletRekey, type StoredGrade } from '../../../main/library/outlet-grade-rekey.ts';
import { outletKey } from '../../../main/ingest/metadata/outlet-key.ts';
import { matchKey } from '../../../main/text/arabic/index.ts';

/** A row as the previous Mawjaz stored it: under the outlet's matching key. */
const old = (outlet: string, grade: string, gradedAt: string): StoredGrade => ({ outletKey: matchKey(outlet), outlet, grade, gradedAt });

describe('planOutletRekey', () => {
  it('folds two rows of one outlet into the one graded last, lists the other with the key it went into, and maps every old key', () => {
    const paper = old('جريدة النخيل', 'B', '2025-01-05T10:00:00.000Z');
    const bare = old('النخيل', 'D', '2025-03-01T08:00:00.000Z');
    const other = old('وكالة سنبلة للأنباء', 'A', '2025-02-01T08:00:00.000Z');
    const plan = planOutletRekey([paper, bare, other]);
    const key = outletKey('النخيل');
    expect(plan.changed).toBe(true);
    expect(plan.kept).toEqual([
      { ...bare, outletKey: key },
      { ...other, outletKey: outletKey('وكالة سنبلة') },
    ].sort((a, b) => (a.outletKey < b.outletKey ? -1 : 1)));
    expect(plan.folded).toEqual([{ row: paper, into: key }]);
    expect(plan.keys.get(paper.outletKey)).toBe(key);
    expect(plan.keys.get(bare.outletKey)).toBe(key);
  });

  it('keeps the later whichever row comes first, and decides a tie by the old key, never by the order rows are read in', () => {
    const a = old('جريدة النخيل', 'B', '2025-01-05T10:00:00.000Z');
    const b = old('النخيل', 'D', '2025-01-05T10:00:00.000Z');
    const c = old('النخيل الإخباري', 'F', '2024-12-31T23:59:59.000Z');
    const orders = [[a, b, c], [c, b, a], [b, a, c]];
    const plans = orders.map((rows) => planOutletRekey(rows));
    for (const p of plans) expect(p.kept).toEqual(plans[0]?.kept);
    expect(plans[0]?.kept.map((r) => r.grade)).toEqual([matchKey(a.outlet) > matchKey(b.outlet) ? 'B' : 'D']);
    expect(plans[0]?.folded).toHaveLength(2);
  });

  it('changes nothing in rows already under their keys: a second rekey writes nothing', () => {
    const plan = planOutletRekey([old('جريدة النخيل', 'B', '2025-01-05T10:00:00.000Z'), old('Reuters', 'A', '2025-01-06T10:00:00.000Z')]);
    expect(plan.changed).toBe(true);
    const again = planOutletRekey(plan.kept);
    expect(again).toMatchObject({ changed: false, kept: plan.kept, folded: [] });
  });
});
