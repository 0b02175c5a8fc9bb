/**
 * Cardinal quantities in Arabic news text: digits (ASCII, Arabic-Indic «٢٫٥», grouped «1,200», «1.3 مليون»),
 * number words (واحد … تسعمئة، ألف، مليون، مليار، with «و» joining the parts: «ثلاثة آلاف وخمسمئة»),
 * fractions (نصف، ربع، ثلث), vague plurals (عشرات، مئات، آلاف، «عشرات الآلاف») and approximation
 * markers (نحو، حوالي، أكثر من …), each turned into a value and an interval, with the noun it counts.
 *
 * Follows §5.1 of the team's Arabic NLP notes (numeric contradiction detection, after de Marneffe et al. 2008).
 * Works on matching keys (see normalise), so hamza seats, ta marbuta and digit shapes never matter.
 */
import { normalise } from './normalise.ts';
import { textMemo } from './text-memo.ts';
import { tokenise, type Token } from './tokenise.ts';
import { procliticReadings } from './clitics.ts';
import { lightStem } from './light-stem.ts';

export interface CountedNoun {
  /** The noun as written and its offsets in the text. */
  text: string;
  start: number;
  end: number;
  key: string;
  /**
   * A class key shared by the singular, the sound plurals and the common broken plurals of the noun
   * («قتيلا»، «قتلى»، «القتلى» → one class), for comparing figures about the same thing.
   */
  cls: string;
}

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

type Part =
  | { kind: 'digits'; value: number }
  | { kind: 'unit'; value: number } // 1–10, can take «عشر» or «مئة» after it
  | { kind: 'teen-prefix'; value: number } // أحد/إحدى/اثنا/اثني: only before «عشر»
  | { kind: 'tens'; value: number }
  | { kind: 'hundreds'; value: number }
  | { kind: 'scale'; value: number } // ألف، مليون، مليار (and plurals after a number)
  | { kind: 'whole-scale'; value: number } // ألفان، ألفي، مليونان: a complete figure that can also scale
  | { kind: 'fraction'; value: number }
  | { kind: 'vague'; min: number; max: number; scale?: number };

function table(entries: [string[], Part][]): Map<string, Part> {
  const out = new Map<string, Part>();
  for (const [words, part] of entries) for (const w of words) out.set(normalise(w), part);
  return out;
}

