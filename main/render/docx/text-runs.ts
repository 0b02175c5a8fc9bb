import { TextRun } from 'docx';
import { bindDates } from '../shared/date-binding.ts';
import { displaySegments, FSI, PDI, type Digits } from '../shared/digits-direction.ts';

/**
 * Text as Word runs, one per direction (../shared/digits-direction.ts decides): the Arabic text — its digits and
 * punctuation included — in right-to-left runs (`w:rtl`, ECMA-376 §17.3.2.30, plus `w:cs`, written when the package
 * is pinned), so Word sets it in the style's complex-script face and size; each Latin island (a name, an
 * identifier, a URL, an English item) in a left-to-right run in the Latin face, isolated when it holds punctuation.
 * Digits take the template's shape outside Latin islands. Fonts and sizes come from the paragraph or character
 * style, never from the run, so restyling in Word reaches them.
 */
export function textRuns(text: string, digits: Digits, characterStyle?: string): TextRun[] {
  return styledTextRuns([{ text, style: characterStyle }], digits);
}

/** A piece of text in one character style (none: the paragraph's). */
export interface StyledText {
  text: string;
  style?: string;
}

/**
 * Text in several character styles (an actor's bold name, then its aliases) as Word runs. Directions are decided on
 * the whole text, as the PDF decides them on its spans, and the runs are then cut where the style changes: a Latin
 * name and its Latin aliases make one island, «Human Rights Watch (HRW)», where isolating the aliases on their own
 * (their leading space inside) set them before the name with no space between: «(HRW)Human Rights Watch».
 */
export function styledTextRuns(parts: readonly StyledText[], digits: Digits): TextRun[] {
  // Dates in running text (a composed point's «في 12 يناير 2025») bound like the exporters' own, each piece on its own
  // (binding may add a word joiner, so the ends of the pieces are those of the bound texts; a date never straddles a
  // change of style: a name and its aliases). A date just before note references stays bound too: the references
  // open with a break opportunity (citation-notes.ts, cite).
  const bound = parts.map((part) => bindDates(part.text));
  const ends: number[] = [];
  for (const text of bound) ends.push((ends.at(-1) ?? 0) + text.length);
  const runs: TextRun[] = [];
  let at = 0;
  for (const segment of displaySegments(bound.join(''), digits)) {
    // Only the isolate's controls are added to a segment; its other changes (digit shapes, number signs) keep lengths.
    const isolated = segment.latin && segment.text.startsWith(FSI) && segment.text.endsWith(PDI);
    const core = isolated ? segment.text.slice(1, -1) : segment.text;
    for (let i = 0; i < core.length;) {
      const part = ends.findIndex((end) => end > at + i);
      const end = Math.min(core.length, (ends[part] ?? Infinity) - at);
      const text = `${isolated && i === 0 ? FSI : ''}${core.slice(i, end)}${isolated && end === core.length ? PDI : ''}`;
      runs.push(new TextRun({ text, style: parts[part]?.style, rightToLeft: segment.latin ? undefined : true }));
      i = end;
    }
    at += core.length;
  }
  return runs;
}
