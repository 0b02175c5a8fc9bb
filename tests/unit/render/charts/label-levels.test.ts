import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type Side } from '../../../../main/render/charts/label-levels.ts';

const requests = fc.array(fc.record({
  anchor: fc.double({ min: 0, max: 400, noNaN: true }),
  widths: fc.array(fc.double({ min: 4, max: 120, noNaN: true }), { minLength: 1, maxLength: 3 }),
}), { maxLength: 60 });

describe('placeLabels', () => {
  it('never puts two labels of one level over each other, nor a label across a leader, nor a label outside the band', () => {
    fc.assert(fc.property(requests, fc.constantFrom<Side[]>(['after'], ['before'], ['centre'], ['after', 'before']), (reqs, sides) => {
      const placed = placeLabels(reqs, { sides, width: 400, levels: 5, gap: 2 });
      placed.forEach((a, i) => {
        if (!a) return;
        expect(a.x0).toBeGreaterThanOrEqual(-1e-9);
        expect(a.x1).toBeLessThanOrEqual(400 + 1e-9);
        placed.forEach((b, j) => {
          if (!b || i === j) return;
          if (a.level === b.level) expect(a.x1 <= b.x0 || b.x1 <= a.x0, `labels ${i} and ${j} on level ${a.level}`).toBe(true);
          // b's leader runs from the axis up through every level below b's own.
          const anchor = reqs[j]?.anchor ?? 0;
          if (a.level < b.level) expect(anchor > a.x0 && anchor < a.x1, `leader ${j} through label ${i}`).toBe(false);
        });
      });
    }));
  });

  it('stacks labels that share an anchor on rising levels, shortens one before giving it up, and is deterministic', () => {
    const reqs = [{ anchor: 100, widths: [50] }, { anchor: 100, widths: [50] }, { anchor: 100, widths: [50, 20] }];
    const placed = placeLabels(reqs, { sides: ['centre'], width: 400, levels: 2, gap: 1, leaders: false });
    expect(placed.map((p) => p?.level ?? null)).toEqual([0, 1, null]);
    expect(placeLabels(reqs, { sides: ['centre'], width: 400, levels: 2, gap: 1, leaders: false })).toEqual(placed);
    const shorter = placeLabels([{ anchor: 0, widths: [100] }, { anchor: 150, widths: [200, 40] }], { sides: ['after'], width: 200, levels: 1, gap: 1 });
    expect(shorter[1]).toMatchObject({ level: 0, choice: 1, x0: 150, x1: 190 });
  });
});
