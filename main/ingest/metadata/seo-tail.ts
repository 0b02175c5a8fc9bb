import { lineKey } from '../lines/line-key.ts';

// A run of two or more lower-case Latin words ending a headline: a sports or news portal's search keywords («koora
// live», «yalla shoot»), not a name (names are written with capitals: «Smart Gov»).
const LATIN_TAIL = /\s+((?:[a-z][a-z0-9'-]*\s+)+[a-z][a-z0-9'-]*)\s*$/u;

/**
 * The headline without the search keywords a portal runs on after it: the lower-case Latin run at its end, and as many
 * Arabic words right before it, at most, as the rest of the page never uses («القادسية يقتنص فوزا … كوره مباشر koora live»).
 * The headline unchanged when it has no such tail or what would remain is not headline-sized (three words).
 */
export function withoutSeoTail(title: string, pageText: string): string {
  const m = LATIN_TAIL.exec(title);
  if (m === null || !/\p{Script=Arabic}/u.test(title.slice(0, m.index))) return title;
  const words = title.slice(0, m.index).trim().split(/\s+/u);
  // The page without the headline's own lines: a keyword is one the story and the rest of the page do not use.
  const rest = ` ${lineKey(pageText.split('\n').filter((l) => !l.includes(m[0].trim())).join(' '))} `;
  // The keywords in Arabic letters before it say the same in as many words («كوره مباشر» for «koora live»).
  const latinWords = (m[1] ?? '').split(/\s+/u).length;
  let cut = 0;
  while (cut < latinWords && cut < words.length - 3 && !rest.includes(` ${lineKey(words[words.length - 1 - cut] ?? '')} `)) cut++;
  const kept = words.slice(0, words.length - cut);
  return kept.length >= 3 ? kept.join(' ') : title;
}
