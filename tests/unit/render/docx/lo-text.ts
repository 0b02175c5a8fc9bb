// Reading back text that LibreOffice converted to PDF and pdftotext extracted.

/**
 * Arabic words in reading order. pdftotext wraps lines in bidi controls, writes the lam-alef ligature as alef-lam
 * and puts a space before or after some marks (tanween, shadda), so these are normalised away on both sides of a comparison.
 */
export function arabicWords(text: string): string[] {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+(?=\p{M})|(?<=\p{M})\s+/gu, '')
    .replace(/\p{M}/gu, '')
    .replace(/لا/g, 'ال')
    .split(/[^\p{Script=Arabic}]+/u)
    .filter((w) => /\p{L}/u.test(w) && !/[\u060c\u061b\u061f]/.test(w));
}
