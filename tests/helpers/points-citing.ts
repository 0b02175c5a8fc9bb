import { expect } from 'vitest';
import type { SummaryPoint } from '../../main/model/brief.ts';

/** The summary's points that cite a sentence containing `fragment`. */
export function pointsCiting(points: readonly SummaryPoint[], fragment: string): SummaryPoint[] {
  return points.filter((p) => p.sources.some((s) => s.quote.includes(fragment)));
}

/**
 * Expects one point, and one only, to cite a sentence containing `fragment`, and its sources to be `sourceIds`
 * (in any order): the reports of one event joined. Returns the point for the test's own further checks.
 */
export function expectOnePointCiting(points: readonly SummaryPoint[], fragment: string, sourceIds: readonly string[]): SummaryPoint {
  const citing = pointsCiting(points, fragment);
  expect(citing).toHaveLength(1);
  expect(citing[0]!.sources.map((s) => s.sourceId).sort()).toEqual([...sourceIds].sort());
  return citing[0]!;
}

/** Expects no point citing a sentence with `fragment` to cite one with `other` too: two events kept apart. */
export function expectNoPointCitingBoth(points: readonly SummaryPoint[], fragment: string, other: string): void {
  for (const p of pointsCiting(points, fragment)) expect(p.sources.some((s) => s.quote.includes(other)), `a point citing «${fragment}» cites «${other}»`).toBe(false);
}
