import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import type { Template } from '../template.ts';

/** Numbering references used by the list paragraphs. */
export const LIST = { bullet: 'brief-bullet', number: 'brief-number' } as const;

/**
 * The brief's two list definitions (ECMA-376 §17.9): a bullet and a decimal list. The number format follows the
 * template's digits (`hindiNumbers` gives Arabic-Indic digits, §17.18.59). Indents are from the start, the right
 * edge of a bidi paragraph, so markers sit on the right.
 */
export function listNumbering(template: Template): INumberingOptions {
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
        levels: [{ level: 0, format: template.digits === 'arabic-indic' ? LevelFormat.HINDI_NUMBERS : LevelFormat.DECIMAL,
          text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { start: 440, hanging: 360 } } } }],
      },
    ],
  };
}
