import { joiningType } from './arabic-joining.ts';
import type { Item } from './build-line.ts';
import { shapeRun } from './shape-run.ts';
import type { Line } from './types.ts';

export const TATWEEL = '\u0640';

// Seen and sad families (س ش ص ض): the stroke after their teeth is where Naskh scribes stretch first.
const SEEN_SAD = new Set([0x0633, 0x0634, 0x0635, 0x0636]);
// Finals before which the join is stretched, in the order typesetters prefer them: heh, teh marbuta and dal; alef,
// tah, kaf and lam; reh, zain and waw; then the bowls (yeh, noon, beh).
const FINALS: ReadonlyArray<ReadonlySet<number>> = [
  new Set([0x0647, 0x0629, 0x062f, 0x0630]),
  new Set([0x0627, 0x0623, 0x0625, 0x0622, 0x0637, 0x0638, 0x0643, 0x0644]),
  new Set([0x0631, 0x0632, 0x0648, 0x0624]),
  new Set([0x064a, 0x0649, 0x0626, 0x0646, 0x0628, 0x062a, 0x062b]),
];
const LAM = 0x0644;
const MEEM = 0x0645;
const SEEN = new Set([0x0633, 0x0634]);
const ALEFS = new Set([0x0627, 0x0623, 0x0625, 0x0622, 0x0671]);
// A word shorter than this (in letters) is never stretched: «في», «من», «على» stay as written.
const MIN_LETTERS = 4;
const ALLAH = /لله/u;

/** A join where a kashida may go: before the letter at `position` (a UTF-16 offset in the line's source). */
export interface KashidaSite {
  position: number;
  /** 0 after seen/sad, then 1–4 before a final of FINALS' groups; lower is preferred. */
  priority: number;
  /** The word (within its item) the join is in, for checking its shapes. */
  wordStart: number;
  wordEnd: number;
  item: Item;
}

function codeAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

function priorityOf(previous: number, letter: number, final: boolean): number | undefined {
  if (previous === LAM && (letter === MEEM || ALEFS.has(letter))) return undefined;
  if (SEEN.has(letter) || letter === 0x0640 || previous === 0x0640) return undefined;
  if (SEEN_SAD.has(previous)) return 0;
  if (!final) return undefined;
  const group = FINALS.findIndex((set) => set.has(letter));
  return group < 0 ? undefined : group + 1;
}

/**
 * The permitted kashida joins of each word of the line, best first: after seen or sad, else before a final heh, dal,
 * alef, reh or bowl (the classic order of Arabic typesetting), only between two letters that connect (the first
 * dual-joining, Unicode ArabicShaping.txt, with nothing but marks between), never lam–meem, lam–alef or before seen,
 * never in a word of fewer than four letters, in «الله», or in the paragraph's last word; both letters in one
 * right-to-left item whose face has a tatweel. One list per word that has any.
 */
export function kashidaCandidates(line: Line, items: readonly Item[]): KashidaSite[][] {
  const text = line.source;
  const paragraphEnd = text.trimEnd().length;
  const words: KashidaSite[][] = [];
  for (const word of text.slice(line.start, line.end).matchAll(/\S+/gu)) {
    const start = line.start + (word.index ?? 0);
    const end = start + word[0].length;
    if (end >= paragraphEnd || ALLAH.test(word[0])) continue;
    const letters = [...word[0]].filter((c) => joiningType(c.codePointAt(0) ?? 0) !== 'none' && joiningType(c.codePointAt(0) ?? 0) !== 'transparent');
    if (letters.length < MIN_LETTERS) continue;
    const sites: KashidaSite[] = [];
    let previous = -1;
    for (let i = start; i < end; i++) {
      const type = joiningType(codeAt(text, i));
      if (type === 'transparent') continue;
      const item = items.find((it) => it.start <= i && i < it.end);
      const joins = previous >= 0 && type !== 'none' && joiningType(codeAt(text, previous)) === 'dual'
        && item !== undefined && item.start <= previous && item.level % 2 === 1 && item.face.coverage.has(0x0640);
      if (joins && item) {
        // The letter ends its word when only marks, or a non-joining character (punctuation), follow it.
        const rest = text.slice(i + 1, end).replace(/\p{Mn}/gu, '');
        const final = rest.length === 0 || joiningType(codeAt(rest, 0)) === 'none';
        const priority = priorityOf(codeAt(text, previous), codeAt(text, i), final);
        if (priority !== undefined) {
          sites.push({ position: i, priority, wordStart: Math.max(start, item.start), wordEnd: Math.min(end, item.end), item });
        }
      }
      previous = type === 'none' ? -1 : i;
    }
    // Best priority first; among equals the join nearest the word's end, where the eye expects the stretch.
    if (sites.length > 0) words.push(sites.sort((a, b) => a.priority - b.priority || b.position - a.position));
  }
  return words;
}

/**
 * Whether the face draws the word with a tatweel at the site using exactly the glyphs it draws without one (HarfBuzz,
 * the word shaped alone): a join inside a ligature or a contextual pair (Amiri's «لم», «كر», «حك») is left whole.
 */
export function fontAllows(text: string, site: KashidaSite): boolean {
  const word = text.slice(site.wordStart, site.wordEnd);
  const at = site.position - site.wordStart;
  const stretched = word.slice(0, at) + TATWEEL + word.slice(at);
  const face = site.item.face;
  const plain = shapeRun(face, word, 0, word.length, 'rtl').map((g) => g.id);
  const withTatweel = shapeRun(face, stretched, 0, stretched.length, 'rtl').filter((g) => g.cluster !== at).map((g) => g.id);
  return plain.length === withTatweel.length && plain.every((id, i) => id === withTatweel[i]);
}
