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

const CONTROLS = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A Latin grade: a reliability letter and a credibility digit («E3»), a word of its own.
const LATIN_GRADE = /(?<![A-Za-z0-9])[A-F][1-6](?![A-Za-z0-9])/g;

/** How many Latin grades the text of a package's parts holds, each `w:t` on its own (a grade is never split over two). */
export function latinGradesInXml(xml: string): number {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .reduce((n, m) => n + ((m[1] ?? '').replace(CONTROLS, '').match(LATIN_GRADE)?.length ?? 0), 0);
}

/**
 * How many words of `pdftotext -bbox` output are whole Latin grades: a grade split over two lines is two words. The
 * note references' separator beside the grade («⁷،⁸ B2») may come out glued to its word («B2،»): punctuation, not the grade.
 */
export function latinGradesInPdfWords(bbox: string): number {
  return [...bbox.matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
    .filter((m) => /^[A-F][1-6]$/.test((m[1] ?? '').replace(CONTROLS, '').replace(/^\p{P}+|\p{P}+$/gu, ''))).length;
}
