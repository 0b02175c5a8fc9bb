// The lines a page's title may be: every short line of its head, the declared title and the rules' own choice, each
// with the general features the learned chooser (choose-title.ts) weighs. Features describe a line as any page
// prints it (where it stands, how long it is, how it ends, what stands beside it, how much of the story it names),
// never a page's words, so that what is learned from one set of formats carries to another.
import type { RawDocument } from '../../model/raw-document.ts';
import type { ClassifiedLine } from '../clean/classify-lines.ts';
import { contentStemSet, contentStems } from '../clean/word-overlap.ts';
import { lineKey } from '../lines/line-key.ts';
import { asciiDigits, spaceRunCount } from '../../text/arabic/index.ts';
import { outletByName } from '../metadata/known-outlets.ts';
import { textMemo } from '../../text/arabic/text-memo.ts';
import type { TitleSources } from './rules-title.ts';

/** What the chooser reads of one page: its lines as the cleaner classified them and what the rules chose. */
export interface TitlePage {
  raw: RawDocument;
  lines: readonly ClassifiedLine[];
  /** The rules' title (rules-title.ts), or null. */
  rules: string | null;
  /** What the rules' sources other than a line read (rules-title.ts), each a candidate of its own. */
  sources: TitleSources;
  outlet: string | null;
}

/** One possible title: the line it comes from (null for the rules' title read off no line), and its features. */
export interface TitleCandidate {
  line: ClassifiedLine | null;
  /** The title this candidate gives, once the headline furniture is taken off (see the `strip` given); null for «no title». */
  value: string | null;
  features: ReadonlyMap<string, number>;
}

/**
 * How far down the page a title is looked for, in non-blank lines, and the shortest and longest line taken for one:
 * on the 289 labelled pages every title read off a line stands in the first 16 lines and has 3 to 22 words.
 */
export const HEAD_LINES = 20;
const MIN_WORDS = 3;
const MAX_WORDS = 25;
/** The story's first prose lines, whose words a headline shares: a long story's later paragraphs add little but time. */
const STORY_LINES = 4;
const DATE_LIKE = /\b\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}\b|\b(?:19|20)\d\d\b/u;
const TIME = /\b\d{1,2}:\d\d\b/u;

// Feature names are made once per process: a name built afresh for every line is hashed afresh by every map it enters.
const BUCKET_NAMES = new Map<string, readonly string[]>();
const PREFIXED_NAMES = new Map<string, Map<string, string>>();

/** The name of the bucket of `bounds` that `n` falls in: «name:<=b» for the first bound `n` does not pass, else «name:>last». */
function bucket(name: string, n: number, bounds: readonly number[]): string {
  let names = BUCKET_NAMES.get(name);
  if (names === undefined) {
    names = [...bounds.map((b) => `${name}:<=${b}`), `${name}:>${bounds[bounds.length - 1] ?? 0}`];
    BUCKET_NAMES.set(name, names);
  }
  const i = bounds.findIndex((b) => n <= b);
  return names[i < 0 ? bounds.length : i] ?? '';
}

/** «prefix:value», the same string object each time. */
function prefixed(prefix: string, value: string): string {
  let names = PREFIXED_NAMES.get(prefix);
  if (names === undefined) PREFIXED_NAMES.set(prefix, (names = new Map()));
  let name = names.get(value);
  if (name === undefined) names.set(value, (name = `${prefix}:${value}`));
  return name;
}

// What a line's end is read past: closing quotes and brackets, and white space (as «\s» matches it).
const CLOSER = /["'”’»)\]\s]/u;

/** The line without the closing quotes, brackets and spaces at its end (a loop from the end: no pattern tried at every position). */
function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSER.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** A line's letters (Arabic among them) and digits, counted in one pass over its UTF-16 units. */
function scriptCounts(text: string): { letters: number; arabic: number; digits: number; visible: number } {
  let letters = 0;
  let arabic = 0;
  let digits = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) continue;
    visible++;
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) letters++;
    else if ((c >= 0x620 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0xfb50 && c <= 0xfefc)) {
      letters++;
      arabic++;
    }
  }
  return { letters, arabic, digits, visible };
}

/** The kind of a neighbouring line: the cleaner's reason for removing it, else whether it reads as prose. */
function kindOf(ctx: PageContext, i: number): string {
  const line = ctx.head[i];
  if (line === undefined) return 'none';
  if (line.reason !== null) return line.reason;
  return (ctx.words[i] ?? 0) >= 15 ? 'prose' : 'kept-short';
}

