/**
 * A dateline of a place alone glued to a sentence: «بغداد - أجّلت لجنة …», «دير الزور — قالت …». It says where the
 * report was filed, not what happened: a summary point or a timeline entry reads the sentence from where it ends
 * (review 27, finding 10). A dated dateline («بغداد - 10 مارس 2025 - …») is the timeline's lede-dateline.ts.
 */
import { tokenise } from '../arabic/index.ts';
import { placeMentions } from './place-mentions.ts';

// The place: at most three words («دير الزور», «مدينة الكويت»), as a dated dateline's.
const MAX_PLACE_WORDS = 3;
// The dash that sets it off, spaced on the story's side: «بغداد-الرصافة» is a name, not a dateline.
const DASH = /^\s*[-–—]+\s+/u;

/** Where a place-only dateline opening `sentence` ends (the offset its story starts at), or 0 when it opens with none. */
export function placeDatelineEnd(sentence: string): number {
  const dash = /[-–—]/u.exec(sentence);
  if (dash === null || dash.index === 0) return 0;
  const place = sentence.slice(0, dash.index);
  const tokens = tokenise(place);
  if (tokens.length === 0 || tokens.length > MAX_PLACE_WORDS || /[^\p{L}\p{M}\s]/u.test(place.trim())) return 0;
  if (!placeMentions(tokens).some((m) => !m.nisba && m.from === 0 && m.to === tokens.length)) return 0;
  const close = DASH.exec(sentence.slice(dash.index));
  if (close === null) return 0;
  const end = dash.index + close[0].length;
  // Something must follow: a line that is only a place and a dash is no sentence of the story.
  return end < sentence.length ? end : 0;
}
