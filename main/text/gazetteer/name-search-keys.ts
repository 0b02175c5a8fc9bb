import { nameKey, nameSkeleton } from './name-key.ts';

/** How a text is found by a typed name: its words' keys and their consonant skeletons, one of each per word. */
export interface NameSearchKeys {
  words: string[];
  skeletons: string[];
}

// «ال» is dropped only where a word of at least two letters stays: «الحلبي» → «حلبي», but «الا» keeps its letters.
const ARTICLE = /^ال(?=\S{2})/u;

/**
 * The search keys of a name (or of several names, roles, one per line): each word's name key (spelling folded as
 * `normalise` folds it: hamza seats, ى/ي, ة/ه, diacritics, Latin case; compounds as `nameKey` joins them) without its
 * article, so «العوادي» and «عوادي» meet, and each word's skeleton (see `nameSkeleton`) for the variants that spell a
 * long vowel elsewhere («باسم» / «بسام»).
 */
export function nameSearchKeys(text: string): NameSearchKeys {
  const words = text
    .split('\n')
    .flatMap((line) => nameKey(line).split(' '))
    .map((w) => w.replace(ARTICLE, ''))
    .filter((w) => w !== '');
  return { words, skeletons: words.map(nameSkeleton) };
}
