import { matchMarker, withMarker, type MarkerMatch } from './approximations.ts';
import { procliticReadings } from './clitics.ts';
import { countedNoun, type CountedNoun } from './counted-noun.ts';
import { normalise } from './normalise.ts';
import { parseNumber, type ParsedNumber } from './number-phrase.ts';
import { readToken } from './number-words.ts';
import { textMemo } from './text-memo.ts';
import { tokenise, type Token } from './tokenise.ts';

export interface Quantity {
  /** Offsets of the whole expression, approximation marker included; text = input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** The figure as written: for open or vague intervals, the bound the text names (its lower bound for «عشرات»). */
  value: number;
  /** What the expression commits to; max may be Infinity («أكثر من 100»). */
  interval: { min: number; max: number };
  approximate: boolean;
  unit: 'count' | 'percent' | 'fraction';
  noun: CountedNoun | null;
}

// Words before a four-digit figure that make it a year («عام 2013»), and hours («الساعة 3»).
const YEAR_CUES = new Set(['عام', 'العام', 'سنة', 'السنة', 'منذ', 'حتى', 'الساعة'].map(normalise));
const PERCENT_WORDS = [['في', 'المئة'], ['في', 'المائة'], ['بالمئة'], ['بالمائة']].map((ws) => ws.map(normalise));

/** Whether the number from token i to `next` is a year, a date or a clock time rather than a quantity. */
export function isDateLike(text: string, tokens: Token[], i: number, next: number, p: ParsedNumber): boolean {
  const first = tokens[i];
  const last = tokens[next - 1];
  if (!first || !last) return false;
  // «27/11»، «3:30»، «2024-05-01»: dates and times, not quantities.
  if (/[/:\-–]\d/.test(text.slice(last.end, last.end + 2)) || /\d[/:\-–]$/.test(text.slice(Math.max(0, first.start - 2), first.start))) return true;
  const prev = tokens[i - 1];
  const cue = prev ? procliticReadings(prev.key).some((r) => YEAR_CUES.has(r)) : false;
  const yearShaped = next === i + 1 && Number.isInteger(p.value) && p.value >= 1900 && p.value <= 2100;
  if (prev && normalise(prev.text) === normalise('الساعة')) return true;
  return yearShaped && (cue || /^\s*(?:م|هـ)(?![\p{L}])/u.test(text.slice(last.end, last.end + 4)));
}

function readingPrefix(key: string, reading: string): string {
  return key.endsWith(reading) ? key.slice(0, key.length - reading.length) : '';
}

/**
 * UTF-16 length, in the written token, of its first `prefix.length` key letters: the quantity starts after
 * «و» or «ب» («و20»، «بنحو 30») even when the clitic carries a diacritic in the text.
 */
function procliticLength(token: Token, prefix: string): number {
  let letters = 0;
  let i = 0;
  for (const ch of token.text) {
    if (letters >= prefix.length) break;
    letters += normalise(ch).length;
    i += ch.length;
  }
  // Marks written on the clitic («وَ») belong to it.
  while (i < token.text.length && normalise(token.text[i] ?? '') === '') i++;
  return i;
}

/** Where a quantity starting with `token` begins in the text: after the proclitics of its marker or first word. */
function quantityStart(token: Token, mark: MarkerMatch | null): number {
  return token.start + procliticLength(token, mark ? readingPrefix(token.key, mark.first) : readToken(token.key)?.prefix ?? '');
}

/** A percent sign or words («في المئة»، «بالمئة») after the figure: where the quantity then ends, or null. */
function percentAfter(text: string, tokens: Token[], end: number, next: number): { end: number; next: number } | null {
  const pct = /^\s*[%٪]/.exec(text.slice(end));
  if (pct) return { end: end + pct[0].length, next };
  for (const words of PERCENT_WORDS) {
    const hit = words.every((w, k) => tokens[next + k]?.key === w);
    const lastWord = tokens[next + words.length - 1];
    if (hit && lastWord) return { end: lastWord.end, next: next + words.length };
  }
  return null;
}

/**
 * Finds the quantities of `text` (§5.1): offsets, value, interval, approximation and counted noun.
 * Years («عام 2013»), dates and clock times are not quantities and are skipped.
 */
export function findQuantities(text: string): Quantity[] {
  // A copy: callers own the array they get (the quantities themselves are never changed in place).
  return [...QUANTITIES.get(text, () => computeQuantities(text))];
}

// Open questions read the figures of every sentence, and rank claims by the figures of their first
// sentence again: remember by text.
const QUANTITIES = textMemo<readonly Quantity[]>(4_000_000);

function computeQuantities(text: string): Quantity[] {
  const tokens = tokenise(text);
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; ) {
    const mark = matchMarker(text, tokens, i);
    const at = mark ? i + mark.length : i;
    const parsed = parseNumber(text, tokens, at);
    if (!parsed || isDateLike(text, tokens, at, parsed.next, parsed)) {
      i = parsed && !mark ? parsed.next : i + 1;
      continue;
    }
    const startTok = tokens[i];
    const lastTok = tokens[parsed.next - 1];
    if (!startTok || !lastTok) break;
    const start = quantityStart(startTok, mark);
    const percent = percentAfter(text, tokens, lastTok.end, parsed.next);
    const end = percent?.end ?? lastTok.end;
    const next = percent?.next ?? parsed.next;
    const unit: Quantity['unit'] = percent ? 'percent' : parsed.fraction ? 'fraction' : 'count';
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: parsed.value,
      interval: withMarker(parsed, mark?.marker ?? null),
      approximate: mark !== null || parsed.vague,
      unit,
      noun: unit === 'count' ? countedNoun(text, tokens, next) : null,
    });
    i = next;
  }
  return out;
}
