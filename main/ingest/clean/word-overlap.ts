import { isStopword, lightStem, wordKeys } from '../../text/arabic/index.ts';

/** The content-word stems of a text: what a headline shares with the story it heads. */
export function contentStems(text: string): Set<string> {
  return new Set(wordKeys(text).filter((k) => !isStopword(k) && !/^\d+$/u.test(k) && k.length > 1).map((k) => lightStem(k)));
}

/** The share of the line's content words that also occur in `story` (0 when the line has none). */
export function overlapWithStory(line: string, story: ReadonlySet<string>): number {
  const stems = contentStems(line);
  if (stems.size === 0) return 0;
  let shared = 0;
  for (const s of stems) if (story.has(s)) shared++;
  return shared / stems.size;
}
