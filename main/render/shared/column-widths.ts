/** An average character of Amiri, in ems: what turns a cell's length into a width (the Word file's and the PDF's tables). */
export const AVERAGE_CHAR_EM = 0.5;

/**
 * Column widths from the content, fixed in the file so every reader (Word, LibreOffice) draws the same table.
 * Each column starts as wide as its header and its longest word (so neither breaks); the rest of the width goes,
 * a slice at a time, to the column where it saves the most lines over all rows (a row is as tall as its fullest
 * cell), so a column of short values (a type, a count, source numbers) gets just what it needs and the columns
 * of running text (names, roles, events) share the remainder.
 *
 * A table too narrow for its headers and longest words shares its width in proportion to what they need.
 *
 * `cells[c]` holds the texts of column c, its header first; `charWidth` is the width of an average character and
 * `cellPadding` the cell's inner margins, both in the unit of `total`. Returns one width per column, summing to `total`.
 */
export function contentWidths(cells: readonly (readonly string[])[], total: number, charWidth: number, cellPadding: number): number[] {
  const columns = cells.length;
  const rows = Math.max(0, ...cells.map((texts) => texts.length - 1));
  const capacity = total / charWidth - (columns * cellPadding) / charWidth;
  const chars = cells.map((texts) => Math.max(1,
    (texts[0] ?? '').length,
    // A no-break space (a bound date, a graded number) joins its word: the column must hold the whole of it.
    ...texts.flatMap((t) => t.split(/[^\S\u00a0\u202f]+/u).map((w) => w.length))) + 1);
  const needed = chars.reduce((a, b) => a + b, 0);
  // Without this, the last column would take what the others overdrew: a negative width.
  if (needed > capacity) chars.forEach((n, c) => { chars[c] = (n * Math.max(0, capacity)) / needed; });
  const step = Math.max(1, capacity / 100);
  const left = capacity - chars.reduce((a, b) => a + b, 0);
  if (left >= step) widenGreedily(cells, chars, rows, step, left);
  // What is left goes to the columns that still wrap, in proportion to their text (to all when none wraps), so the
  // table fills the measure without widening a column of short values.
  const longest = cells.map((texts, c) => Math.max(0, ...texts.slice(1).map((t) => t.length)) - (chars[c] ?? 0));
  const volume = cells.map((texts, c) => ((longest[c] ?? 0) > 0 ? texts.reduce((sum, t) => sum + t.length, 0) : 0));
  const volumeSum = volume.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, capacity - chars.reduce((a, b) => a + b, 0));
  chars.forEach((n, c) => {
    chars[c] = n + (volumeSum > 0 ? (spare * (volume[c] ?? 0)) / volumeSum : spare / columns);
  });
  const widths = chars.map((n) => Math.floor(n * charWidth + cellPadding));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Hands out `left` a `step` at a time, each to the first column whose widening saves the most lines over all rows
 * (a row as tall as its fullest cell), until no widening saves a line; `chars` is widened in place. The lines of
 * every cell at the current widths are kept, and each row's two fullest columns, so trying a column recounts that
 * column's cells only: trying every column on every step, recounting the whole table, was ≈ 5 ms of a render's CPU
 * for the seeds' two tables (a hundred steps of five trials over eighty rows). The counts are the same integers, so
 * the widths are the same numbers.
 */
function widenGreedily(cells: readonly (readonly string[])[], chars: number[], rows: number, step: number, left: number): void {
  const columns = chars.length;
  const lengths = new Float64Array(columns * rows);
  const lines = new Float64Array(columns * rows);
  for (let c = 0; c < columns; c++) {
    for (let r = 0; r < rows; r++) lengths[c * rows + r] = cells[c]?.[r + 1]?.length ?? 0;
  }
  const count = (c: number): void => {
    const width = chars[c] ?? 1;
    for (let r = 0; r < rows; r++) lines[c * rows + r] = Math.ceil((lengths[c * rows + r] ?? 0) / width);
  };
  for (let c = 0; c < columns; c++) count(c);
  // Per row: its fullest column's lines (at least 1, as a row takes a line), that column, and the next fullest's.
  const top = new Float64Array(rows);
  const topColumn = new Int32Array(rows);
  const second = new Float64Array(rows);
  while (left >= step) {
    let now = 0;
    for (let r = 0; r < rows; r++) {
      let first = 1;
      let firstColumn = -1;
      let next = 1;
      for (let c = 0; c < columns; c++) {
        const n = lines[c * rows + r] ?? 0;
        if (n > first) {
          next = first;
          first = n;
          firstColumn = c;
        } else if (n > next) next = n;
      }
      top[r] = first;
      topColumn[r] = firstColumn;
      second[r] = next;
      now += first;
    }
    let best = -1;
    let bestHeight = now;
    for (let c = 0; c < columns; c++) {
      const width = (chars[c] ?? 0) + step;
      let height = 0;
      for (let r = 0; r < rows; r++) {
        const others = topColumn[r] === c ? (second[r] ?? 1) : (top[r] ?? 1);
        height += Math.max(others, Math.ceil((lengths[c * rows + r] ?? 0) / width));
      }
      if (height < bestHeight) {
        best = c;
        bestHeight = height;
      }
    }
    if (best < 0) break;
    chars[best] = (chars[best] ?? 0) + step;
    count(best);
    left -= step;
  }
}
