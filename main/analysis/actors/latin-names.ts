/**
 * Whether words in Latin script can be a name the tagger proposes. The tagger learnt from Arabic newswire, where
 * the few Latin tokens are names («CNN»), so it reads a whole English sentence as one organisation. A name in
 * Latin script writes its words with a capital or a digit, but for the particles inside it («Bank of America»,
 * «Marco van Basten»), or a brand's capital inside the word («eBay», «iPhone»); a run of more than six Latin words
 * is a sentence, not a name.
 */
const LATIN = /\p{Script=Latin}/u;
const PARTICLES = new Set(['of', 'and', 'the', 'for', 'de', 'da', 'del', 'des', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);
const MAX_LATIN_WORDS = 6;
/** A capital after the first letter: a brand written in camel case, not a word of prose. */
const NAME_CAPITAL = /^\p{Ll}+\p{Lu}/u;

/** A word written in Latin letters, digits and a name's inner marks («AT&T», «O'Neill», «G20»), with a Latin letter. */
const LATIN_WORD = /^[\p{Script=Latin}\d][\p{Script=Latin}\d.&'’-]*$/u;

export function isLatinWord(text: string): boolean {
  return LATIN_WORD.test(text) && LATIN.test(text);
}

/** The prefixes of a ship's name («MV Sea Star», «HMS Queen Elizabeth»): a vessel, no person or body. */
const VESSEL_PREFIXES = new Set(['MV', 'M/V', 'MS', 'MT', 'SS', 'HMS', 'USS', 'RMS', 'FV']);

/** Whether Latin words are no actor's name: prose (below), or a ship's name after its prefix. */
export function isLatinNonName(texts: readonly string[]): boolean {
  const latin = texts.filter((t) => LATIN.test(t));
  if (latin.length === 0) return false;
  if (latin.length >= 2 && VESSEL_PREFIXES.has(latin[0] ?? '')) return true;
  if (latin.length > MAX_LATIN_WORDS) return true;
  return latin.some((t, i) => /^\p{Ll}/u.test(t) && !NAME_CAPITAL.test(t) && !(PARTICLES.has(t) && i > 0 && i < latin.length - 1));
}