const WORDS = table([
  [['واحد', 'واحدة'], { kind: 'unit', value: 1 }],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], { kind: 'unit', value: 2 }],
  [['ثلاث', 'ثلاثة'], { kind: 'unit', value: 3 }],
  [['أربع', 'أربعة'], { kind: 'unit', value: 4 }],
  [['خمس', 'خمسة'], { kind: 'unit', value: 5 }],
  [['ست', 'ستة'], { kind: 'unit', value: 6 }],
  [['سبع', 'سبعة'], { kind: 'unit', value: 7 }],
  [['ثمان', 'ثماني', 'ثمانية'], { kind: 'unit', value: 8 }],
  [['تسع', 'تسعة'], { kind: 'unit', value: 9 }],
  [['عشر', 'عشرة'], { kind: 'unit', value: 10 }],
  [['أحد', 'إحدى'], { kind: 'teen-prefix', value: 1 }],
  [['اثنا', 'اثني', 'اثنتا', 'اثنتي'], { kind: 'teen-prefix', value: 2 }],
  [['عشرون', 'عشرين'], { kind: 'tens', value: 20 }],
  [['ثلاثون', 'ثلاثين'], { kind: 'tens', value: 30 }],
  [['أربعون', 'أربعين'], { kind: 'tens', value: 40 }],
  [['خمسون', 'خمسين'], { kind: 'tens', value: 50 }],
  [['ستون', 'ستين'], { kind: 'tens', value: 60 }],
  [['سبعون', 'سبعين'], { kind: 'tens', value: 70 }],
  [['ثمانون', 'ثمانين'], { kind: 'tens', value: 80 }],
  [['تسعون', 'تسعين'], { kind: 'tens', value: 90 }],
  [['مئة', 'مائة'], { kind: 'hundreds', value: 100 }],
  [['مئتان', 'مئتين', 'مئتي', 'مئتا', 'مائتان', 'مائتين', 'مائتي', 'مائتا'], { kind: 'hundreds', value: 200 }],
  [['ثلاثمئة', 'ثلاثمائة'], { kind: 'hundreds', value: 300 }],
  [['أربعمئة', 'أربعمائة'], { kind: 'hundreds', value: 400 }],
  [['خمسمئة', 'خمسمائة'], { kind: 'hundreds', value: 500 }],
  [['ستمئة', 'ستمائة'], { kind: 'hundreds', value: 600 }],
  [['سبعمئة', 'سبعمائة'], { kind: 'hundreds', value: 700 }],
  [['ثمانمئة', 'ثمانمائة', 'ثمانيمئة', 'ثمانيمائة'], { kind: 'hundreds', value: 800 }],
  [['تسعمئة', 'تسعمائة'], { kind: 'hundreds', value: 900 }],
  [['ألف'], { kind: 'scale', value: 1e3 }],
  [['مليون'], { kind: 'scale', value: 1e6 }],
  [['مليار', 'بليون'], { kind: 'scale', value: 1e9 }],
  [['ألفان', 'ألفين', 'ألفي'], { kind: 'whole-scale', value: 2e3 }],
  [['مليونان', 'مليونين', 'مليوني'], { kind: 'whole-scale', value: 2e6 }],
  [['ملياران', 'مليارين', 'ملياري'], { kind: 'whole-scale', value: 2e9 }],
  [['نصف'], { kind: 'fraction', value: 1 / 2 }],
  [['ثلث'], { kind: 'fraction', value: 1 / 3 }],
  [['ربع'], { kind: 'fraction', value: 1 / 4 }],
  // Plurals of ten and of the scales name an order of magnitude, not a figure: «عشرات» is 20–99 here
  // (a plural of ten is at least two tens in news usage), «آلاف» 2,000–9,999. After a number they scale it.
  [['عشرات'], { kind: 'vague', min: 20, max: 99 }],
  [['مئات'], { kind: 'vague', min: 200, max: 999 }],
  [['آلاف', 'ألوف'], { kind: 'vague', min: 2e3, max: 9999, scale: 1e3 }],
  [['ملايين'], { kind: 'vague', min: 2e6, max: 9999999, scale: 1e6 }],
  [['مليارات'], { kind: 'vague', min: 2e9, max: 9999999999, scale: 1e9 }],
]);

/** Proclitic prefixes a number word may carry: a conjunction, then a preposition (never the article…). */
const BARE_PREFIX = /^(?:[وف])?(?:[بلك])?$/;
/** …except the vague plurals, which take it («الآلاف»، «عشرات الآلاف»، «للآلاف»). */
const ARTICLE_PREFIX = /^(?:[وف])?(?:[بلك])?(?:ال|ل)?$/;

interface Reading {
  part: Part;
  /** The proclitics stripped from the token («و» of «وخمسمئة»). */
  prefix: string;
}

function parseDigits(key: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(key)) return null;
  const dots = key.split('.').length - 1;
  const commas = key.split(',').length - 1;
  // «1,200» and «1.200.000» group thousands; «1.3» and «2,5» are decimals.
  const grouped = (sep: string): boolean => key.split(sep).slice(1).every((g) => g.length === 3);
  let clean = key;
  if (commas > 0 && dots === 0) clean = commas === 1 && !grouped(',') ? key.replace(',', '.') : key.replace(/,/g, '');
  else if (commas > 0 && dots > 0) clean = key.replace(/,/g, '');
  else if (dots > 1 && grouped('.')) clean = key.replace(/\./g, '');
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

function readToken(key: string): Reading | null {
  for (const reading of procliticReadings(key)) {
    if (!key.endsWith(reading)) continue;
    const prefix = key.slice(0, key.length - reading.length);
    const digits = parseDigits(reading);
    if (digits !== null && BARE_PREFIX.test(prefix)) return { part: { kind: 'digits', value: digits }, prefix };
    const part = WORDS.get(reading);
    if (!part) continue;
    if (BARE_PREFIX.test(prefix) || (part.kind === 'vague' && ARTICLE_PREFIX.test(prefix))) return { part, prefix };
  }
  // «و5»: procliticReadings keeps stems of two letters or more, so a one-digit number after «و» is read here.
  const m = /^([وف])(\d)$/.exec(key);
  if (m) return { part: { kind: 'digits', value: Number(m[2]) }, prefix: m[1] ?? '' };
  return null;
}

const joined = (prefix: string): boolean => prefix.startsWith('و');

interface Parsed {
  /** Index of the first token after the number. */
  next: number;
  value: number;
  min: number;
  max: number;
  vague: boolean;
  fraction: boolean;
}

