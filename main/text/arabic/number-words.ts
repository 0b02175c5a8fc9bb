import { procliticReadings } from './clitics.ts';
import { normalise } from './normalise.ts';

/** What one token of a number is: digits, a number word by its role in a figure, a fraction or a vague plural. */
export type Part =
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
export const BARE_PREFIX = /^(?:[وف])?(?:[بلك])?$/;
/** …except the vague plurals, which take it («الآلاف»، «عشرات الآلاف»، «للآلاف»). */
const ARTICLE_PREFIX = /^(?:[وف])?(?:[بلك])?(?:ال|ل)?$/;

/** A token read as a part of a number. */
export interface Reading {
  part: Part;
  /** The proclitics stripped from the token («و» of «وخمسمئة»). */
  prefix: string;
}

/**
 * The value of a key written in digits, or null: «1,200» and «1.200.000» group thousands, «1.3» and «2,5» are
 * decimals.
 */
export function parseDigits(key: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(key)) return null;
  const dots = key.split('.').length - 1;
  const commas = key.split(',').length - 1;
  const grouped = (sep: string): boolean => key.split(sep).slice(1).every((g) => g.length === 3);
  let clean = key;
  if (commas > 0 && dots === 0) clean = commas === 1 && !grouped(',') ? key.replace(',', '.') : key.replace(/,/g, '');
  else if (commas > 0 && dots > 0) clean = key.replace(/,/g, '');
  else if (dots > 1 && grouped('.')) clean = key.replace(/\./g, '');
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

/** Reads a token's key as a part of a number (digits or a number word, with the proclitics it may carry), or null. */
export function readToken(key: string): Reading | null {
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
