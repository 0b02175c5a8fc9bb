import { isStopword, lightStem, wordKeys } from '../../text/arabic/index.ts';

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

/** The content-word stems of a text: what a headline shares with the story it heads. */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  addStems(stems, text);
  return stems;
}

/**
 * The content-word stems of a story given as lines: contentStems of the lines joined by line breaks, since no word
 * runs across a line break. Each line is tokenised once for the whole cleaner (the tokeniser remembers lines).
 */
export function storyStems(lines: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const line of lines) addStems(stems, line);
  return stems;
}

/**
 * contentStems(text) ∩ `among`, without gathering the text's other stems: a paragraph's words are only looked up
 * when all that is asked of it is which of a few short lines' stems it shares.
 */
export function contentStemsAmong(text: string, among: ReadonlySet<string>): Set<string> {
  const stems = new Set<string>();
  if (among.size === 0) return stems;
  for (const key of wordKeys(text)) {
    const stem = contentStem(key);
    if (stem !== null && among.has(stem)) stems.add(stem);
  }
  return stems;
}

function addStems(stems: Set<string>, text: string): void {
  for (const key of wordKeys(text)) {
    const stem = contentStem(key);
    if (stem !== null) stems.add(stem);
  }
}

/** The share of the line's content words that also occur in `story` (0 when the line has none). */
export function overlapWithStory(line: string, story: ReadonlySet<string>): number {
  const stems = contentStems(line);
  if (stems.size === 0) return 0;
  let shared = 0;
  for (const s of stems) if (story.has(s)) shared++;
  return shared / stems.size;
}
