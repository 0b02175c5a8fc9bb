/**
 * Arabic given names beyond the actor finder's list (given-names.json), which only the entity tagger reads, as
 * its «given» word class: a name the rules do not know («طحنون», «شوكت») still looks like a name to the tagger,
 * while what the rules accept as a person's first name, and so the briefs they make, stays as it was.
 */
import { z } from 'zod';
import { normalise } from '../arabic/index.ts';
import taggerGivenNamesData from './tagger-given-names.json' with { type: 'json' };

export const TAGGER_GIVEN_NAMES_FILE = 'main/text/gazetteer/tagger-given-names.json';

// One word each: the tagger looks words up one at a time.
const OneWord = z.string().regex(/^\p{L}+$/u, 'one word of letters');

const TaggerGivenNamesData = z.object({
  about: z.string().min(1),
  male: z.array(OneWord).min(1),
  female: z.array(OneWord).min(1),
});

/** The matching keys of the list `data`, read from `file`; a damaged list throws one sentence naming the file. */
export function parseTaggerGivenNames(data: unknown, file: string): ReadonlySet<string> {
  const parsed = TaggerGivenNamesData.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new Error(`${file} is not a list of given names${where}: ${issue?.message ?? 'unreadable'}.`);
  }
  return new Set([...parsed.data.male, ...parsed.data.female].map(normalise));
}

/** Matching keys (see normalise) of the tagger's extra Arabic given names. */
export const TAGGER_GIVEN_NAMES: ReadonlySet<string> = parseTaggerGivenNames(taggerGivenNamesData, TAGGER_GIVEN_NAMES_FILE);
