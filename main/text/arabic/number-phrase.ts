import { readToken, type Part } from './number-words.ts';
import type { Token } from './tokenise.ts';

/** A number read from one or more tokens. */
export interface ParsedNumber {
  /** Index of the first token after the number. */
  next: number;
  value: number;
  min: number;
  max: number;
  vague: boolean;
  fraction: boolean;
}

/** Where a figure stands as its parts are read: complete scales in `total`, the part under way in `current`. */
interface State {
  total: number;
  current: number;
  last: Part['kind'];
  /** The value of the last part read, for «خمسة عشر» after «مئة و». */
  lastValue: number;
  lastScale: number;
}

/** What one more part does to a figure: adds to it, multiplies it by a scale, or ends it. */
type Step = 'next' | 'scaled' | 'stop';

/** Whether only white space lies between two offsets: the parts of a number are written next to each other. */
export function onlySpace(text: string, from: number, to: number): boolean {
  return /^\s*$/.test(text.slice(from, to));
}

const joined = (prefix: string): boolean => prefix.startsWith('و');

/** A part written straight after the figure, with no «و»: a teen, a hundred after a unit, or a scale. */
function joinAdjacent(s: State, p: Part): Step {
  if (p.kind === 'unit' && p.value === 10 && s.last === 'unit' && s.lastValue < 10) {
    s.current += 10; // «خمسة عشر»
    s.lastValue += 10;
    s.last = 'tens';
    return 'next';
  }
  if (p.kind === 'hundreds' && p.value === 100 && s.last === 'unit' && s.lastValue < 10) {
    s.current += s.lastValue * 99; // «ثلاث مئة»
    s.lastValue *= 100;
    s.last = 'hundreds';
    return 'next';
  }
  if ((p.kind === 'scale' || (p.kind === 'vague' && p.scale !== undefined)) && s.last !== 'scale' && s.current > 0) {
    const scale = p.kind === 'scale' ? p.value : (p.scale ?? 1);
    if (scale >= s.lastScale) return 'stop';
    s.total += s.current * scale; // «ثلاثة آلاف»، «1.3 مليون»، «نصف مليون»
    s.current = 0;
    s.lastScale = scale;
    s.lastValue = scale;
    s.last = p.kind === 'vague' ? 'scale' : p.kind;
    return 'scaled';
  }
  return 'stop';
}

/**
 * A part joined by «و» adds to the figure only where Arabic counting does: tens after a unit («خمسة وعشرون»),
 * anything smaller after a scale or a hundred, a fraction of the scale («مليون ونصف»). «بين 10 و20» stays two numbers.
 */
function joinWithWaw(s: State, p: Part): Step {
  if (p.kind === 'fraction' && s.last === 'scale' && s.current === 0) {
    s.total += p.value * s.lastScale; // «مليون ونصف»
    s.last = 'fraction';
    return 'next';
  }
  const value = p.kind === 'digits' || p.kind === 'unit' || p.kind === 'tens' || p.kind === 'hundreds' ? p.value : null;
  if (value === null) return 'stop';
  const afterScale = s.last === 'scale' || s.last === 'whole-scale';
  const ok =
    (afterScale && value < s.lastScale) ||
    (s.last === 'unit' && p.kind === 'tens' && s.lastValue < 10) ||
    (s.last === 'hundreds' && value < 100 && p.kind !== 'digits');
  if (!ok) return 'stop';
  s.current += value;
  s.lastValue = value;
  s.last = p.kind;
  return 'next';
}

/** Reads the parts that follow a figure's first, from token j, while they add to it. */
function continueNumber(text: string, tokens: Token[], j: number, s: State): ParsedNumber {
  let fraction = s.last === 'fraction';
  for (; j < tokens.length; j++) {
    const prev = tokens[j - 1];
    const tok = tokens[j];
    if (!tok || !prev || !onlySpace(text, prev.end, tok.start)) break;
    const r = readToken(tok.key);
    if (!r) break;
    const step = r.prefix === '' ? joinAdjacent(s, r.part) : joined(r.prefix) ? joinWithWaw(s, r.part) : 'stop';
    if (step === 'stop') break;
    // A scaled fraction is a figure («نصف مليون»), no longer a fraction.
    if (step === 'scaled') fraction = false;
  }
  const value = s.total + s.current;
  return { next: j, value, min: value, max: value, vague: false, fraction: fraction && value < 1 };
}

/** «أحد عشر» and «اثنا عشر» only exist as teens: the prefix at token i must be followed by a bare «عشر». */
function parseTeen(text: string, tokens: Token[], i: number, prefix: number): ParsedNumber | null {
  const first = tokens[i];
  const next = tokens[i + 1];
  if (!first || !next || !onlySpace(text, first.end, next.start)) return null;
  const ten = readToken(next.key);
  if (!ten || ten.prefix !== '' || ten.part.kind !== 'unit' || ten.part.value !== 10) return null;
  const teen = 10 + prefix;
  return continueNumber(text, tokens, i + 2, { total: 0, current: teen, last: 'tens', lastValue: teen, lastScale: Infinity });
}

/** A vague plural at token i, as an interval; «عشرات الآلاف»، «مئات الملايين»: an order of magnitude of the scale. */
function parseVague(text: string, tokens: Token[], i: number, part: Extract<Part, { kind: 'vague' }>): ParsedNumber {
  let { min, max } = part;
  let next = i + 1;
  const first = tokens[i];
  const after = tokens[next];
  const scale = first && after && onlySpace(text, first.end, after.start) ? readToken(after.key) : null;
  if (scale && !joined(scale.prefix) && scale.part.kind === 'vague' && scale.part.scale !== undefined && part.scale === undefined) {
    min = part.min * scale.part.scale;
    max = (part.max + 1) * scale.part.scale - 1;
    next++;
  }
  return { next, value: min, min, max, vague: true, fraction: false };
}

/** Reads one number starting at token i (digits or words, however many tokens it takes), or null. */
export function parseNumber(text: string, tokens: Token[], i: number): ParsedNumber | null {
  const first = tokens[i];
  if (!first) return null;
  const head = readToken(first.key);
  if (!head) return null;
  const part = head.part;
  if (part.kind === 'teen-prefix') return parseTeen(text, tokens, i, part.value);
  if (part.kind === 'vague') return parseVague(text, tokens, i, part);
  const state: State = { total: 0, current: 0, last: part.kind, lastValue: part.value, lastScale: Infinity };
  if (part.kind === 'scale' || part.kind === 'whole-scale') {
    state.total = part.value;
    // «ألفان» is two of the scale «ألف»: what follows it must be smaller than a thousand.
    state.lastScale = part.kind === 'scale' ? part.value : part.value / 2;
  } else {
    state.current = part.value;
  }
  return continueNumber(text, tokens, i + 1, state);
}
