// The writers a page may name: every name the byline readers (metadata/) find on a line of its head, its foot or
// its story's first lines, the names a wider grammar finds there (a person's name of two to four words opening with a
// given name), the page's declared author, the rules' choice and «no author», each with the general features the
// learned chooser (learned-author.ts) weighs. Features describe a candidate as any page prints one — which readers
// name it, where, on what kind of line, beside which cue word, how the story speaks of it — never a page's words, so
// that what is learned from one set of formats carries to another. Most pages name no writer: «no author» is a
// candidate like any other, and wins unless a name's evidence outweighs it.
import type { RawDocument } from '../../model/raw-document.ts';
import type { ClassifiedLine } from '../clean/classify-lines.ts';
import { lineKey } from '../lines/line-key.ts';
import { isAccountByline } from '../metadata/account-byline.ts';
import { namesNewsroom } from '../metadata/detect-author.ts';
import { isKnownPlace } from '../metadata/known-places.ts';
import { isPersonName } from '../metadata/byline.ts';
import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { conjunctionReading, spaceRunCount } from '../../text/arabic/index.ts';
import { AUTHOR_SOURCES, NAME_SPANS } from './author-sources.ts';

/** How many non-blank lines from the top and from the bottom are read; the story between them is not. */
const HEAD_LINES = 14;
const FOOT_LINES = 6;

/** What the chooser reads of one page. */
export interface AuthorPage {
  raw: RawDocument;
  /** The cleaner's lines (classifyLines), with what it made of each. */
  lines: readonly ClassifiedLine[];
  /** The page's outlet: a byline naming it names the newsroom, no writer. */
  outlet: string | null;
  /** The rules' author (detectAuthor; in training, the rules' frozen before the set was studied), or null. */
  rules: string | null;
}

/** One possible writer (null for «no author»), whether the page states it (a cue word, a declared field), and its features. */
export interface AuthorCandidate {
  value: string | null;
  explicit: boolean;
  features: Map<string, number>;
}

interface Found {
  name: string;
  kinds: Set<string>;
  /** The line it was first found on (null for the page's fields and the rules' choice). */
  line: ClassifiedLine | null;
  top: number | null;
  bottom: number | null;
}

function bucket(name: string, n: number, bounds: readonly number[]): string {
  const i = bounds.findIndex((b) => n <= b);
  return `${name}:${i < 0 ? `>${bounds[bounds.length - 1] ?? 0}` : `<=${bounds[i] ?? 0}`}`;
}

// The cue words a line may carry, by what they say of the name beside them: who wrote it, who prepared, translated or
// interviewed, who took the photo, who edits the paper, who reports for it.
const WRITE_CUE = /(?:^|[^\p{L}])(?:كتب|كتبت|كتبه|بقلم|الكاتب|الكاتبة|بواسطة|يكتب|تكتب|by|written)(?![\p{L}])/iu;
const CUES: readonly [string, RegExp][] = [
  ['write', WRITE_CUE],
  ['prepare', /(?:^|[^\p{L}])(?:إعداد|اعداد|تحرير|حرره|ترجمة|ترجمه|حوار|حاوره|حاورها|تقرير)(?![\p{L}])/iu],
  ['icon', /[✍🖊✒✏👤]/u],
  ['photo', /(?:^|[^\p{L}])(?:تصوير|عدسة|صورة|الصورة|photo|credit)(?![\p{L}])/iu],
  ['editor', /(?:رئيس|رئيسة|مدير|مديرة|سكرتير|نائب)\s+(?:ال)?تحرير|editor/iu],
  ['reporter', /(?:^|[^\p{L}])[وب]?(?:مراسل|موفد|مندوب)/u],
  ['colon', /[:：]/u],
  ['dash', /\s[-–—|/]\s|[-–—]/u],
  ['digits', /\p{N}{2}/u],
];

