/** A list read by index, undefined past its end: an array, or a list that computes an item when first asked for it. */
export interface IndexedList<T> {
  at(index: number): T | undefined;
}

/**
 * A list's items with their indexes, in order, up to its first undefined: a lazy list computes only the items a loop
 * reaches before it stops.
 */
export function* items<T>(list: IndexedList<T>): Generator<readonly [number, T]> {
  for (let i = 0, item = list.at(0); item !== undefined; item = list.at(++i)) yield [i, item];
}

/**
 * A label to place: its anchor (where its leader meets the axis's item) and the widths it can take, longest first
 * (an array, or a list that measures a width only when the placer first reaches it).
 */
export interface LabelRequest {
  anchor: number;
  widths: IndexedList<number>;
}

/** Where a label went: its level (0 nearest the axis), which of its widths, and its horizontal extent. */
export interface PlacedLabel {
  level: number;
  choice: number;
  side: Side;
  x0: number;
  x1: number;
}

/** A label's side of its anchor: 'before' ends the label at its anchor, 'after' starts it there. */
export type Side = 'before' | 'after' | 'centre';

export interface LevelOptions {
  /** The sides a label may take, in the order tried at each of its widths. */
  sides: readonly Side[];
  /** The band the labels must stay inside, [0, width]. */
  width: number;
  levels: number;
  /** Clear space kept between two labels of one level, and around a leader line. */
  gap: number;
  /**
   * Labels tied to their anchor by a leader line down through the levels below (the default): no label may sit
   * across another's leader. Stacked badges and bars in lanes have none.
   */
  leaders?: boolean;
}

function extent(anchor: number, w: number, side: Side, options: LevelOptions): [number, number] {
  let x0 = side === 'before' ? anchor - w : side === 'after' ? anchor : anchor - w / 2;
  // Kept inside the band: the label slides along its level, its leader still at the anchor.
  x0 = Math.min(Math.max(0, x0), Math.max(0, options.width - w));
  return [x0, x0 + w];
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

/**
 * Greedy level packing of labels along an axis (the interval-graph colouring a timeline's labels need): in the
 * order given, each label takes the lowest level where one of its forms (longest first, on its sides in order)
 * meets no other box and no leader line of a label above it, and where its own leader crosses no box below it:
 * a shorter label low beats a full one high, so the chart stays short. A label that fits on no level is left out
 * (null). Same requests, same placement.
 */
export function placeLabels(requests: readonly LabelRequest[], options: LevelOptions): Array<PlacedLabel | null> {
  const boxes: Array<Array<[number, number]>> = Array.from({ length: options.levels }, () => []);
  const leaders: number[][] = Array.from({ length: options.levels }, () => []);
  const g = options.gap;
  const free = (level: number, anchor: number, x0: number, x1: number): boolean => {
    if (boxes[level]?.some(([b0, b1]) => overlaps(x0 - g, x1 + g, b0, b1))) return false;
    if (options.leaders === false) return true;
    if (leaders[level]?.some((x) => x > x0 - g && x < x1 + g)) return false;
    for (let below = 0; below < level; below++) {
      if (boxes[below]?.some(([b0, b1]) => anchor > b0 - g && anchor < b1 + g)) return false;
    }
    return true;
  };
  return requests.map((request) => {
    for (let level = 0; level < options.levels; level++) {
      for (const [choice, w] of items(request.widths)) {
        for (const side of options.sides) {
          const [x0, x1] = extent(request.anchor, w, side, options);
          if (!free(level, request.anchor, x0, x1)) continue;
          boxes[level]?.push([x0, x1]);
          if (options.leaders !== false) for (let below = 0; below < level; below++) leaders[below]?.push(request.anchor);
          return { level, choice, side, x0, x1 };
        }
      }
    }
    return null;
  });
}