/** The share of `stems` that `other` also has (0 when there are none). */
function shareIn(stems: ReadonlySet<string>, other: ReadonlySet<string>): number {
  if (stems.size === 0) return 0;
  let shared = 0;
  for (const t of stems) if (other.has(t)) shared++;
  return shared / stems.size;
}

/** The share of `stems` that one of `others` also has (0 when there are none): shareIn of their union. */
function shareInAny(stems: ReadonlySet<string>, others: readonly ReadonlySet<string>[]): number {
  if (stems.size === 0) return 0;
  let shared = 0;
  for (const t of stems) {
    for (const o of others) {
      if (o.has(t)) {
        shared++;
        break;
      }
    }
  }
  return shared / stems.size;
}

/** The word stems of the URLs the page names (its declared URL first): a slug often spells the headline. */
function slugStems(raw: RawDocument): ReadonlySet<string> {
  // The first five URLs only: a long page's later links are not gathered to be dropped.
  const urls = [raw.declared.url ?? ''];
  for (const m of raw.text.matchAll(/https?:\/\/\S+/gu)) if (urls.push(m[0]) > 5) break;
  const words = urls.map((u) => {
    let text = u;
    try {
      text = decodeURIComponent(u);
    } catch {
      // a malformed escape: the URL's words as printed
    }
    return text.replace(/[-_/.?=&+%]+/gu, ' ');
  });
  return contentStems(words.join('\n'));
}

/** Sets a feature: each is set at most once per line, so there is nothing to add to (module-level: the chooser scores every head line). */
function addTo(features: Map<string, number>, name: string, v = 1): void {
  features.set(name, v);
}

// Whether a short text is a listed outlet's name, remembered per text: the outlet list's lookup normalises the text
// first, and pages of one site print the same short lines and sides again and again.
const LISTED = textMemo<boolean>(200_000);

function isListedOutlet(text: string): boolean {
  return LISTED.get(text, () => outletByName(text) !== null);
}

/** A side of a separated line that names a listed outlet («… | الجزيرة نت»). */
function isNamedSide(side: string): boolean {
  return side.split(/\s+/u).length <= 5 && isListedOutlet(side);
}

// A separator the features below look for: a line without one (most lines) skips the backtracking pattern.
const SEPARATOR_CHAR = /[|:\-–—]/u;

function separatorFeatures(text: string, features: Map<string, number>): void {
  if (!SEPARATOR_CHAR.test(text)) return;
  const m = /^(.+?)\s*([|:]|\s[-–—]\s)\s*(.+)$/u.exec(text);
  if (m === null) return;
  const sep = (m[2] ?? '').trim();
  addTo(features, sep === '|' ? 'sep:bar' : sep === ':' ? 'sep:colon' : 'sep:dash');
  addTo(features, bucket('sep-left-words', (m[1] ?? '').split(/\s+/u).length, [1, 3, 6]));
  addTo(features, bucket('sep-right-words', (m[3] ?? '').split(/\s+/u).length, [1, 3, 6]));
  if (isNamedSide(m[1] ?? '') || isNamedSide(m[3] ?? '')) addTo(features, 'sep-side-outlet');
}

interface PageContext {
  raw: RawDocument;
  head: readonly ClassifiedLine[];
  /** Each head line's word count up to 26 (MAX_WORDS + 1), and the index of the first prose line (15 words or more, kept) from each line on. */
  words: number[];
  proseFrom: number[];
  /** How many of the page's lines (of 300 characters at most) have each candidate line's key. */
  keys: Map<string, number>;
  firstProse: number;
  /** Each candidate line's (3–25 words) content stems, null for the head's other lines. */
  lineStems: (ReadonlySet<string> | null)[];
  /**
   * The story's first prose lines' stems, line by line (each text's stems are looked up once: contentStemSet): a
   * stem is the story's when one of them has it (no union built).
   */
  story: readonly ReadonlySet<string>[];
  declared: ReadonlySet<string>;
  slug: ReadonlySet<string>;
  outletKey: string | null;
  /** The stems of the head's prose lines that candidates open onto, by line. */
  openings: Map<number, ReadonlySet<string>>;
}

