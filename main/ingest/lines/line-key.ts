import { matchKey } from '../../text/arabic/index.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';

// The cleaner keys each line four times or more (repeats in the batch, the line's own classification, boilerplate
// phrases, headline checks), and Arabic text folds about one letter in ten (ة, أ, ى): keying is costly, the key pure.
const KEYS = textMemo<string>(2_000_000);

/**
 * The key under which a line is compared with other lines (repeats within an article and across a batch):
 * its matching form with runs of spaces folded, so that scraping noise does not hide a repeat.
 */
export function lineKey(text: string): string {
  return KEYS.get(text, () => matchKey(text));
}
