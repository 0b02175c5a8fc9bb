// How many letters of each script a text holds, in one pass over its code points. Counting with one global regex
// per script (`text.match(/\p{Script=Arabic}/gu)`) walked the text six times and built an array of one-letter
// strings per script: a tenth of the cleaner's time went to the garbage collector and those walks.

/** The scripts (and Arabic-script letters of Persian and Urdu) the language detector weighs. */
export interface ScriptCounts {
  arabic: number;
  persian: number;
  urdu: number;
  latin: number;
  hebrew: number;
  cyrillic: number;
}

// Each script's test, on one code point. Arabic counts letters only; Persian and Urdu count letters their
// alphabets add to the Arabic one.
const TESTS: readonly [keyof ScriptCounts, RegExp][] = [
  ['arabic', /^(?=\p{Script=Arabic})\p{L}$/u],
  ['persian', /^[پچژگکی]$/u],
  ['urdu', /^[ٹڈڑںھےۓ]$/u],
  ['latin', /^\p{Script=Latin}$/u],
  ['hebrew', /^\p{Script=Hebrew}$/u],
  ['cyrillic', /^\p{Script=Cyrillic}$/u],
];
const KNOWN = 1 << TESTS.length;
const ARABIC_ONLY = KNOWN | 1;

// The classes of a code unit of the Basic Multilingual Plane: one bit per test, KNOWN once computed (per process).
const BMP = new Uint8Array(0x10000);
// Code points above it are rare in news text: their classes are remembered as met.
const ASTRAL = new Map<number, number>();

function classesOf(ch: string): number {
  let bits = KNOWN;
  TESTS.forEach(([, test], bit) => {
    if (test.test(ch)) bits |= 1 << bit;
  });
  return bits;
}

/** The letters of `text` in each script, counted per code point as the scripts' regular expressions would. */
export function scriptCounts(text: string): ScriptCounts {
  const counts = new Uint32Array(TESTS.length);
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let bits: number;
    const cp = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit;
    if (cp > 0xffff) {
      bits = ASTRAL.get(cp) ?? classesOf(String.fromCodePoint(cp));
      ASTRAL.set(cp, bits);
      i++;
    } else {
      bits = BMP[unit] ?? 0;
      if (bits === 0) bits = BMP[unit] = classesOf(text[i] ?? '');
    }
    if (bits === KNOWN) continue;
    // Most letters of the texts met are plain Arabic ones: counted without walking the six bits.
    if (bits === ARABIC_ONLY) {
      arabic++;
      continue;
    }
    for (let bit = 0; bit < TESTS.length; bit++) if ((bits & (1 << bit)) !== 0) counts[bit] = (counts[bit] ?? 0) + 1;
  }
  const out = { arabic: 0, persian: 0, urdu: 0, latin: 0, hebrew: 0, cyrillic: 0 };
  TESTS.forEach(([name], bit) => (out[name] = counts[bit] ?? 0));
  out.arabic += arabic;
  return out;
}
