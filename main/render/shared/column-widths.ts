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
  const length = (c: number, r: number): number => cells[c]?.[r + 1]?.length ?? 0;
  const capacity = total / charWidth - (columns * cellPadding) / charWidth;
  const chars = cells.map((texts) => Math.max(1,
    (texts[0] ?? '').length,
    ...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length))) + 1);
  const needed = chars.reduce((a, b) => a + b, 0);
  // Without this, the last column would take what the others overdrew: a negative width.
  if (needed > capacity) chars.forEach((n, c) => { chars[c] = (n * Math.max(0, capacity)) / needed; });
  const height = (widths: readonly number[]): number => {
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      let lines = 1;
      for (let c = 0; c < columns; c++) lines = Math.max(lines, Math.ceil(length(c, r) / (widths[c] ?? 1)));
      sum += lines;
    }
    return sum;
  };
  const step = Math.max(1, capacity / 100);
  let left = capacity - chars.reduce((a, b) => a + b, 0);
  while (left >= step) {
    const now = height(chars);
    let best = -1;
    let bestHeight = now;
    for (let c = 0; c < columns; c++) {
      const tried = chars.map((w, i) => (i === c ? w + step : w));
      const h = height(tried);
      if (h < bestHeight) {
        best = c;
        bestHeight = h;
      }
    }
    if (best < 0) break;
    chars[best] = (chars[best] ?? 0) + step;
    left -= step;
  }
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
