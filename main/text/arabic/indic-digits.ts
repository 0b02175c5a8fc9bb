/**
 * Writes ASCII digits as Arabic-Indic digits (U+0660–U+0669), the digit shapes of Arabic typography in the Mashriq.
 * The inverse of `asciiDigits`; used by renderers when a template asks for Arabic-Indic digits.
 */
export function arabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + d.charCodeAt(0) - 0x30));
}
