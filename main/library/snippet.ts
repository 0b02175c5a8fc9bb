import { normalise, searchForms, tokeniseOnce } from '../text/arabic/index.ts';
import type { ParsedQuery } from './search-query.ts';

/** A span of text by UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A piece of the original text around the matches, with the matches marked by offsets (never markup). */
export interface Snippet {
  text: string;
  /** Where `text` starts and ends in the original body. */
  start: number;
  end: number;
  /** The matched words, as offsets into `text`. */
  highlights: TextRange[];
  /** Whether text was cut before and after the snippet (to show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** How a query matches words: its whole terms, the prefix it ends with, and the needles every match contains. */
interface Matcher {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
  needles: readonly string[];
}

/**
 * Every search form of a key is a suffix of it, or «ال» + a suffix (for «لل»), so a key that does not contain a
 * term (or the term without its «ال») cannot match: its forms need not be computed. The same holds for a whole
 * line's key, which contains each of its words' keys, so lines without any needle are not tokenised.
 */
function searchNeedles(terms: readonly string[]): string[] {
  return terms.map((term) => (term.startsWith('ال') ? term.slice(2) : 'ال'.startsWith(term) ? '' : term));
}

/** A term's needles without those holding another of its needles (whatever holds «والحشد» holds «حشد»): one term counts once. */
function termNeedles(forms: readonly string[]): string[] {
  const all = [...new Set(searchNeedles(forms))];
  return all.filter((n) => !all.some((o) => o !== n && n.includes(o)));
}

// Each term matches as any of its forms (search-query.ts), so every form is a whole word or a prefix to find.
function matcher(q: ParsedQuery): Matcher {
  const all = q.forms;
  const whole = q.prefixLast ? all.slice(0, -1) : all;
  return {
    exact: new Set(whole.flat()),
    prefixes: q.prefixLast ? (all.at(-1) ?? []) : [],
    needles: all.flatMap(termNeedles),
  };
}

function holdsNeedle(key: string, needles: readonly string[]): boolean {
  for (const n of needles) if (key.includes(n)) return true;
  return false;
}

/**
 * The matched words of one line whose key holds a needle, pushed to `out` as offsets moved by `offset`. The line is
 * tokenised afresh (tokeniseOnce): it is read here once per query, and kept in the tokens' memo it would only push
 * out the sentences the analysis reads again and again.
 */
function matchLine(line: string, offset: number, m: Matcher, out: TextRange[]): void {
  for (const t of tokeniseOnce(line)) {
    if (!holdsNeedle(t.key, m.needles)) continue;
    for (const f of searchForms(t.key)) {
      if (m.exact.has(f) || m.prefixes.some((p) => f.startsWith(p))) {
        out.push({ start: offset + t.start, end: offset + t.end });
        break;
      }
    }
  }
}

/**
 * The words of `text` the query matched, as offsets into the original `text`. A word matches the way the
 * index matches it (search-text.ts): one of its clitic-stripped forms equals a term, or starts with the
 * last term when that term is a prefix. The whole written word is marked, clitics included.
 */
export function matchRanges(text: string, q: ParsedQuery): TextRange[] {
  if (q.terms.length === 0) return [];
  const m = matcher(q);
  const out: TextRange[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const offset = lineStart;
    lineStart += line.length + 1;
    if (holdsNeedle(normalise(line), m.needles)) matchLine(line, offset, m, out);
  }
  return out;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/**
 * Cuts a snippet of about `maxChars` around the densest run of matches, on word boundaries.
 * Without matches it is the start of the text. `ranges` must be sorted by start.
 */
export function makeSnippet(text: string, ranges: readonly TextRange[], maxChars = 240): Snippet {
  const lead = Math.floor(maxChars / 4);
  let anchor = 0;
  let best = -1;
  // Two pointers over the sorted ranges: how many fit in the window opened at each one.
  let j = 0;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as TextRange;
    if (j < i) j = i;
    while (j < ranges.length && (ranges[j] as TextRange).end <= r.start + maxChars - lead) j++;
    if (j - i > best) {
      best = j - i;
      anchor = r.start;
    }
  }
  let start = Math.max(0, anchor - lead);
  if (start > 0 && !isSpace(text[start - 1])) {
    // Move forward to the next word start, but never past the anchor.
    while (start < anchor && !isSpace(text[start - 1])) start++;
  }
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length && !isSpace(text[end])) {
    let e = end;
    while (e > start && !isSpace(text[e])) e--;
    if (e > start) end = e;
  }
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  const highlights = ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start - start, end: r.end - start }));
  return { text: text.slice(start, end), start, end, highlights, cutBefore: text.slice(0, start).trim() !== '', cutAfter: text.slice(end).trim() !== '' };
}

