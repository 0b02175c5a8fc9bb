// Arabic Presentation Forms-A and -B: the shaped letters and ligatures some PDF producers write as a glyph's text.
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/gu;

/**
 * Turns Arabic presentation forms back into the letters they draw (NFKC, only inside those blocks): «ﻻ» → «لا»,
 * «ﺍﻟﻤﻼﺣﺔ» → «الملاحة». Text extracted from a PDF may carry them; every later stage reads plain letters. A
 * byte-order mark (U+FEFF, in the same block) is not a letter and is left for the cleaning that drops it.
 */
export function unfoldPresentationForms(text: string): string {
  return text.replace(PRESENTATION_FORMS, (run) => run.replace(/[^\uFEFF]+/gu, (letters) => letters.normalize('NFKC')));
}
