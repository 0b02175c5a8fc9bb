import { TextRun } from 'docx';
import { displaySegments, type Digits } from '../shared/digits-direction.ts';

/**
 * Text as Word runs, one per direction (../shared/digits-direction.ts decides): the Arabic text — its digits and
 * punctuation included — in right-to-left runs (`w:rtl`, ECMA-376 §17.3.2.30, plus `w:cs`, written when the package
 * is pinned), so Word sets it in the style's complex-script face and size; each Latin island (a name, an
 * identifier, a URL, an English item) in a left-to-right run in the Latin face, isolated when it holds punctuation.
 * Digits take the template's shape outside Latin islands. Fonts and sizes come from the paragraph or character
 * style, never from the run, so restyling in Word reaches them.
 */
export function textRuns(text: string, digits: Digits, characterStyle?: string): TextRun[] {
  return displaySegments(text, digits).map((segment) => new TextRun({
    text: segment.text,
    style: characterStyle,
    rightToLeft: segment.latin ? undefined : true,
  }));
}
