import type { Brief } from '../../model/brief.ts';

/**
 * The base direction of every paragraph of a brief, from the brief's language. It is given to each paragraph
 * explicitly, as a higher-level protocol may do (UAX #9 HL1), instead of being guessed from the paragraph's first
 * strong letter (P2–P3): an item that starts with «CNN» or is written wholly in English stays in the list's
 * direction, its bullet on the same side as its neighbours', as a browser sets it under `dir="rtl"`.
 * A language added to the brief's schema must be given its direction here (the record is exhaustive).
 */
const DIRECTION: Record<Brief['language'], 'rtl' | 'ltr'> = { ar: 'rtl' };

export function briefDirection(brief: Pick<Brief, 'language'>): 'rtl' | 'ltr' {
  return DIRECTION[brief.language];
}
