import { TextRun } from 'docx';
import { splitScriptRuns } from './script-runs.ts';

/**
 * Text as Word runs, one per script: Arabic runs carry `w:rtl` (ECMA-376 §17.3.2.30) and take the style's
 * complex-script font and size; Latin words and Western digits are left-to-right runs in the style's Latin font.
 * Fonts and sizes come from the paragraph or character style, never from the run, so restyling in Word reaches them.
 */
export function textRuns(text: string, characterStyle?: string): TextRun[] {
  return splitScriptRuns(text).map((run) => new TextRun({
    text: run.text,
    style: characterStyle,
    rightToLeft: run.rtl ? true : undefined,
  }));
}
