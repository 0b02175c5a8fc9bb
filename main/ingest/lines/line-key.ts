import { matchKey } from '../../text/arabic/index.ts';

/**
 * The key under which a line is compared with other lines (repeats within an article and across a batch):
 * its matching form with runs of spaces folded, so that scraping noise does not hide a repeat.
 */
export function lineKey(text: string): string {
  return matchKey(text);
}
