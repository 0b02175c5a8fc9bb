import { procliticReadings } from './clitics.ts';
import { normalise } from './normalise.ts';
import { BARE_PREFIX } from './number-words.ts';
import { onlySpace } from './number-phrase.ts';
import type { Token } from './tokenise.ts';

/** What an approximation marker says of the figure after it. */
export type Marker = 'about' | 'over' | 'at-least' | 'under' | 'up-to';

const MARKERS: [string[], Marker][] = (
  [
    [['نحو'], 'about'],
    [['حوالي'], 'about'],
    [['حوالى'], 'about'],
    [['قرابة'], 'about'],
    [['زهاء'], 'about'],
    [['ما', 'يقارب'], 'about'],
    [['يقارب'], 'about'],
    [['ما', 'يناهز'], 'about'],
    [['يناهز'], 'about'],
    [['تقريبا'], 'about'],
    [['أكثر', 'من'], 'over'],
    [['ما', 'يزيد', 'عن'], 'over'],
    [['ما', 'يزيد', 'على'], 'over'],
    [['ما', 'يربو', 'على'], 'over'],
    [['يزيد', 'عن'], 'over'],
    [['يزيد', 'على'], 'over'],
    [['ما', 'لا', 'يقل', 'عن'], 'at-least'],
    [['لا', 'يقل', 'عن'], 'at-least'],
    [['أقل', 'من'], 'under'],
    [['ما', 'يصل', 'إلى'], 'up-to'],
    [['يصل', 'إلى'], 'up-to'],
  ] as [string[], Marker][]
)
  .map(([words, m]): [string[], Marker] => [words.map(normalise), m])
  // Longest first, so «ما يزيد عن» wins over «يزيد عن».
  .sort((a, b) => b[0].length - a[0].length);

/** A marker found: what it says, how many tokens it takes, and its first word's key. */
export interface MarkerMatch {
  marker: Marker;
  length: number;
  first: string;
}

/** The approximation marker starting at token i, the longest that matches, or null. */
export function matchMarker(text: string, tokens: Token[], i: number): MarkerMatch | null {
  for (const [words, marker] of MARKERS) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = tokens[i + k];
      const prev = tokens[i + k - 1];
      if (!tok || (k > 0 && prev && !onlySpace(text, prev.end, tok.start))) ok = false;
      // The first word may carry a proclitic («بنحو»، «لحوالي»، «وأكثر من»).
      else if (k === 0) ok = procliticReadings(tok.key).some((r) => r === words[k] && BARE_PREFIX.test(tok.key.slice(0, tok.key.length - r.length)));
      else ok = tok.key === words[k];
    }
    if (ok) return { marker, length: words.length, first: words[0] ?? '' };
  }
  return null;
}

// «نحو 100» commits to 100 give or take this share.
const APPROX = 0.1;

// Interval bounds are rounded so that 3000 × 1.1 is 3300, not 3300.0000000000005.
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * The interval a figure (or vague figure) commits to under a marker: ±10 % for «نحو», open above for «أكثر من»
 * and «لا يقل عن», from 0 for «أقل من» and «يصل إلى», the figure's own without one.
 */
export function withMarker(p: { min: number; max: number }, marker: Marker | null): { min: number; max: number } {
  switch (marker) {
    case 'about':
      return { min: round(p.min * (1 - APPROX)), max: round(p.max * (1 + APPROX)) };
    case 'over':
    case 'at-least':
      return { min: p.min, max: Infinity };
    case 'under':
    case 'up-to':
      return { min: 0, max: p.max };
    default:
      return { min: p.min, max: p.max };
  }
}