// «قال فلان», «فلان قال», «وأكد فلان…»: a name the story quotes is a source it heard, seldom its writer.
const SPEECH = '(?:قال|قالت|أكد|أكدت|اكد|أضاف|أضافت|اضاف|أوضح|أوضحت|صرح|صرحت|أشار|أشارت|said|told)';
const SPEECH_BEFORE = new RegExp(`${SPEECH}\\s*$`, 'u');
const SPEECH_AFTER = new RegExp(`^\\s*[،,]?\\s*(?:و)?${SPEECH}`, 'u');

/** How the story speaks of `name`: how often it is written, and whether a verb of speech stands beside it. */
function storyUse(text: string, name: string): { mentions: number; speaker: boolean } {
  let mentions = 0;
  let speaker = false;
  for (let at = text.indexOf(name); at >= 0 && mentions < 5; at = text.indexOf(name, at + name.length)) {
    mentions++;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + name.length, at + name.length + 12);
    if (SPEECH_BEFORE.test(before) || SPEECH_AFTER.test(after)) speaker = true;
  }
  return { mentions, speaker };
}

/** The lines the chooser reads: the head's, the foot's and the story's first three kept lines, each with its zone positions. */
function readLines(lines: readonly ClassifiedLine[]): { line: ClassifiedLine; top: number | null; bottom: number | null }[] {
  const n = lines.length;
  const lede = lines.filter((l) => l.reason === null).slice(0, 3);
  return lines.flatMap((line, i) => {
    const inHead = i < HEAD_LINES || lede.includes(line);
    const inFoot = n - 1 - i < FOOT_LINES;
    return inHead || inFoot ? [{ line, top: inHead ? i : null, bottom: inFoot ? n - 1 - i : null }] : [];
  });
}

function gather(page: AuthorPage): Found[] {
  const found = new Map<string, Found>();
  // Several readers name the same writer on a page: whether a name is a newsroom's or an account's is asked once.
  const refused = new Map<string, boolean>();
  const isRefused = (name: string): boolean => {
    let no = refused.get(name);
    if (no === undefined) refused.set(name, (no = namesNewsroom(name, page.outlet) || isAccountByline(name)));
    return no;
  };
  const add = (kind: string, written: string | null | undefined, line: ClassifiedLine | null, top: number | null, bottom: number | null): void => {
    const name = written?.trim();
    if (name === undefined || name.length < 3 || isRefused(name)) return;
    const key = lineKey(name);
    if (key === '') return;
    let f = found.get(key);
    if (f === undefined) found.set(key, (f = { name, kinds: new Set(), line, top: null, bottom: null }));
    // The rules' spelling stands for the name they read.
    if (kind === 'rules') f.name = name;
    f.kinds.add(kind);
    f.line ??= line;
    if (top !== null) f.top = Math.min(f.top ?? top, top);
    if (bottom !== null) f.bottom = Math.min(f.bottom ?? bottom, bottom);
  };
  add('declared', page.raw.declared.author, null, null, null);
  for (const { line, top, bottom } of readLines(page.lines)) {
    const words = spaceRunCount(line.text);
    for (const source of AUTHOR_SOURCES) {
      if (words > source.maxWords || (source.zone === 'foot' && bottom === null) || (source.zone === 'head' && top === null)) continue;
      if (source.gate !== undefined && !source.gate.test(line.text)) continue;
      add(source.kind, source.read(line.text), line, top, bottom);
    }
    if (words <= NAME_SPANS.maxWords) for (const name of NAME_SPANS.read(line.text)) add(NAME_SPANS.kind, name, line, top, bottom);
  }
  if (page.rules !== null) add('rules', page.rules, null, null, null);
  return [...found.values()];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Where a line writes a name its readers returned in another form: as written; else the words of the name in their
 * order, each matched by its key (hamza seats, ta marbuta, harakat, tatweel), a «و» glued to a word allowed (two
 * writers joined), whatever marks or spaces between them (a reader splits «كتب/فلان_الفلاني» at its marks and drops
 * an honorific); null when the line does not hold it.
 */
export function locateName(text: string, name: string): { start: number; end: number } | null {
  const at = text.indexOf(name);
  if (at >= 0) return { start: at, end: at + name.length };
  const wanted = (name.match(WORD) ?? []).map((w) => lineKey(w));
  if (wanted.length === 0) return null;
  const words = [...text.matchAll(WORD)].map((m) => ({ key: lineKey(m[0]), start: m.index, end: m.index + m[0].length }));
  // «وهالة» in the name where the line prints «، هالة», or the other way: the conjunction the Arabic layer reads off
  // one side only, so a second writer whose name itself opens with «و» («ووودز» for «وودز») keeps that letter.
  const rest = (key: string): string | undefined => conjunctionReading(key)?.rest;
  const same = (key: string, want: string | undefined): boolean => want !== undefined && (key === want || rest(key) === want || rest(want) === key);
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (!wanted.every((want, j) => same(words[i + j]?.key ?? '', want))) continue;
    return { start: words[i]?.start ?? 0, end: words[i + wanted.length - 1]?.end ?? 0 };
  }
  return null;
}

