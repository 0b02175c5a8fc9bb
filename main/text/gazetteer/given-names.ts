import { z } from 'zod';
import { normalise } from '../arabic/index.ts';
import givenNamesData from './given-names.json' with { type: 'json' };

const GivenNamesData = z.object({
  about: z.string(),
  male: z.array(z.string().min(1)),
  female: z.array(z.string().min(1)),
  /** Words that open a compound or kunya name: «أبو محمد», «عبد الله», «أم كلثوم». */
  kunya: z.array(z.string().min(1)),
  /** Given names of foreign people as Arabic news transliterates them («دونالد», «فلاديمير»). */
  foreign: z.array(z.string().min(1)),
});

const DATA = GivenNamesData.parse(givenNamesData);

/** Matching keys (see normalise) of the shipped common given names, male, female and foreign. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...DATA.male, ...DATA.female, ...DATA.foreign].map(normalise));

/** Matching keys of the words that open a kunya or «عبد» compound. */
export const KUNYA_WORDS: ReadonlySet<string> = new Set(DATA.kunya.map(normalise));

/**
 * Whether a word key is a known given name: in the shipped list, or a compound written as one word
 * («عبدالله», «أبوبكر»), which name-key folding would otherwise split.
 */
export function isGivenName(key: string): boolean {
  if (GIVEN_NAMES.has(key)) return true;
  return /^(?:عبد|ابو)\p{L}{2,}$/u.test(key);
}
