import bidiModule from 'bidi-js';

/** A stretch of text that Word should set in one script: right-to-left (Arabic) or left-to-right (Latin, digits). */
export interface ScriptRun {
  text: string;
  rtl: boolean;
}

// bidi-js is CommonJS: under NodeNext its typed default export is the module, whose default is the factory.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

/**
 * Splits a paragraph of a right-to-left document into runs by direction, following the Unicode Bidirectional
 * Algorithm (UAX #9) with a right-to-left paragraph level.
 *
 * A character is right-to-left when UAX #9 resolves it to an odd level. Arabic-Indic digits (bidi class AN) resolve
 * to an even level but are Arabic script, so they stay in the right-to-left run and take the complex-script font.
 * Word needs this split because `w:rtl` (ECMA-376 §17.3.2.30) makes every character of a run complex script: a Latin
 * word left inside an rtl run would be set in the Arabic face and sized with `w:szCs`.
 */
export function splitScriptRuns(text: string): ScriptRun[] {
  if (text.length === 0) return [];
  const { levels } = bidi.getEmbeddingLevels(text, 'rtl');
  const runs: ScriptRun[] = [];
  let index = 0;
  // Walk by code point so a surrogate pair never lands in two runs.
  for (const char of text) {
    const level = levels[index] ?? 1;
    const rtl = level % 2 === 1 || bidi.getBidiCharTypeName(char) === 'AN';
    const last = runs[runs.length - 1];
    if (last !== undefined && last.rtl === rtl) last.text += char;
    else runs.push({ text: char, rtl });
    index += char.length;
  }
  return runs;
}
