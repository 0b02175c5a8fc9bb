/**
 * A wire dateline glued to the lede: «القاهرة في 10 مارس 2025 /أ ش أ/ - أعلنت …», «بغداد - 10 مارس 2025 - أعلنت …»,
 * «الرباط، 10-03-2025 (ومع) - …». Its date is the article's own stamp, not an event of the story, and its words are
 * no part of what the sentence tells: the timeline reads the sentence from where the dateline ends.
 */
import type { DateMention } from '../../text/dates/index.ts';
import { isPerfectVerb } from '../../text/dates/tense-cues.ts';
import { normalise, tokenise } from '../../text/arabic/index.ts';
import { placeMentions } from '../../text/gazetteer/place-mentions.ts';

// The place before the date: at most three words («دير الزور», «مدينة الكويت»), then a comma, a dash or «في».
const MAX_PLACE_WORDS = 3;
// After the date: the newsroom's credit between slashes or brackets («/أ ش أ/», «(ومع)», «(واس)»), then the dash
// that sets the dateline off the story.
const CLOSE = /^\s*(?:[/(（][^/()（）\n]{1,30}[/)）]\s*)?[-–—]+\s*/u;
const PLACE_TAIL = /[\s,،\-–—]*(?:\sفي)?\s*$/u;

/**
 * Where a dateline that opens `sentence` ends (the offset its story text starts at), or 0 when it opens with none.
 * `mentions` are the sentence's date mentions (offsets into it), as findDates gives them; `published` is the
 * article's own date.
 */
export function ledeDatelineEnd(sentence: string, mentions: readonly DateMention[], published: string | null): number {
  const first = mentions[0];
  if (first === undefined || first.kind !== 'date') return 0;
  const place = sentence.slice(0, first.start).replace(PLACE_TAIL, '');
  if (/[\p{N}.:؛!؟?"«»]/u.test(place)) return 0;
  const tokens = tokenise(place);
  const words = tokens.map((t) => t.key).filter((w) => w !== normalise('في'));
  if (words.length === 0 || words.length > MAX_PLACE_WORDS || words.some((w) => isPerfectVerb(w))) return 0;
  // A subject put first has the same shape («الحكومة في 9 مارس 2025 - بعد أسابيع … - أقرت …»): a dateline names a
  // place the gazetteer knows (ending the words: «مدينة الكويت»), or carries the article's own date, its stamp.
  if (!endsOnPlace(tokens) && first.value !== published) return 0;
  const close = CLOSE.exec(sentence.slice(first.end));
  if (close === null) return 0;
  const end = first.end + close[0].length;
  // Something must follow: a sentence that is only its dateline is the page's stamp (events.ts, isDateline).
  return end < sentence.length ? end : 0;
}

function endsOnPlace(tokens: ReturnType<typeof tokenise>): boolean {
  return placeMentions(tokens).some((m) => !m.nisba && m.to === tokens.length);
}
