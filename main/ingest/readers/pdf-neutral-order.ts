import type { PdfTextRun } from './pdf-layout.ts';

// A run of neutral characters only (punctuation, symbols, spaces): no letter and no digit, which are strong or number
// types in the Unicode bidi algorithm and keep a run's direction of their own.
const NEUTRAL_ONLY = /^[^\p{L}\p{N}]+$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * A right-to-left line's neutral runs in logical order. LibreOffice draws an Arabic line's colon, quotes, brackets and
 * full stop in a fallback font, as runs of their own, and pdfjs gives such a run's characters left to right as they
 * are drawn: «وقال: "الموعد…"» comes out «وقال" : الموعد…». By the bidi algorithm's rule for neutrals (N1/N2), marks
 * between two right-to-left runs, or between one and the line's end, take the line's direction, so their logical
 * order is the drawn one read from the right: the run's characters reversed. Each character is already the logical
 * one (a bracket's mirrored glyph maps back to its own code), so none is mirrored. A run between two runs of Latin
 * letters takes their left-to-right direction and stays as drawn. pdfjs also puts a space run of its own, at a
 * width that spans the neighbouring words, at each change of font: beside a neutral run it is dropped, and the
 * caller's gap test puts a space where the page shows one («القاعة (بعد» and not «القاعة ( بعد»). `runs` are in
 * reading order (right to left).
 */
export function neutralRunsInLogicalOrder(runs: readonly PdfTextRun[]): PdfTextRun[] {
  const neutral = (run: PdfTextRun | undefined): boolean => run !== undefined && NEUTRAL_ONLY.test(run.text) && run.text.trim() !== '';
  // The nearest run on either side that is not a space run: pdfjs may put two space runs side by side.
  const visible = (i: number, step: 1 | -1): PdfTextRun | undefined => {
    for (let j = i + step; j >= 0 && j < runs.length; j += step) if (runs[j]?.text.trim() !== '') return runs[j];
    return undefined;
  };
  const kept = runs.filter((run, i) => run.text.trim() !== '' || !(neutral(visible(i, -1)) || neutral(visible(i, 1))));
  return kept.map((run, i) => {
    if (run.text.length < 2 || !neutral(run)) return run;
    const before = kept[i - 1]?.text ?? '';
    const after = kept[i + 1]?.text ?? '';
    if (LATIN_LETTER.test(before) && LATIN_LETTER.test(after)) return run;
    return { ...run, text: [...run.text].reverse().join('') };
  });
}
