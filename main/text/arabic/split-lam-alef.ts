// A lam, a space, and an alef standing alone: no Arabic word is a lone alef, so this is one lam-alef split in two.
const SPLIT_LAM_ALEF = /\u0644 (?=[\u0622\u0623\u0625\u0627](?![\p{L}\p{M}]))/gu;

/**
 * Joins a lam-alef that reached the text with a space inside it. Some fonts draw the isolated and final lam-alef
 * as a lam and an alef of no width laid over it; pdfjs reads the overlap as a word gap, so «طويلا» reads
 * «طويل ا» and «لا» «ل ا». A lone alef is never a word, so the space goes; «قال أحمد» keeps its own.
 */
export function joinSplitLamAlef(text: string): string {
  return text.replace(SPLIT_LAM_ALEF, '\u0644');
}