function pageContext(page: TitlePage): PageContext {
  const head = page.lines.slice(0, HEAD_LINES);
  // Counted no further than a candidate's longest: every question below is «at most 25 words?» or asks less.
  const words = head.map((l) => spaceRunCount(l.text, MAX_WORDS + 1));
  // How often the page prints each candidate line (only theirs are asked about). A repeat of a head line is as short
  // as it: longer lines are not keyed (keying a paragraph costs its length).
  const keys = new Map<string, number>();
  head.forEach((l, i) => {
    if ((words[i] ?? 0) <= MAX_WORDS && (words[i] ?? 0) >= MIN_WORDS && l.text.length <= 300) keys.set(lineKey(l.text), 0);
  });
  for (const l of page.lines) {
    if (l.text.length > 300) continue;
    const key = lineKey(l.text);
    const seen = keys.get(key);
    if (seen !== undefined) keys.set(key, seen + 1);
  }
  const prose = (i: number): boolean => head[i]?.reason === null && (words[i] ?? 0) >= 15;
  const proseFrom = new Array<number>(head.length + 1).fill(-1);
  for (let i = head.length - 1; i >= 0; i--) proseFrom[i] = prose(i) ? i : (proseFrom[i + 1] ?? -1);
  const firstProse = proseFrom[0] ?? -1;
  const lineStems = head.map((l, i) => ((words[i] ?? 0) > MAX_WORDS || (words[i] ?? 0) < MIN_WORDS ? null : contentStemSet(l.text)));
  const story: ReadonlySet<string>[] = [];
  for (const l of page.lines) {
    if (story.length >= STORY_LINES) break;
    if (l.reason === null && l.text.length >= 60 && spaceRunCount(l.text, 15) >= 15) story.push(contentStemSet(l.text));
  }
  return {
    raw: page.raw,
    head,
    words,
    proseFrom,
    keys,
    firstProse,
    lineStems,
    story,
    declared: contentStems(page.raw.declared.title ?? ''),
    slug: slugStems(page.raw),
    outletKey: page.outlet === null ? null : lineKey(page.outlet),
    openings: new Map(),
  };
}

/** The content stems of the head's prose line at `i`, asked of the text memo once per page (a paragraph's lookup reads it whole). */
function openingStems(ctx: PageContext, i: number): ReadonlySet<string> {
  let stems = ctx.openings.get(i);
  if (stems === undefined) ctx.openings.set(i, (stems = contentStemSet(ctx.head[i]?.text ?? '')));
  return stems;
}

