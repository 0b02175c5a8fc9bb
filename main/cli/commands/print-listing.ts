import type { CliIo } from './command.ts';

/** The text form of a listing: one line a result shown, then how many there are in all. */
export interface ListingText {
  lines: string[];
  shown: number;
  total: number;
  /** Words after "N articles" in the closing count, such as " found". */
  suffix: string;
}

/**
 * Prints what `list` and `search` found: the results as JSON with --json, for scripts; otherwise their lines and
 * a closing count that says when a --limit cut the list. `text` is built only when it is printed.
 */
export function printListing(io: CliIo, json: boolean, results: unknown, text: () => ListingText): number {
  if (json) {
    io.out(JSON.stringify(results, null, 2));
    return 0;
  }
  const { lines, shown, total, suffix } = text();
  for (const line of lines) io.out(line);
  io.out(`${String(total)} article${total === 1 ? '' : 's'}${suffix}${shown < total ? ` (showing ${String(shown)})` : ''}`);
  return 0;
}
