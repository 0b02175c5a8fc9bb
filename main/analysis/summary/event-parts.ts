/**
 * The parts of an event a sentence tells besides its actor and action (issue 14, composed points): when it
 * happened, as a date naming a day, and where, as a prepositional phrase on a place — each as the exact words of
 * the sentence, so that a point composed from several sources' parts holds only their words.
 */
import { isStopword, normalise, particleReadings, type Token } from '../../text/arabic/index.ts';
import type { DateMention } from '../../text/dates/index.ts';
import { loadGazetteer } from '../../text/gazetteer/gazetteer.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import { sinceBefore } from '../../text/dates/since-frame.ts';

/** A part of an event as a sentence words it: its text, its offsets in the sentence, and what it tells. */
export interface EventPart {
  role: 'date' | 'place';
  text: string;
  start: number;
  end: number;
  /**
   * The date's value (DateMention.value), or the place's words as keys after its preposition («مدينه صفاقس»): what
   * two sources' parts are compared by.
   */
  value: string;
  /** For a date: a weekday alone, which names a day only against its article's own date. */
  weekdayOnly?: boolean;
}

// Nouns that name a place of an event when a preposition puts the event there: «في ميناء …»، «بمقر الوزارة».
const PLACE_NOUNS = new Set(
  ['مقر', 'ميناء', 'مدينة', 'بلدة', 'قرية', 'مطار', 'معبر', 'قصر', 'ساحة', 'مبنى', 'مستشفى', 'مخيم', 'محافظة', 'ولاية',
    'منطقة', 'حي', 'سوق', 'جامعة', 'سفارة', 'مدخل', 'بوابة', 'قاعدة', 'مركز', 'شارع', 'ضاحية', 'مقاطعة', 'إقليم', 'جزيرة', 'ريف', 'وسط', 'شمال', 'جنوب', 'شرق', 'غرب', 'عاصمة']
    // With the article too («في العاصمة»، «بالمدينة»): the readings of a word drop a preposition, not the article.
    .flatMap((w) => [normalise(w), normalise(`ال${w}`)]),
);
// Prepositions that say where, as keys, after a conjunction at most (a standalone word); «ب» written on the noun
// is read apart.
const AT = /^[وف]?(?:في|داخل|قرب|امام|عند|قباله|بمحيط)$/u;
// A place phrase is short: its preposition, its head and a few words naming it.
const MAX_PLACE_WORDS = 5;
const GAZETTEER = loadGazetteer();

function placeHead(key: string): boolean {
  const name = GAZETTEER.byKey.get(joinNameKeys([key]));
  return PLACE_NOUNS.has(key) || (name?.some((e) => e.type === 'place') ?? false);
}

/**
 * Whether a word after a place's name starts what follows it: a noun joined by «و»/«ف» with its article
 * («والأطباء»), or a word carrying a preposition («بحضور»، «لتفقد») that is not itself a known place («بنزرت»).
 */
function startsAnother(key: string): boolean {
  if (/^[وف]ال/u.test(key)) return true;
  return /^[بلك]/u.test(key) && key.length > 3 && particleReadings(key).includes(key.slice(1)) && !GAZETTEER.byKey.has(joinNameKeys([key]));
}

/** Whether tokens i-1 and i stand with nothing but spaces between them (no comma, no quote, no bracket). */
function joined(text: string, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return a !== undefined && b !== undefined && /^\s+$/u.test(text.slice(a.end, b.start));
}

/**
 * The first place phrase of a sentence: a preposition of place («في»، «قرب»، «أمام» … or «ب» on the word) and a
 * place noun or a place the gazetteer knows, with up to three words that name it («في ميناء رادس التجاري»،
 * «بمقر وزارة النقل»), stopping at punctuation, a particle or a number. Null when there is none.
 */
export function placePart(text: string, tokens: readonly Token[]): EventPart | null {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    let head = -1;
    let bareHead = '';
    if (AT.test(tok.key)) {
      const next = tokens[i + 1];
      const reading = next && joined(text, tokens, i + 1) ? particleReadings(next.key).find(placeHead) : undefined;
      if (reading !== undefined) [head, bareHead] = [i + 1, reading];
    } else if (/^[وف]?ب/u.test(tok.key)) {
      const reading = particleReadings(tok.key).find((r) => r !== tok.key && placeHead(r) && tok.key.endsWith(r) && /^[وف]?ب(?:ال)?$/u.test(tok.key.slice(0, tok.key.length - r.length)));
      if (reading !== undefined) [head, bareHead] = [i, reading];
    }
    if (head < 0) continue;
    let end = head + 1;
    while (end < tokens.length && end - i < MAX_PLACE_WORDS && joined(text, tokens, end)) {
      const key = tokens[end]?.key ?? '';
      if (isStopword(key) || /\d/u.test(key) || !/\p{L}/u.test(key) || startsAnother(key)) break;
      end++;
    }
    const first = tokens[i];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    const value = [bareHead, ...tokens.slice(head + 1, end).map((t) => t.key)].join(' ');
    return { role: 'place', text: text.slice(first.start, last.end).replace(/^[وف](?=في|ب|داخل|قرب|أمام|عند)/u, ''), start: first.start, end: last.end, value };
  }
  return null;
}

/**
 * The date a sentence puts its event on: its first date that names a day (a day of the month, or a weekday), not
 * one with «منذ» (the start of something else). Null when there is none.
 */
export function datePart(text: string, mentions: readonly DateMention[]): EventPart | null {
  const first = mentions.filter((m) => !sinceBefore(text, m.start))[0];
  if (!first || !/-\d{2}-\d{2}$/u.test(first.value) || (first.kind !== 'date' && first.kind !== 'weekday')) return null;
  // «في السادس والعشرين من ديسمبر»: the preposition before the date goes with it, as an adverb of time needs.
  const before = /(?:^|\s)و?(في)\s+$/u.exec(text.slice(Math.max(0, first.start - 4), first.start));
  const start = before ? first.start - before[0].length + before[0].indexOf('في') : first.start;
  return { role: 'date', text: text.slice(start, first.end), start, end: first.end, value: first.value, ...(first.kind === 'weekday' ? { weekdayOnly: true } : {}) };
}
