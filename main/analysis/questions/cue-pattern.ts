import { normalise, particleReadings, type Token } from '../../text/arabic/index.ts';

/**
 * A small token pattern language for cue lexicons, written in plain Arabic so the lists stay readable:
 * words separated by spaces, alternatives by «|», `*N` for up to N arbitrary words and `~N` for up to N
 * nisba adjectives («سورية»، «عراقي»). Words match on their keys (see normalise) after an optional
 * conjunction and preposition («وقالت»، «لمصادر»), never after the article: «المصادر» is not «مصادر». A last
 * element written `>a|b` is a word that must follow and is not part of the match: the cue ends where what it says of
 * begins («لا يمكن تحديد >سبب|…» ends at «تحديد», its question asks «ما سبب …»).
 */
type Element = { words: ReadonlySet<string>; ahead?: true } | { skip: number; nisba: boolean };

export interface CuePattern {
  source: string;
  elements: Element[];
}

export interface CueMatch {
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
}

export function cuePattern(source: string): CuePattern {
  const elements = source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      const skip = /^([*~])(\d)$/.exec(part);
      if (skip) return { skip: Number(skip[2]), nisba: skip[1] === '~' };
      if (part.startsWith('>')) return { words: new Set(part.slice(1).split('|').map(normalise)), ahead: true };
      return { words: new Set(part.split('|').map(normalise)) };
    });
  return { source, elements };
}

const NISBA = /(?:ي|يه|يون|يين|يا)$/;

function matchFrom(tokens: readonly Token[], elements: readonly Element[], e: number, t: number): number {
  const el = elements[e];
  if (!el) return t;
  if ('skip' in el) {
    for (let n = 0; n <= el.skip; n++) {
      if (n > 0) {
        const tok = tokens[t + n - 1];
        if (!tok || (el.nisba && !NISBA.test(tok.key))) break;
      }
      const end = matchFrom(tokens, elements, e + 1, t + n);
      if (end >= 0) return end;
    }
    return -1;
  }
  const tok = tokens[t];
  if (!tok || !particleReadings(tok.key).some((r) => el.words.has(r))) return -1;
  return matchFrom(tokens, elements, e + 1, el.ahead ? t : t + 1);
}

/** A list's patterns by the words their first element takes, and those that open with a skip (tried everywhere). */
interface FirstWords {
  byWord: Map<string, CuePattern[]>;
  open: CuePattern[];
}

// Per list, built once: a token is tried only against the patterns its readings can open (most tokens open none).
const FIRST_WORDS = new WeakMap<readonly CuePattern[], FirstWords>();

function firstWords(patterns: readonly CuePattern[]): FirstWords {
  let f = FIRST_WORDS.get(patterns);
  if (f) return f;
  f = { byWord: new Map(), open: [] };
  for (const p of patterns) {
    const first = p.elements[0];
    if (!first || 'skip' in first) f.open.push(p);
    else for (const w of first.words) f.byWord.set(w, [...(f.byWord.get(w) ?? []), p]);
  }
  FIRST_WORDS.set(patterns, f);
  return f;
}

function longestAt(tokens: readonly Token[], patterns: readonly CuePattern[], t: number): number {
  const tok = tokens[t];
  if (!tok) return -1;
  const { byWord, open } = firstWords(patterns);
  let best = -1;
  for (const p of open) best = Math.max(best, matchFrom(tokens, p.elements, 0, t));
  for (const r of particleReadings(tok.key)) {
    for (const p of byWord.get(r) ?? []) best = Math.max(best, matchFrom(tokens, p.elements, 0, t));
  }
  return best;
}

/**
 * The matches of the patterns in a sentence's tokens, leftmost first; overlapping matches merge into one
 * («قالت مصادر» and «مصادر مطلعة» give «قالت مصادر مطلعة»).
 */
export function findCues(tokens: readonly Token[], patterns: readonly CuePattern[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let t = 0; t < tokens.length; ) {
    let to = longestAt(tokens, patterns, t);
    if (to <= t) {
      t++;
      continue;
    }
    for (let u = t + 1; u < to; u++) to = Math.max(to, longestAt(tokens, patterns, u));
    out.push({ from: t, to });
    t = to;
  }
  return out;
}
