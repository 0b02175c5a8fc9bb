import type { RawDocument } from '../../model/raw-document.ts';
import type { ClassifiedLine } from '../clean/classify-lines.ts';
import type { Detected } from '../metadata/detected.ts';
import { learnedAuthor } from './learned-author.ts';

/** Which reader gives the import its author: the hand-written rules (detectAuthor and the byline readers) or the learned chooser over them. */
export type AuthorReader = 'rules' | 'learned';

/**
 * The import's author reader: the one switch between the rules and the learned chooser (learned-author.ts). The rules
 * until the chooser is measured on a set written apart from its training and found better there, in precision and in
 * recall (`npm run eval -- metadata`, its «author, the learned chooser» row).
 */
export const IMPORT_AUTHOR_READER: AuthorReader = 'rules';

/** The page's author as `reader` reads it (the import's reader unless told), given what the rules read (`rules`). */
export function readAuthor(raw: RawDocument, lines: readonly ClassifiedLine[], outlet: string | null, rules: Detected<string>, reader: AuthorReader = IMPORT_AUTHOR_READER): Detected<string> {
  return reader === 'learned' ? learnedAuthor(raw, lines, outlet, rules) : rules;
}
