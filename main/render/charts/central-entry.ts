/** An entry of the chart in axis order: where it stands (logical u) and how many sources it has. */
export interface AxisEntry {
  u: number;
  sources: number;
}

/** The story's densest cluster on the chart: its entries' indexes [start, end) in axis order, and its central entry. */
export interface CentralCluster {
  start: number;
  end: number;
  central: number;
}

/**
 * The story's central cluster on the chart, or null for none: of the clusters — neighbours (in axis order) whose
 * badges (diameter `badge`) would touch, so they stack over one place: the sinking and all that followed it in the
 * week —, the one with most entries, then the one whose entries have most sources in all, then the earlier; its
 * central entry the one with most sources, then the earlier. The chart makes sure this place is drawn and named, so
 * the densest place of the story is never the one left unnamed while outliers years away get their labels.
 */
export function centralCluster(entries: readonly AxisEntry[], badge: number): CentralCluster | null {
  if (entries.length === 0) return null;
  let best = { start: 0, end: 0, sources: 0 };
  let start = 0;
  let sources = 0;
  entries.forEach((entry, k) => {
    const previous = entries[k - 1];
    if (previous !== undefined && entry.u - previous.u >= badge) {
      start = k;
      sources = 0;
    }
    sources += entry.sources;
    const size = k + 1 - start;
    const bestSize = best.end - best.start;
    if (size > bestSize || (size === bestSize && sources > best.sources)) best = { start, end: k + 1, sources };
  });
  let central = best.start;
  for (let k = best.start + 1; k < best.end; k++) if ((entries[k]?.sources ?? 0) > (entries[central]?.sources ?? 0)) central = k;
  return { start: best.start, end: best.end, central };
}

/** The indexes 0…n-1 with `first` moved to the front (none moved for null): an order of placement. */
export function firstThen(n: number, first: number | null, rest: readonly number[] = Array.from({ length: n }, (_, k) => k)): number[] {
  return first === null ? [...rest] : [first, ...rest.filter((k) => k !== first)];
}

/** `place` run on `items` taken in `order`, its answers put back in the items' own order. */
export function placedInOrder<T, R>(items: readonly T[], order: readonly number[], place: (ordered: T[]) => R[]): R[] {
  const answers = place(order.map((k) => items[k] as T));
  const back: R[] = new Array<R>(items.length);
  order.forEach((k, i) => { back[k] = answers[i] as R; });
  return back;
}
