import { isStopword, lightStem, wordKeys } from '../../text/arabic/index.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';

// A word key's content stem, or null for a stopword, a number or a single letter. News text repeats its words
// (a story's vocabulary is a few hundred keys), so each is stemmed once per process; bounded against hostile input.
const STEMS = new Map<string, string | null>();
const STEMS_LIMIT = 200_000;

function contentStem(key: string): string | null {
  const known = STEMS.get(key);
  if (known !== undefined) return known;
  const stem = !isStopword(key) && !/^\d+$/u.test(key) && key.length > 1 ? lightStem(key) : null;
  if (STEMS.size >= STEMS_LIMIT) STEMS.clear();
  STEMS.set(key, stem);
  return stem;
}

// The cleaner asks for a line's stems more than once (the story's stems for a headline's weight, a headline under
// furniture, and the title chooser's overlaps with the story's first lines), and wire copy repeats lines word for
// word across a batch: each text's stems are looked up once, the answer pure.
const TEXT_STEMS = textMemo<ReadonlySet<string>>(1_000_000);

/** A text's content-word stems, in the order of their first word: remembered, so never to be changed (contentStems copies). */
export function contentStemSet(text: string): ReadonlySet<string> {
  return TEXT_STEMS.get(text, () => {
    const stems = new Set<string>();
    for (const key of wordKeys(text)) {
      const stem = contentStem(key);
      if (stem !== null) stems.add(stem);
    }
    return stems;
  });
}

/** The content-word stems of a text: what a headline shares with the story it heads. */
export function contentStems(text: string): Set<string> {
  return new Set(contentStemSet(text));
}

/**
 * The content-word stems of a story given as lines: contentStems of the lines joined by line breaks, since no word
 * runs across a line break. Each line's stems are looked up once for the whole cleaner (contentStemSet).
 */
export function storyStems(lines: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const line of lines) for (const stem of contentStemSet(line)) stems.add(stem);
  return stems;
}

/** The share of the line's content words that also occur in `story` (0 when the line has none). */
export function overlapWithStory(line: string, story: ReadonlySet<string>): number {
  const stems = contentStemSet(line);
  if (stems.size === 0) return 0;
  let shared = 0;
  for (const s of stems) if (story.has(s)) shared++;
  return shared / stems.size;
}
