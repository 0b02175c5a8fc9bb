import { matchKey } from '../../text/arabic/index.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';

// The cleaner keys each line four times or more (repeats in the batch, the line's own classification, boilerplate
// phrases, headline checks), and Arabic text folds about one letter in ten (ة, أ, ى): keying is costly, the key pure.
// An import keys every line of its batch first (the lines repeated across it), then cleans the documents one by one:
// the budget holds the lines of 2,000 articles of about 4,000 characters, so the second keying of each line is a
// lookup (at 2,000,000 characters a 2,000-article batch emptied the memo three times before its cleaning began, and
// every line was keyed twice). Its values are about as long as its keys, whose lines the batch holds anyway.
const KEYS = textMemo<string>(8_000_000);

/**
 * The key under which a line is compared with other lines (repeats within an article and across a batch):
 * its matching form with runs of spaces folded, so that scraping noise does not hide a repeat.
 */
export function lineKey(text: string): string {
  return KEYS.get(text, () => matchKey(text));
}
