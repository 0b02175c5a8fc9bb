/** A text item of a PDF page as pdfjs gives it: its characters in logical order and its base direction. */
export interface PdfItemText {
  text: string;
  dir: 'ltr' | 'rtl' | 'ttb';
}

// A letter of a right-to-left script: the characters whose order pdfjs reverses when it reads a line back; a page
// with none has no ligature to put back (pdf-reader.ts).
export const RTL_LETTER = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Left-to-right letters break a right-to-left run inside a left-to-right item.
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;
// pdfjs drops whitespace and invisible format marks from the text it lays out; so does the alignment.
const SKIPPED = /[\s\p{Cf}]/u;

interface GlyphChar {
  ch: string;
  /** The glyph's index in the page when it spells two or more right-to-left letters (a ligature), else -1. */
  ligature: number;
}

/**
 * Puts back in order the letters of ligature glyphs in right-to-left text. A PDF draws a right-to-left line in
 * visual order and pdfjs reverses it character by character to read it; a glyph whose ToUnicode entry spells
 * several letters (the lam-alef that every Arabic font draws as one glyph, «لا» «لأ» «لإ» «لآ», or a font's
 * «الله») is reversed with the rest, so «الملاحة» reads «المالحة» and «الأخيرة» «األخيرة». Text alone cannot
 * tell these apart from a true «ال», so the page's glyphs (content-stream order, one string per glyph) say
 * where the ligatures are. Items are matched to the glyphs by their visible characters in order; a page whose
 * items do not match its glyphs (pdfjs skipped an overdrawn glyph, say) is returned unchanged.
 */
export function restoreLigatureOrder(items: readonly PdfItemText[], glyphs: readonly string[]): string[] {
  const texts = items.map((item) => item.text);
  if (!glyphs.some(isRtlLigature)) return texts;
  const stream: GlyphChar[] = [];
  glyphs.forEach((glyph, index) => {
    const ligature = isRtlLigature(glyph) ? index : -1;
    for (const ch of glyph) if (!SKIPPED.test(ch)) stream.push({ ch, ligature });
  });

  let at = 0;
  const out: string[] = [];
  for (const item of items) {
    const visible = [...item.text].filter((ch) => !SKIPPED.test(ch));
    const segment = stream.slice(at, at + visible.length);
    at += visible.length;
    if (!sameCharacters(visible, segment)) return texts;
    out.push(segment.some((g) => g.ligature >= 0) ? reorderItem(item, segment) : item.text);
  }
  return out;
}

function isRtlLigature(glyph: string): boolean {
  const letters = [...glyph].filter((ch) => !SKIPPED.test(ch));
  return letters.length >= 2 && letters.every((ch) => RTL_LETTER.test(ch));
}

function sameCharacters(visible: readonly string[], segment: readonly GlyphChar[]): boolean {
  if (visible.length !== segment.length) return false;
  const a = [...visible].sort().join('');
  const b = segment.map((g) => g.ch).sort().join('');
  return a === b;
}

/**
 * One item's right-to-left letters come out of pdfjs in the reverse of their glyph order — the whole item when it
 * is right-to-left, each run between left-to-right letters when it is left-to-right — so the k-th letter of the
 * text is known to come from a given glyph. Each ligature's letters are then written back in their glyph's order.
 */
function reorderItem(item: PdfItemText, segment: readonly GlyphChar[]): string {
  const chars = [...item.text];
  const textRuns = rtlRuns(chars, item.dir === 'rtl');
  const glyphRuns = rtlRuns(
    segment.map((g) => g.ch),
    item.dir === 'rtl',
  );
  if (textRuns.length !== glyphRuns.length) return item.text;
  const owner = new Array<number>(chars.length).fill(-1);
  for (let r = 0; r < textRuns.length; r++) {
    const textRun = textRuns[r] ?? [];
    const glyphRun = [...(glyphRuns[r] ?? [])].reverse();
    if (textRun.length !== glyphRun.length) return item.text;
    for (let k = 0; k < textRun.length; k++) {
      const position = textRun[k] ?? 0;
      const glyph = segment[glyphRun[k] ?? 0];
      if (glyph === undefined || glyph.ch !== chars[position]) return item.text;
      owner[position] = glyph.ligature;
    }
  }
  // A ligature's letters stand next to each other in the text, reversed: put them back in glyph order.
  for (let i = 0; i < chars.length; ) {
    const ligature = owner[i] ?? -1;
    let end = i + 1;
    while (ligature >= 0 && end < chars.length && owner[end] === ligature) end++;
    if (ligature >= 0 && end - i >= 2) chars.splice(i, end - i, ...chars.slice(i, end).reverse());
    i = end;
  }
  return chars.join('');
}

/** Positions of right-to-left letters, grouped in the runs pdfjs reverses as one: all of them in a right-to-left item. */
function rtlRuns(chars: readonly string[], rtlItem: boolean): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  chars.forEach((ch, i) => {
    if (SKIPPED.test(ch)) return;
    if (RTL_LETTER.test(ch)) current.push(i);
    else if (!rtlItem && LTR_LETTER.test(ch) && current.length > 0) {
      runs.push(current);
      current = [];
    }
  });
  if (current.length > 0) runs.push(current);
  return runs;
}
