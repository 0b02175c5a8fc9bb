import { placeState } from './known-places.ts';

/** How far into the page places are counted: the head and the story's opening say where it is from. */
const WORDS_READ = 400;

/**
 * The state the page's places lie in, when one leads: every known place named in its first words (one or two words
 * each) counts for its state, and the state counted most wins, if strictly more often than any other. «الجيزة»,
 * «القاهرة» → مصر. Null when no place is known or two states tie.
 */
export function pageCountry(text: string): string | null {
  const words = text.split(/[\s.,،:؛;!؟?()«»"“”\-–—/|]+/u).filter((w) => w.length > 1).slice(0, WORDS_READ);
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const state = placeState(`${words[i] ?? ''} ${words[i + 1] ?? ''}`) ?? placeState(words[i] ?? '');
    if (state !== null) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  return top !== undefined && (next === undefined || top[1] > next[1]) ? top[0] : null;
}
