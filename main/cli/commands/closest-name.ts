/**
 * The known name a mistyped one most likely meant, for "did you mean …?": the nearest by Levenshtein distance
 * (fastest-levenshtein, loaded only when a word was mistyped), if it is one edit away, or two with the same first
 * letter (a swap such as "serach" costs two, and typos seldom touch the first letter: "export" is not "import");
 * never as many edits as the word has letters (so "ab" is not taken for "web"). Ties go to the name listed first.
 */
export async function closestName(word: string, names: readonly string[]): Promise<string | null> {
  const { distance } = await import('fastest-levenshtein');
  let best: { name: string; d: number } | null = null;
  for (const name of names) {
    const d = distance(word.toLowerCase(), name.toLowerCase());
    if (best === null || d < best.d) best = { name, d };
  }
  if (best === null || best.d >= word.length) return null;
  const sameStart = best.name[0]?.toLowerCase() === word[0]?.toLowerCase();
  return best.d <= 1 || (best.d === 2 && sameStart) ? best.name : null;
}
