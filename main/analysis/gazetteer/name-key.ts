import { wordKeys } from '../arabic/index.ts';

// Kunya and «عبد» compounds are written with or without the space («عبد الله / عبدالله», «أبو ظبي / أبوظبي»),
// and the kunya changes with case («أبو / أبا / أبي»): one key form for all of them.
const COMPOUND = /(^| )(?:عبد|ابو|ابا|ابي) (?=\S)/g;

/** Joins word keys into a name key, folding the compound and kunya spellings. */
export function joinNameKeys(keys: readonly string[]): string {
  return keys
    .join(' ')
    .replace(COMPOUND, (m, lead: string) => `${lead}${m.trim().startsWith('عبد') ? 'عبد' : 'ابو'}`)
    .replace(/(^| )ابن(?= )/g, '$1بن');
}

/** The matching key of a name as written: normalised words, one space apart, compounds folded. */
export function nameKey(name: string): string {
  return joinNameKeys(wordKeys(name));
}
