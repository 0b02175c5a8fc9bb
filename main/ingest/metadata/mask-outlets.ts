import { normalise, particleReadings } from '../../text/arabic/index.ts';
import { findOutletMentions } from './known-outlets.ts';
import { nounKeys, OUTLET_NOUNS, RADIO_NOUN, TELEVISION_NOUN } from './outlet-nouns.ts';

const OUTLET_NOUN_KEYS = new Set(nounKeys([...OUTLET_NOUNS, TELEVISION_NOUN, RADIO_NOUN]));
const OPENING_QUOTE = /["“«'‘]\s*$/u;
const CLOSING_QUOTE = /^\s*["”»'’]/u;

/** Whether the word before `at` is «صحيفة», «قناة»… — also with a conjunction or preposition on it («لصحيفة»). */
function afterOutletNoun(text: string, at: number): boolean {
  const m = /([\p{L}\p{M}\u0640]+)[\s\u0640]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return particleReadings(normalise(m?.[1] ?? '')).some((r) => OUTLET_NOUN_KEYS.has(r));
}

/**
 * `text` with the names of known outlets blanked out (same length, so offsets still hold), so that a date
 * tagger does not read «روسيا اليوم» or «اليوم السابع» as "today". A one-word name that is also an ordinary
 * word («الغد», «الأيام», «الوطن») is blanked only where it is plainly a name: in quotes or after «صحيفة», «قناة»….
 */
export function maskOutletNames(text: string): string {
  let out = text;
  for (const m of findOutletMentions(text)) {
    const written = text.slice(m.start, m.end);
    const plainlyName =
      /\s/u.test(written.trim()) ||
      (OPENING_QUOTE.test(text.slice(0, m.start)) && CLOSING_QUOTE.test(text.slice(m.end))) ||
      afterOutletNoun(text, m.start);
    if (!plainlyName) continue;
    out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  }
  return out;
}
