import type { IndexedList } from './label-levels.ts';

const ELLIPSIS = '…';
/** Punctuation a cut leaves dangling before the ellipsis (Arabic comma and semicolon among them). */
const TRAILING = /[\s،؛,.:;!؟?"“”«»()\-–—]+$/u;

/**
 * The forms a timeline entry's label can take, longest first: its first `most` words, then one word fewer each
 * time down to `fewest`, each cut marked by an ellipsis at its logical end (the left, in Arabic: the bidi
 * algorithm puts it there). Text of `most` words or fewer is its own first form.
 */
export function labelForms(text: string, most: number, fewest: number): string[] {
  const words = text.trim().split(/\s+/u).filter((w) => w.length > 0);
  const forms: string[] = [];
  if (words.length <= most) forms.push(words.join(' ').replace(TRAILING, ''));
  for (let n = Math.min(most, words.length - 1); n >= fewest; n--) {
    const cut = words.slice(0, n).join(' ').replace(TRAILING, '');
    if (cut.length > 0) forms.push(`${cut}${ELLIPSIS}`);
  }
  return forms.filter((form, i) => form.length > 0 && forms.indexOf(form) === i);
}

/** A label's form with its measured width. */
export interface MeasuredForm {
  text: string;
  width: number;
}

/**
 * A label's forms (labelForms' order) that fit `max`, each measured only when a placer first asks for it: the
 * placer stops at the first form that fits, so most labels never lay out their shorter forms (a chart label's
 * measure is a full typesetter layout: bidi, font fallback, HarfBuzz). Index i is the i-th form of width ≤ max,
 * as the list measured all at once and filtered would hold it, so a placer chooses exactly as over that list.
 */
export function lazyMeasuredForms(texts: readonly string[], measure: (text: string) => number, max: number): IndexedList<MeasuredForm> {
  const kept: MeasuredForm[] = [];
  let next = 0;
  return {
    at(index) {
      while (kept.length <= index && next < texts.length) {
        const text = texts[next++] ?? '';
        const width = measure(text);
        if (width <= max) kept.push({ text, width });
      }
      return kept[index];
    },
  };
}