/** A line of the text that holds a needle: where it starts, its text and its rank as an anchor. */
interface RankedLine {
  start: number;
  text: string;
  score: number;
}

/** Where each line of `text` starts: 0, then one past each line feed. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The lines whose normalised text holds any needle, best anchor first: by how many distinct needles they hold, then
 * by how often (each line's occurrences counted without overlaps), then by position. normalise folds one code point
 * at a time and keeps line feeds, so the key of the whole text has the same lines as the text, each the key of its
 * line; and no needle holds a line feed, so one scan of the whole key per needle finds every line's occurrences.
 */
function rankLines(text: string, needles: readonly string[]): RankedLine[] {
  const key = normalise(text);
  const keyStarts = lineStarts(key);
  const distinct = new Int32Array(keyStarts.length);
  const count = new Int32Array(keyStarts.length);
  for (const needle of needles) {
    if (needle === '') {
      // An empty needle is in every line, once (a term that is only part of «ال»).
      for (let li = 0; li < keyStarts.length; li++) {
        distinct[li] = (distinct[li] ?? 0) + 1;
        count[li] = (count[li] ?? 0) + 1;
      }
      continue;
    }
    let li = 0;
    let counted = -1;
    for (let at = key.indexOf(needle); at !== -1; at = key.indexOf(needle, at + needle.length)) {
      while (li + 1 < keyStarts.length && (keyStarts[li + 1] ?? 0) <= at) li++;
      if (counted !== li) distinct[li] = (distinct[li] ?? 0) + 1;
      counted = li;
      count[li] = (count[li] ?? 0) + 1;
    }
  }
  const textStarts = lineStarts(text);
  const lines: RankedLine[] = [];
  for (let li = 0; li < textStarts.length; li++) {
    const d = distinct[li] ?? 0;
    if (d === 0) continue;
    const start = textStarts[li] ?? 0;
    const end = li + 1 < textStarts.length ? (textStarts[li + 1] ?? 0) - 1 : text.length;
    lines.push({ start, text: text.slice(start, end), score: d * 1000 + (count[li] ?? 0) });
  }
  return lines.sort((a, b) => b.score - a.score || a.start - b.start);
}

/** matchRanges of a ranked line (its key holds a needle, so it is not normalised again), as offsets into the whole text. */
function lineRanges(line: RankedLine, m: Matcher): TextRange[] {
  const out: TextRange[] = [];
  matchLine(line.text, line.start, m, out);
  return out;
}

/**
 * The snippet for a search hit, without tokenising the whole article: lines are ranked by how many of the
 * query's terms their normalised text contains (then by how often), the best line whose words really match
 * anchors the window, and the highlights are exactly the matchRanges of the text that fall inside the snippet —
 * taken from the matches of the lines the window overlaps (matchRanges works line by line), so the anchor's line is
 * tokenised once and a line without any needle not at all.
 */
export function searchSnippet(text: string, q: ParsedQuery, maxChars = 240): Snippet {
  if (q.terms.length === 0) return makeSnippet(text, [], maxChars);
  const m = matcher(q);
  const lines = rankLines(text, m.needles);
  let anchorRanges: TextRange[] = [];
  let anchor: RankedLine | undefined;
  // A needle can sit inside an unrelated word (a short term like «الا» leaves the needle «ا»), so go down the
  // ranked lines until one really matches; an article has few lines, and the first usually does.
  for (const line of lines) {
    anchorRanges = lineRanges(line, m);
    anchor = line;
    if (anchorRanges.length > 0) break;
  }
  const window = makeSnippet(text, anchorRanges, maxChars);
  if (anchorRanges.length === 0) return window;
  const highlights: TextRange[] = [];
  // Lines without a needle have no matches; the ranked lines come in rank order, so put the overlapping ones in
  // text order before collecting.
  const overlapping = lines.filter((l) => l.start < window.end && l.start + l.text.length > window.start).sort((a, b) => a.start - b.start);
  for (const line of overlapping) {
    for (const r of line === anchor ? anchorRanges : lineRanges(line, m)) {
      if (r.start >= window.start && r.end <= window.end) highlights.push({ start: r.start - window.start, end: r.end - window.start });
    }
  }
  return { ...window, highlights };
}