function features(f: Found, page: AuthorPage, ruleKey: string | null): Map<string, number> {
  const out = new Map<string, number>();
  const set = (name: string): void => void out.set(name, 1);
  const kinds = [...f.kinds].filter((k) => k !== 'rules');
  for (const k of kinds) set(`src:${k}`);
  set(bucket('agree', kinds.length, [0, 1, 2, 3]));
  if (f.top !== null) set(bucket('top', f.top, [0, 2, 5, 9]));
  if (f.bottom !== null) set(bucket('bottom', f.bottom, [0, 1, 3]));
  if (f.line !== null) {
    const text = f.line.text;
    set(`line:${f.line.reason ?? 'kept'}`);
    set(bucket('line-words', spaceRunCount(text), [2, 4, 7, 12, 20]));
    // The cue words of the line, before the name and after it, wherever the line has the name in another spelling.
    const span = locateName(text, f.name);
    if (span === null) {
      for (const [cue, pattern] of CUES) if (pattern.test(text)) set(`on-line:${cue}`);
    } else {
      const before = text.slice(0, span.start);
      const after = text.slice(span.end);
      for (const [cue, pattern] of CUES) {
        if (pattern.test(before)) set(`before:${cue}`);
        if (pattern.test(after)) set(`after:${cue}`);
      }
      if (before.trim() === '') set('opens-line');
      if (after.trim() === '') set('ends-line');
    }
  } else if (!f.kinds.has('declared')) set('no-line');
  const words = f.name.split(/\s+/u).length;
  set(bucket('words', words, [1, 2, 3, 4]));
  if (isPersonName(f.name)) set('person-shaped');
  if (opensWithGivenName(f.name)) set('given-name');
  if (isKnownPlace(f.name)) set('place');
  if (!/\p{Script=Arabic}/u.test(f.name)) set('latin');
  const use = storyUse(page.raw.text, f.name);
  set(bucket('mentions', use.mentions, [1, 2, 3]));
  if (use.speaker) set('speaker');
  if (ruleKey !== null && lineKey(f.name) === ruleKey) {
    set('rules');
    set(bucket('rules×agree', kinds.length, [0, 1, 2]));
  }
  return out;
}

/** The page's candidates: each name found (merged by line key, the first-met spelling kept, the rules' spelling over it), then «no author». */
export function authorCandidates(page: AuthorPage): AuthorCandidate[] {
  const ruleKey = page.rules === null ? null : lineKey(page.rules);
  const found = gather(page);
  const out: AuthorCandidate[] = found.map((f) => ({
    value: f.name,
    explicit: f.kinds.has('declared') || (f.line !== null && WRITE_CUE.test(f.line.text)),
    features: features(f, page, ruleKey),
  }));
  const none = new Map<string, number>([['none', 1], [bucket('none×candidates', found.length, [0, 1, 2, 4]), 1], [`none×ext:${page.raw.format}`, 1]]);
  if (page.rules === null) none.set('none×rules-none', 1);
  out.push({ value: null, explicit: false, features: none });
  return out;
}
