/**
 * Words of a line as the cheapest count: runs of characters above the space, in one pass over its UTF-16 units.
 * The metadata choosers measure every head and foot line with it (is this line prose, or a page's furniture?),
 * where tokenising each line would cost more than the rest of their features.
 */
export function spaceRunCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
