// The signs around numbers in Arabic typesetting with Arabic-Indic digits: «٣٫٥» (ARABIC DECIMAL SEPARATOR U+066B),
// «٣٬٥٠٠» (ARABIC THOUSANDS SEPARATOR U+066C), «٤٥٪» (ARABIC PERCENT SIGN U+066A). The Latin «.», «,» and «%»
// between Arabic-Indic digits are Western marks in an Arabic number, and a Latin full stop reads as the end of a
// sentence.
//
// Only what reads as a number is changed. A single dot between digits is a decimal point, the convention of the
// wires a brief quotes (so a European «3.500» becomes «٣٫٥٠٠»; «3.500,75», with both marks, is read as European).
// A run with two or more dots is a date («21.11.2025»), an address or a version, never a decimal, and keeps its
// dots; commas count as thousands separators only when every group after the first has exactly three digits
// («1,905»), so a list such as «1,2» keeps its comma. A time («13:45») keeps its colon, as Arabic writes it. Latin islands, URLs, e-mail addresses and file names never reach this function: the
// caller applies it to the Arabic text around them (digits-direction.ts).

const DECIMAL = '\u066B';
const THOUSANDS = '\u066C';
const PERCENT = '\u066A';

/** Digits as they may appear in Arabic text: Western and Arabic-Indic. */
const D = '[0-9\u0660-\u0669]';
/** A maximal run of digits joined by single dots or commas. */
const NUMBER_RUN = new RegExp(`${D}+(?:[.,]${D}+)*`, 'gu');
const ENGLISH_STYLE = new RegExp(`^${D}{1,3}(?:,${D}{3})+(?:\\.${D}+)?$`, 'u');
const EUROPEAN_STYLE = new RegExp(`^${D}{1,3}(?:\\.${D}{3})+,${D}+$`, 'u');
const ONE_DECIMAL_POINT = new RegExp(`^${D}+\\.${D}+$`, 'u');
// The per cent sign after a number, with the thin or no-break space some writers put between them.
const PER_CENT = new RegExp(`(${D})([ \u00A0\u202F]?)%`, 'gu');

/** One run of digits and separators in Arabic number signs, or unchanged when it is not plainly a number. */
function numberRun(run: string): string {
  if (ENGLISH_STYLE.test(run)) return run.replace(/,/gu, THOUSANDS).replace('.', DECIMAL);
  if (EUROPEAN_STYLE.test(run)) return run.replace(/\./gu, THOUSANDS).replace(',', DECIMAL);
  if (ONE_DECIMAL_POINT.test(run)) return run.replace('.', DECIMAL);
  return run;
}

/**
 * Writes the decimal separator, thousands separators and per cent sign of the numbers in Arabic text as Arabic
 * typesetting does with Arabic-Indic digits (Unicode 15, §9.2 Arabic: U+066A–U+066C). For the Arabic text of a brief
 * set in Arabic-Indic digits only; digits themselves are left as they are.
 */
export function arabicNumberSigns(text: string): string {
  if (!/[0-9\u0660-\u0669]/u.test(text)) return text;
  return text.replace(NUMBER_RUN, numberRun).replace(PER_CENT, (_, digit: string, space: string) => `${digit}${space}${PERCENT}`);
}
