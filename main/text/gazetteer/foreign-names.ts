/**
 * Given names and surnames of people from outside the Arab world as Arabic news writes them («فلاديمير»,
 * «زيلينسكي», «ناريندرا»): the entity tagger reads them as word classes, so a foreign name with no title or
 * reporting verb beside it still looks like a name. Only the tagger reads them: a surname alone is no person for
 * the rules, and these lists are not the actor finder's evidence.
 */
import { z } from 'zod';
import { normalise } from '../arabic/index.ts';
import foreignNamesData from './foreign-names.json' with { type: 'json' };

// One word each: the tagger looks words up one at a time.
const OneWord = z.string().regex(/^\p{L}+$/u, 'one word of letters');

const ForeignNamesData = z.object({
  about: z.string(),
  given: z.array(OneWord).min(1),
  surnames: z.array(OneWord).min(1),
});

const DATA = ForeignNamesData.parse(foreignNamesData);

/** Matching keys (see normalise) of foreign given names. */
export const FOREIGN_GIVEN_NAMES: ReadonlySet<string> = new Set(DATA.given.map(normalise));

/** Matching keys of foreign surnames. */
export const FOREIGN_SURNAMES: ReadonlySet<string> = new Set(DATA.surnames.map(normalise));