function onlySpace(text: string, from: number, to: number): boolean {
  return /^\s*$/.test(text.slice(from, to));
}

/** Reads one number starting at token i, or null. */
function parseNumber(text: string, tokens: Token[], i: number): Parsed | null {
  const first = tokens[i];
  if (!first) return null;
  const head = readToken(first.key);
  if (!head) return null;
  const part = head.part;
  if (part.kind === 'teen-prefix') {
    // «أحد عشر» and «اثنا عشر» only exist as teens.
    const next = tokens[i + 1];
    if (!next || !onlySpace(text, first.end, next.start)) return null;
    const ten = readToken(next.key);
    if (!ten || ten.prefix !== '' || ten.part.kind !== 'unit' || ten.part.value !== 10) return null;
    const teen = 10 + part.value;
    return continueNumber(text, tokens, i + 2, { total: 0, current: teen, last: 'tens', lastValue: teen, lastScale: Infinity });
  }
  if (part.kind === 'vague') {
    let { min, max } = part;
    let next = i + 1;
    const after = tokens[next];
    const scale = after && onlySpace(text, first.end, after.start) ? readToken(after.key) : null;
    // «عشرات الآلاف»، «مئات الملايين»: an order of magnitude of the scale.
    if (scale && !joined(scale.prefix) && scale.part.kind === 'vague' && scale.part.scale !== undefined && part.scale === undefined) {
      min = part.min * scale.part.scale;
      max = (part.max + 1) * scale.part.scale - 1;
      next++;
    }
    return { next, value: min, min, max, vague: true, fraction: false };
  }
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

interface State {
  total: number;
  current: number;
  last: Part['kind'];
  /** The value of the last part read, for «خمسة عشر» after «مئة و». */
  lastValue: number;
  lastScale: number;
}

function continueNumber(text: string, tokens: Token[], j: number, s: State): Parsed {
  let fraction = s.last === 'fraction';
  for (; j < tokens.length; j++) {
    const prev = tokens[j - 1];
    const tok = tokens[j];
    if (!tok || !prev || !onlySpace(text, prev.end, tok.start)) break;
    const r = readToken(tok.key);
    if (!r) break;
    const p = r.part;
    const withWaw = joined(r.prefix);
    if (!withWaw && r.prefix === '') {
      if (p.kind === 'unit' && p.value === 10 && s.last === 'unit' && s.lastValue < 10) {
        s.current += 10; // «خمسة عشر»
        s.lastValue += 10;
        s.last = 'tens';
        continue;
      } else if (p.kind === 'hundreds' && p.value === 100 && s.last === 'unit' && s.lastValue < 10) {
        s.current += s.lastValue * 99; // «ثلاث مئة»
        s.lastValue *= 100;
        s.last = 'hundreds';
        continue;
      } else if ((p.kind === 'scale' || (p.kind === 'vague' && p.scale !== undefined)) && s.last !== 'scale' && s.current > 0) {
        const scale = p.kind === 'scale' ? p.value : (p.scale ?? 1);
        if (scale >= s.lastScale) break;
        s.total += s.current * scale; // «ثلاثة آلاف»، «1.3 مليون»، «نصف مليون»
        s.current = 0;
        s.lastScale = scale;
        s.lastValue = scale;
        fraction = false;
      } else {
        break;
      }
      s.last = p.kind === 'vague' ? 'scale' : p.kind;
      continue;
    }
    if (!withWaw) break;
    // A part joined by «و» adds to the figure only where Arabic counting does: tens after a unit
    // («خمسة وعشرون»), anything smaller after a scale or a hundred. «بين 10 و20» stays two numbers.
    if (p.kind === 'fraction' && s.last === 'scale' && s.current === 0) {
      s.total += p.value * s.lastScale; // «مليون ونصف»
      s.last = 'fraction';
      continue;
    }
    const value = p.kind === 'digits' || p.kind === 'unit' || p.kind === 'tens' || p.kind === 'hundreds' ? p.value : null;
    if (value === null) break;
    const afterScale = s.last === 'scale' || s.last === 'whole-scale';
    const ok =
      (afterScale && value < s.lastScale) ||
      (s.last === 'unit' && p.kind === 'tens' && s.lastValue < 10) ||
      (s.last === 'hundreds' && value < 100 && p.kind !== 'digits');
    if (!ok) break;
    s.current += value;
    s.lastValue = value;
    s.last = p.kind;
  }
  const value = s.total + s.current;
  return { next: j, value, min: value, max: value, vague: false, fraction: fraction && value < 1 };
}

type Marker = 'about' | 'over' | 'at-least' | 'under' | 'up-to';

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

function matchMarker(text: string, tokens: Token[], i: number): { marker: Marker; length: number; first: string } | null {
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

const APPROX = 0.1;

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

// Interval bounds are rounded so that 3000 × 1.1 is 3300, not 3300.0000000000005.
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

function withMarker(p: Parsed, marker: Marker | null): { min: number; max: number } {
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

// Words before a four-digit figure that make it a year («عام 2013»), and hours («الساعة 3»).
const YEAR_CUES = new Set(['عام', 'العام', 'سنة', 'السنة', 'منذ', 'حتى', 'الساعة'].map(normalise));
const PERCENT_WORDS = [['في', 'المئة'], ['في', 'المائة'], ['بالمئة'], ['بالمائة']].map((ws) => ws.map(normalise));

function isDateLike(text: string, tokens: Token[], i: number, next: number, p: Parsed): boolean {
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

const BROKEN_PLURALS = new Map<string, string>(
  (
    [
      ['قتلى', 'قتيل'],
      ['جرحى', 'جريح'],
      ['أسرى', 'أسير'],
      ['ضحايا', 'ضحية'],
      ['شهداء', 'شهيد'],
      ['جنود', 'جندي'],
      ['ضباط', 'ضابط'],
      ['عساكر', 'عسكري'],
      ['مسلحون', 'مسلح'],
      ['عناصر', 'عنصر'],
      ['أشخاص', 'شخص'],
      ['منازل', 'منزل'],
      ['مبان', 'مبنى'],
      ['مباني', 'مبنى'],
      ['أطفال', 'طفل'],
      ['رجال', 'رجل'],
      ['نساء', 'امرأة'],
      ['أفراد', 'فرد'],
      ['صواريخ', 'صاروخ'],
      ['قذائف', 'قذيفة'],
      ['أسر', 'أسرة'],
      ['مقاعد', 'مقعد'],
      ['طلاب', 'طالب'],
      ['عمال', 'عامل'],
      ['دول', 'دولة'],
      ['مدن', 'مدينة'],
      ['قرى', 'قرية'],
      ['موتى', 'ميت'],
      ['مرضى', 'مريض'],
      ['سكان', 'ساكن'],
      ['لاجئون', 'لاجئ'],
      ['آليات', 'آلية'],
    ] as [string, string][]
  ).map(([plural, singular]) => [normalise(plural), normalise(singular)]),
);

// Classes per key, memoised: open questions ask for the class of every word of every sentence. Bounded.
const CLASSES = new Map<string, string>();
const CLASS_MEMO_LIMIT = 100_000;

/** The class key of a counted noun (see CountedNoun.cls). */
export function nounClass(key: string): string {
  const known = CLASSES.get(key);
  if (known !== undefined) return known;
  if (CLASSES.size >= CLASS_MEMO_LIMIT) CLASSES.clear();
  const cls = computeNounClass(key);
  CLASSES.set(key, cls);
  return cls;
}

function computeNounClass(key: string): string {
  let k = key;
  const bare = procliticReadings(k).find((r) => BROKEN_PLURALS.has(r));
  if (bare !== undefined) k = BROKEN_PLURALS.get(bare) ?? k;
  // The accusative «قتيلاً» keeps an alef once the tanween is folded away.
  if (k.length > 3 && k.endsWith('ا')) k = k.slice(0, -1);
  // Nisba nouns («مدني»، «جندي»، «لاجئ» → لاجي) keep their yeh: Light10 would make «مدني» the «مدن» of cities.
  if (/..(?:يين|يون)$/.test(k)) k = k.slice(0, -2);
  if (k.length > 3 && k.endsWith('ي')) return lightStem(k.slice(0, -1)) + 'ي';
  const stem = lightStem(k);
  // Light10 leaves the ta marbuta (folded to heh) of «ضحية» but strips the heh suffix of «ضحيه»; fold both ways.
  return stem.endsWith('ه') && stem.length > 2 ? stem.slice(0, -1) : stem;
}

// Words that cannot be a counted noun. Not the stopword list: stopwords-iso also lists nouns such as «شخصا».
const PARTICLES = new Set(
  ['في', 'على', 'إلى', 'عن', 'مع', 'أو', 'ثم', 'قد', 'لم', 'لن', 'إن', 'أن', 'الذي', 'التي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'منذ', 'خلال', 'بعد', 'قبل', 'حتى', 'عند', 'لدى', 'بين', 'كما', 'فقط', 'أيضا', 'حيث', 'بل', 'لا', 'ما', 'هو', 'هي', 'هم'].map(normalise),
);

function countedNoun(text: string, tokens: Token[], j: number): CountedNoun | null {
  let tok = tokens[j];
  let prev = tokens[j - 1];
  if (!tok || !prev || !onlySpace(text, prev.end, tok.start)) return null;
  // «عشرات من المقاتلين»، «250 من عناصره»: the partitive «من» comes before the noun.
  if (tok.key === 'من') {
    prev = tok;
    tok = tokens[j + 1];
    if (!tok || !onlySpace(text, prev.end, tok.start)) return null;
  }
  if (/\d/.test(tok.key) || PARTICLES.has(tok.key) || tok.key.length < 2) return null;
  return { text: tok.text, start: tok.start, end: tok.end, key: tok.key, cls: nounClass(tok.key) };
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
    const start = startTok.start + procliticLength(startTok, mark ? readingPrefix(startTok.key, mark.first) : readToken(startTok.key)?.prefix ?? '');
    let end = lastTok.end;
    let next = parsed.next;
    let unit: Quantity['unit'] = parsed.fraction ? 'fraction' : 'count';
    const pct = /^\s*[%٪]/.exec(text.slice(end));
    if (pct) {
      end += pct[0].length;
      unit = 'percent';
    } else {
      for (const words of PERCENT_WORDS) {
        const hit = words.every((w, k) => tokens[next + k]?.key === w);
        const lastWord = tokens[next + words.length - 1];
        if (hit && lastWord) {
          end = lastWord.end;
          next += words.length;
          unit = 'percent';
          break;
        }
      }
    }
    const interval = withMarker(parsed, mark?.marker ?? null);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: parsed.value,
      interval,
      approximate: mark !== null || parsed.vague,
      unit,
      noun: unit === 'count' ? countedNoun(text, tokens, next) : null,
    });
    i = next;
  }
  return out;
}

/**
 * What kind of thing a counted noun counts, as a sense key shared by near-synonyms that news reports use
 * for the same people or objects: one outlet writes «1000 عنصر», another «2000 جندي» of the same event
 * (§5.1 step 2: the key is the head noun's class, not its spelling). The dead and the wounded stay apart,
 * because reports give both counts side by side («12 قتيلا و30 جريحا»); so do currencies (no conversion).
 */
const SENSES: [string, string[]][] = [
  ['personnel', ['عنصر', 'جندي', 'مقاتل', 'عسكري', 'ضابط', 'مسلح', 'مجند', 'منتسب', 'مرتزق', 'عنصرا', 'جنديا', 'مقاتلا', 'ضابطا', 'مسلحا']],
  ['people', ['شخص', 'مواطن', 'مدني', 'لاجئ', 'نازح', 'ساكن', 'إنسان', 'نسمة', 'شخصا', 'مواطنا', 'مدنيا', 'لاجئا', 'نازحا']],
  ['dead', ['قتيل', 'ضحية', 'شهيد', 'ميت', 'متوفى', 'وفاة', 'قتيلا', 'شهيدا']],
  ['wounded', ['جريح', 'مصاب', 'إصابة', 'جريحا', 'مصابا']],
  ['detainees', ['معتقل', 'أسير', 'محتجز', 'سجين', 'موقوف', 'معتقلا', 'أسيرا', 'سجينا']],
  ['vehicles', ['سيارة', 'آلية', 'عربة', 'مركبة', 'شاحنة', 'حافلة', 'مدرعة']],
  ['buildings', ['منزل', 'مبنى', 'بيت', 'مسكن', 'منزلا', 'بيتا']],
  ['projectiles', ['صاروخ', 'قذيفة', 'صاروخا']],
];

const SENSE_OF = new Map<string, string>(SENSES.flatMap(([sense, words]) => words.map((w): [string, string] => [nounClass(normalise(w)), sense])));

/**
 * The sense key of a counted-noun class (see nounClass): «personnel» for «عنصر»، «جنود»، «مقاتلين»…,
 * or the class itself when the noun is not in the lexicon, so unknown nouns still compare only with
 * their own forms.
 */
export function nounSense(cls: string): string {
  return SENSE_OF.get(cls) ?? cls;
}
