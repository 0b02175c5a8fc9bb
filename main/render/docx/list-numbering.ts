import { AlignmentType, LevelFormat, TextRun, type INumberingOptions, type IParagraphOptions, type ParagraphChild } from 'docx';
import { shapeDigits } from '../shared/digits-direction.ts';
import type { Template } from '../template.ts';

/** Numbering references used by the list paragraphs. */
export const LIST = { bullet: 'brief-bullet', number: 'brief-number' } as const;

/**
 * The brief's two list definitions (ECMA-376 §17.9): a bullet and a decimal list. Indents are from the start, the
 * right edge of a bidi paragraph, so markers sit on the right.
 */
export function listNumbering(): INumberingOptions {
  const indent = { start: 360, hanging: 280 };
  return {
    config: [
      {
        reference: LIST.bullet,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START,
          style: { paragraph: { indent } } }],
      },
      {
        reference: LIST.number,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START,
          style: { paragraph: { indent: { start: 440, hanging: 360 } } } }],
      },
    ],
  };
}

/**
 * The number of the `index`-th item (0-based) of a numbered list. With Western digits, Word's own numbering
 * (`instance` keeps each list counting from 1), which renumbers as the analyst edits. With Arabic-Indic digits,
 * the number is written out in the item's first run, before a tab to the hanging indent: Word's `hindiNumbers`
 * format is lost in LibreOffice (its import leaves it unmapped and prints Western digits), and the template's
 * digits must hold in every reader.
 */
export function listNumber(template: Template, instance: number, index: number): {
  numbering?: IParagraphOptions['numbering'];
  marker: ParagraphChild[];
} {
  if (template.digits === 'western') return { numbering: { reference: LIST.number, level: 0, instance, custom: true }, marker: [] };
  return { marker: [new TextRun({ text: `${shapeDigits(String(index + 1), template.digits)}.\t`, rightToLeft: true })] };
}