/** The features of the head's line at `i` (its position among non-blank lines). */
function lineFeaturesAt(ctx: PageContext, i: number): Map<string, number> {
  const line = ctx.head[i];
  const features = new Map<string, number>();
  if (line === undefined) return features;
  const text = asciiDigits(line.text);
  const counts = scriptCounts(text);
  const arabicShare = counts.letters === 0 ? 0 : counts.arabic / counts.letters;
  const digitRatio = counts.digits / Math.max(1, counts.visible);
  addTo(features, bucket('pos', i, [0, 1, 2, 4, 8, 15]));
  addTo(features, 'pos-share', i / Math.max(1, ctx.head.length));
  if (ctx.firstProse >= 0) addTo(features, i < ctx.firstProse ? (ctx.firstProse - i <= 2 ? 'just-before-prose' : 'before-prose') : i === ctx.firstProse ? 'is-first-prose' : 'after-prose');
  else addTo(features, 'no-prose');
  addTo(features, bucket('words', ctx.words[i] ?? 0, [4, 8, 14, 22]));
  addTo(features, prefixed('reason', line.reason ?? 'kept'));
  addTo(features, prefixed('prev', kindOf(ctx, i - 1)));
  addTo(features, prefixed('next', kindOf(ctx, i + 1)));
  const tail = withoutClosers(text);
  const last = tail.charAt(tail.length - 1);
  const ellipsis = tail.endsWith('..') || last === '…';
  if (last === '.' && !ellipsis) addTo(features, 'end:period');
  if (last === ':' || last === '：') addTo(features, 'end:colon');
  if (last === '؟' || last === '?') addTo(features, 'end:question');
  if (last === '!') addTo(features, 'end:exclaim');
  if (ellipsis) addTo(features, 'end:ellipsis');
  if (/[،,]/u.test(text)) addTo(features, 'comma');
  if (/[«"“]/u.test(text)) addTo(features, 'quote');
  if (counts.digits > 0) addTo(features, 'digits');
  if (digitRatio > 0.2) addTo(features, 'digit-heavy');
  if (DATE_LIKE.test(text)) addTo(features, 'date-like');
  if (TIME.test(text)) addTo(features, 'time');
  if (arabicShare < 0.5) addTo(features, 'not-arabic');
  if (/https?:\/\/|www\./iu.test(text)) addTo(features, 'url');
  separatorFeatures(text, features);
  const key = lineKey(line.text);
  if ((ctx.keys.get(key) ?? 0) > 1) addTo(features, 'repeated');
  // lineDrafts asks only for candidate lines, whose stems pageContext gathered.
  const stems = ctx.lineStems[i] ?? contentStemSet(line.text);
  if (stems.size > 0) {
    addTo(features, 'story-overlap', shareInAny(stems, ctx.story));
    if (ctx.declared.size > 0) addTo(features, 'declared-overlap', shareIn(stems, ctx.declared));
    if (ctx.slug.size > 0) addTo(features, 'slug-overlap', shareIn(stems, ctx.slug));
  } else addTo(features, 'no-content-words');
  const opening = ctx.proseFrom[i + 1] ?? -1;
  if (opening >= 0 && stems.size > 0) addTo(features, 'opening-overlap', shareIn(stems, openingStems(ctx, opening)));
  let short = 0;
  for (let j = Math.max(0, i - 3); j <= Math.min(ctx.head.length - 1, i + 3); j++) if (j !== i && (ctx.words[j] ?? 0) <= 3) short++;
  addTo(features, bucket('short-neighbours', short, [0, 1, 3]));
  if ((ctx.words[i] ?? 0) <= 6 && isListedOutlet(line.text)) addTo(features, 'is-listed-outlet');
  if (ctx.outletKey !== null && key.includes(ctx.outletKey)) addTo(features, key === ctx.outletKey ? 'is-outlet' : 'has-outlet');
  return features;
}

/** A head line that may be a title, with the features that do not depend on its furniture (src:line among them). */
export interface LineDraft {
  line: ClassifiedLine;
  features: ReadonlyMap<string, number>;
}

/** The head's lines of three to twenty-five words, in page order, each with its features (see lineFeaturesAt). */
export function lineDrafts(page: TitlePage): LineDraft[] {
  const ctx = pageContext(page);
  const drafts: LineDraft[] = [];
  ctx.head.forEach((line, i) => {
    if ((ctx.words[i] ?? 0) > MAX_WORDS || (ctx.words[i] ?? 0) < MIN_WORDS) return;
    const features = lineFeaturesAt(ctx, i);
    features.set('src:line', 1);
    drafts.push({ line, features });
  });
  return drafts;
}

/**
 * The candidates the given lines and the page's sources make: each line with its title (`value`, its furniture off;
 * null when the rules would read no title off it), the declared title, the rules' other sources and the rules' choice,
 * one candidate per title (the earlier one standing for it, with every source's flags), and last «no title».
 */
export function assembleCandidates(page: TitlePage, lines: readonly (LineDraft & { value: string | null })[]): TitleCandidate[] {
  const byKey = new Map<string, TitleCandidate>();
  // A line's candidate shares its draft's features until another source's flag is added (most never are): then
  // they are copied, once; the maps made here are the candidates' own.
  const own = new Map<TitleCandidate, Map<string, number>>();
  const put = (candidate: TitleCandidate): void => {
    const key = lineKey(candidate.value ?? '');
    if (key.length === 0) return;
    const known = byKey.get(key);
    if (known === undefined) {
      byKey.set(key, candidate);
      return;
    }
    // The same title read from two places: the earlier line stands for it, with every source's flags.
    for (const [name, v] of candidate.features) {
      if (!name.startsWith('src:')) continue;
      let features = own.get(known);
      if (features === undefined) {
        features = new Map(known.features);
        own.set(known, features);
        known.features = features;
      }
      features.set(name, v);
    }
  };
  for (const { line, value, features } of lines) {
    if (value === null) continue;
    const furnitureOff = value !== line.text.trim();
    put({ line, value, features: furnitureOff ? new Map([...features, ['furniture-off', 1]]) : features });
  }
  const declared = page.raw.declared.title?.trim();
  if (declared) put({ line: null, value: declared, features: new Map([['src:declared', 1]]) });
  for (const [source, value] of Object.entries(page.sources)) if (value !== null) put({ line: null, value, features: new Map([[`src:${source}`, 1]]) });
  if (page.rules !== null) put({ line: null, value: page.rules, features: new Map([['src:rules', 1]]) });
  // «No title» is a choice too: a page of teasers or a bulletin has no headline of its own, and the rules' saying so counts.
  const none: TitleCandidate = { line: null, value: null, features: new Map(page.rules === null ? [['none', 1], ['none:rules-none', 1]] : [['none', 1]]) };
  return [...byKey.values(), none];
}

/**
 * Every title the page may have, features included: the head's lines of three to twenty-five words (each through `strip`,
 * the headline furniture the rules take off), the declared title, the rules' other sources (a feed's item, a date
 * line's glued headline, the opening's first sentence) and the rules' choice, one candidate per title, and
 * last «no title» (value null).
 */
export function titleCandidates(page: TitlePage, strip: (line: string) => string | null): TitleCandidate[] {
  return assembleCandidates(page, lineDrafts(page).map((d) => ({ ...d, value: strip(d.line.text) })));
}
