import { z } from 'zod';
import { matchKey, normalise, normaliseWithMap } from '../../text/arabic/index.ts';
import outletsData from '../../text/gazetteer/outlets.json' with { type: 'json' };
import { LINE_BREAK } from '../lines/split-lines.ts';
import { initialsKey } from './initials.ts';
import { isKnownPlace } from './known-places.ts';
import { indexDomains, outletOfDomainIn, type DomainIndex } from './outlet-domains.ts';
import { nounAlternation, nounKeys, OUTLET_NOUN_KEY_START, OUTLET_NOUNS, PORTAL_NOUNS, QUOTE_MARKS, TELEVISION_NOUN } from './outlet-nouns.ts';

// Quotation marks and brackets around a name, read as spaces when a name is looked up.
const QUOTES_AND_BRACKETS = new RegExp(`[${QUOTE_MARKS}()[\\]]`, 'gu');

/** One entry of the known-outlets gazetteer (main/text/gazetteer/outlets.json). */
export const KnownOutlet = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  domains: z.array(z.string().min(1)),
  kind: z.enum(['outlet', 'agency']),
  /** The country the outlet publishes from, as places.json names it: tells «النهار» (Lebanon) from «النهار المصرية». */
  country: z.string().min(1).optional(),
  /** A site that republishes other outlets' articles (مصرس, ماغرس): the outlet only when the page names no source. */
  aggregator: z.boolean().optional(),
});
export type KnownOutlet = z.infer<typeof KnownOutlet>;

let listed: readonly KnownOutlet[] | undefined;

/**
 * The gazetteer, validated on first use (once a process): a broken data file fails loudly there, not as odd metadata
 * later. First use, not load: a command that reads no outlet (`mawjaz list`) does not pay for the validation.
 */
export function knownOutlets(): readonly KnownOutlet[] {
  listed ??= KnownOutlet.array().parse(outletsData);
  return listed;
}

export interface OutletMention {
  /** UTF-16 offsets of the name in the text (without any clitic written onto it). */
  start: number;
  end: number;
  outlet: KnownOutlet;
  /** True when a preposition lam is written onto the name («لسانا», «للعربي الجديد»): "to X". */
  attachedLam: boolean;
}

interface Form {
  written: string;
  key: string;
  outlet: KnownOutlet;
  /** Short all-capital Latin acronyms (AP, RT, MAP) match case-sensitively only: «map» is an English word. */
  acronym: RegExp | null;
}

// «كوردستان 24», «عربي 21»: a name that ends in a number is written with the number glued on as often
// («لكوردستان24»); both spellings are looked for.
const GLUED_NUMBER = /(?<=\p{L})\s+(?=\p{N}+$)/u;

function buildForms(): Form[] {
  return knownOutlets()
    .flatMap((outlet) =>
      [outlet.name, ...outlet.aliases]
        .flatMap((alias) => (GLUED_NUMBER.test(alias) ? [alias, alias.replace(GLUED_NUMBER, '')] : [alias]))
        .map((alias) => ({
          written: alias,
          key: matchKey(alias),
          outlet,
          acronym: /^[A-Z]{2,5}$/.test(alias) ? new RegExp(`(?<![\\p{L}\\p{N}])${alias}(?![\\p{L}\\p{N}])`, 'gu') : null,
        })),
    )
    .filter((f) => f.key.length > 0)
    // Longest first, so «العربي الجديد» wins over a shorter alias found at the same place.
    .sort((a, b) => b.key.length - a.key.length);
}

const LETTER = /[\p{L}\p{N}]/u;
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

// isLetter of each UTF-16 code unit, worked out once per process: 0 not yet known, 1 a letter, 2 not one.
const UNIT_IS_LETTER = new Uint8Array(0x10000);

function unitIsLetter(code: number): boolean {
  const known = UNIT_IS_LETTER[code] ?? 0;
  if (known !== 0) return known === 1;
  const letter = isLetter(String.fromCharCode(code));
  UNIT_IS_LETTER[code] = letter ? 1 : 2;
  return letter;
}

/** The letters that end a key, after its last non-letter ('' when a non-letter ends it). */
function lastRun(key: string): string {
  let i = key.length;
  while (i > 0 && unitIsLetter(key.charCodeAt(i - 1))) i--;
  return key.slice(i);
}

// With 1,400 names to look for, a text is asked only about the names that can end one of its runs of letters. A
// name is found only where a non-letter (or the end) follows it, so its last run of letters is a whole run of the
// text; a name of one run may carry one or two proclitics («والجزيرة»), or be written «للـ» for «لل» + «ال». Acronyms
// (matched on the written text) are asked of a text with capitals, names ending in a non-letter always.
function indexByLastRun(forms: readonly Form[]): Pick<Tables, 'formsByLastRun' | 'alwaysAsked' | 'acronyms'> {
  const formsByLastRun = new Map<string, number[]>();
  const alwaysAsked: number[] = [];
  const acronyms: number[] = [];
  forms.forEach((form, order) => {
    if (form.acronym !== null) {
      acronyms.push(order);
      return;
    }
    const run = lastRun(form.key);
    if (run === '') alwaysAsked.push(order);
    else formsByLastRun.set(run, [...(formsByLastRun.get(run) ?? []), order]);
  });
  return { formsByLastRun, alwaysAsked, acronyms };
}

/** A slot of the endings table (endingsOf) for the last two code units of a run (two units may share a slot: a slot only lets a run through). */
function endingSlot(last: number, beforeLast: number): number {
  return ((beforeLast & 0xff) << 8) | (last & 0xff);
}

// The endings of every last run the list holds, in one table: the last two letters of a run of two or more, and the one
// letter of a run of one (in the slot endingSlot gives it after a zero; a slot only lets a run through, so one shared
// costs a lookup, never a name). A run asks only the runs
// formsOfRun makes of it (itself, less one or two proclitics, «ال» for its «لل»), and each of those of two letters or
// more ends as the run ends, so a run whose ending no listed run has asks nothing and is not sliced or looked up:
// most words of a story, short ones too («في», «من», «قال»), end as no outlet's name does. A slot holds the lengths of
// its listed runs as bits (bit 0 a run of one letter, bit n one of n letters, bit 31 any of 31 or more): the runs a run
// asks are as long as it or one or two letters shorter, so a story's «الحكومة» asks nothing of a slot whose runs all
// have other lengths (three runs in four passed the endings alone, and one in five of those asked a listed run).
function endingsOf(formsByLastRun: ReadonlyMap<string, readonly number[]>): Uint32Array {
  const endings = new Uint32Array(0x10000);
  for (const run of formsByLastRun.keys()) {
    const slot = run.length >= 2 ? endingSlot(run.charCodeAt(run.length - 1), run.charCodeAt(run.length - 2)) : endingSlot(run.charCodeAt(0), 0);
    if (run.length >= 1) endings[slot] = (endings[slot] ?? 0) | (run.length >= 2 ? lengthBit(run.length) : 1);
  }
  return endings;
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

const LAM = 'ل'.charCodeAt(0);

/**
 * Whether the run spaced[start, end) can ask any listed form (see endingsOf). The forms it asks of one letter are its
 * last letter, made by a run of three letters or fewer; the one that does not end as the run ends is «ال» for a run
 * ending in «لل» of three letters or fewer («لل», «ولل»), which is asked whatever the table says.
 */
function runMayAsk(spaced: string, start: number, end: number, endings: Uint32Array): boolean {
  const length = end - start;
  const last = spaced.charCodeAt(end - 1);
  if (length >= 2) {
    // The run itself or «ال» for its «لل» (as long), less one proclitic (or «ال» for «ولل»), less two (see formsOfRun).
    const asked = lengthBit(length) | lengthBit(length - 1) | (length >= 4 ? lengthBit(length - 2) : 0);
    if (((endings[endingSlot(last, spaced.charCodeAt(end - 2))] ?? 0) & asked) !== 0) return true;
  }
  if (length > 3) return false;
  return ((endings[endingSlot(last, 0)] ?? 0) & 1) !== 0 || (length >= 2 && last === LAM && spaced.charCodeAt(end - 2) === LAM);
}

/**
 * The places in the forms that `spaced` (a text's key) is to be asked about (see indexByLastRun), in their order, and
 * for each asked by a run the ends of those runs: a name is looked for only where it can end, so the scan costs what a
 * text asks, not the length of the list or of the text. Acronyms are asked only where the text writes them
 * (`written`, capitalWords: null for a text without capitals).
 */
function formsToAsk(spaced: string, written: ReadonlySet<string> | null): { orders: Int32Array; ends: Map<number, number[]> } {
  const { endings, alwaysAsked, acronyms, forms } = tables();
  const ends = new Map<number, number[]>();
  let start = 0;
  for (let i = 0; i <= spaced.length; i++) {
    if (i < spaced.length && unitIsLetter(spaced.charCodeAt(i))) continue;
    if (i > start && runMayAsk(spaced, start, i, endings)) {
      for (const order of formsOfRun(spaced.slice(start, i))) {
        const known = ends.get(order);
        if (known === undefined) ends.set(order, [i]);
        else known.push(i);
      }
    }
    start = i + 1;
  }
  // The acronyms the text writes only (see capitalWords).
  const asked = written === null ? [] : acronyms.filter((order) => written.has((forms[order] as Form).written));
  // In a typed array, whose sort is numeric without a comparator: sorting a page's orders through `(a, b) => a - b`
  // was a sixth of this function's time.
  const orders = new Int32Array(alwaysAsked.length + asked.length + ends.size);
  let n = 0;
  for (const order of alwaysAsked) orders[n++] = order;
  for (const order of asked) orders[n++] = order;
  for (const order of ends.keys()) orders[n++] = order;
  return { orders: orders.sort(), ends };
}

// The forms a run of letters asks about, remembered per run: a story repeats its words, and each new run costs
// four slices and five lookups. Bounded, in case of hostile input.
const FORMS_OF_RUN = new Map<string, readonly number[]>();
const FORMS_OF_RUN_LIMIT = 100_000;

/** The forms whose last run `run` can be: itself, without one or two proclitics, or «لل» written for «ل» + «ال». */
function formsOfRun(run: string): readonly number[] {
  const known = FORMS_OF_RUN.get(run);
  if (known !== undefined) return known;
  const out: number[] = [];
  const { formsByLastRun } = tables();
  const ask = (candidate: string): void => {
    for (const order of formsByLastRun.get(candidate) ?? []) if (!out.includes(order)) out.push(order);
  };
  ask(run);
  ask(run.slice(1));
  ask(run.slice(2));
  if (run.startsWith('لل')) ask('ال' + run.slice(2));
  if (run.startsWith('لل', 1)) ask('ال' + run.slice(3));
  if (FORMS_OF_RUN.size >= FORMS_OF_RUN_LIMIT) FORMS_OF_RUN.clear();
  FORMS_OF_RUN.set(run, out);
  return out;
}

/**
 * Whether a name found at `at` in the key starts a word: at a boundary, or after one or two proclitic
 * letters written onto it («والجزيرة», «لسانا»). `lam` says a preposition lam is among them.
 */
function wordStart(key: string, at: number): { ok: boolean; lam: boolean } {
  for (let clitics = 0; clitics <= 2; clitics++) {
    const written = key.slice(at - clitics, at);
    if (written.length < clitics || [...written].some((c) => !PROCLITICS.has(c))) return { ok: false, lam: false };
    if (!isLetter(key[at - clitics - 1])) return { ok: true, lam: written.includes('ل') };
  }
  return { ok: false, lam: false };
}

// The cleaner and the metadata detectors ask about the same lines several times: remember the answers.
const mentionCache = new Map<string, readonly OutletMention[]>();
const CACHE_LIMIT = 20_000;

/** Every known outlet named in `text`, left to right, without overlaps. */
export function findOutletMentions(text: string): OutletMention[] {
  const cached = mentionCache.get(text);
  if (cached !== undefined) return cached.map((m) => ({ ...m }));
  const found = scanOutletMentions(text);
  remember(text, found);
  if (LINE_BREAK.test(text)) rememberLines(text, found);
  return found;
}

function remember(text: string, found: readonly OutletMention[]): void {
  if (mentionCache.size >= CACHE_LIMIT) mentionCache.clear();
  mentionCache.set(text, found.map((m) => ({ ...m })));
}

// The line breaks splitLines splits a page at, all of them.
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'gu');

/**
 * Remembers each line's mentions, as splitLines gives the line (trimmed), from its page's: the page's whole text is
 * scanned (the outlet chooser's told forms) and so are its lines one by one (the rules' self-references, credits and
 * dates), which cost a second scan of the page. A line's mentions are the page's that lie in it, shifted: the key folds
 * code point by code point, every test at a name's edges asks whether a letter (or digit) stands there, and a line
 * break is none, as a line's start or end; and the names taken first are the same, unless a name the page's scan found
 * runs across a line break (then no line is remembered). A line is remembered as the page writes it, trimmed: one that
 * holds a control splitLines strips is asked without it, and scanned then.
 */
function rememberLines(text: string, found: readonly OutletMention[]): void {
  const breaks = [...text.matchAll(LINE_BREAKS)];
  if (found.some((m) => breaks.some((b) => b.index < m.end && b.index + b[0].length > m.start))) return;
  let next = 0;
  let from = 0;
  for (let i = 0; i <= breaks.length; i++) {
    const end = breaks[i]?.index ?? text.length;
    const raw = text.slice(from, end);
    const line = raw.trim();
    const lineStart = from + raw.length - raw.trimStart().length;
    const lineEnd = lineStart + line.length;
    const segmentStart = from;
    from = end + (breaks[i]?.[0].length ?? 0);
    // The page's mentions that start in this line's stretch of the text (found is ordered by start).
    const inLine: OutletMention[] = [];
    let whole = true;
    for (; next < found.length && (found[next]?.start ?? 0) < end; next++) {
      const m = found[next] as OutletMention;
      if (m.start < segmentStart) continue;
      // A name in the white space around the line, which the line's own scan cannot see: the line is scanned.
      whole &&= m.start >= lineStart && m.end <= lineEnd;
      inLine.push({ ...m, start: m.start - lineStart, end: m.end - lineStart });
    }
    if (whole && line.length > 0 && !mentionCache.has(line)) remember(line, inLine);
  }
}

interface Candidate {
  at: number;
  len: number;
  lamAt: number | null;
}

// «للعربي الجديد»: the article's alef is not written after the preposition lam. The «لل» spelling of a key with the
// article, or null.
function lamSpelling(key: string): string | null {
  return key.startsWith('ال') && key.length > 3 ? 'لل' + key.slice(2) : null;
}

function lamStarts(spaced: string, at: number): boolean {
  return !isLetter(spaced[at - 1]) || (PROCLITICS.has(spaced[at - 1] ?? '') && !isLetter(spaced[at - 2]));
}

/** Where `key` (or its «لل» spelling) is written in `spaced`, anywhere: for the few forms not asked by a run. */
function candidatesAnywhere(spaced: string, key: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = spaced.indexOf(key); at >= 0; at = spaced.indexOf(key, at + 1)) found.push({ at, len: key.length, lamAt: null });
  const tail = lamSpelling(key);
  if (tail !== null) {
    for (let at = spaced.indexOf(tail); at >= 0; at = spaced.indexOf(tail, at + 1)) {
      if (lamStarts(spaced, at)) found.push({ at: at + 1, len: tail.length - 1, lamAt: at });
    }
  }
  return found;
}

/** Where `key` (or its «لل» spelling) is written in `spaced` ending at one of `ends`, left to right, as candidatesAnywhere. */
function candidatesEnding(spaced: string, key: string, ends: readonly number[]): Candidate[] {
  const plain: Candidate[] = [];
  const lam: Candidate[] = [];
  const tail = lamSpelling(key);
  for (const end of ends) {
    const at = end - key.length;
    if (at >= 0 && spaced.startsWith(key, at)) plain.push({ at, len: key.length, lamAt: null });
    if (tail === null) continue;
    const tailAt = end - tail.length;
    if (tailAt >= 0 && spaced.startsWith(tail, tailAt) && lamStarts(spaced, tailAt)) lam.push({ at: tailAt + 1, len: tail.length - 1, lamAt: tailAt });
  }
  return lam.length === 0 ? plain : [...plain, ...lam];
}

// White space other than the plain space: a line seldom holds any, and replacing every space by itself copies the line.
const OTHER_SPACE = /[^\S ]/;
const OTHER_SPACES = /[^\S ]/g;

/**
 * `key.replace(/\s/g, ' ')`, without the copy when every white space of the key is a plain space. Only the other white
 * space is replaced: a page's key holds a thousand plain spaces and a few dozen line breaks, and replacing each space
 * by itself cost more than the rest of the page's scan for names.
 */
function spacesAsSpace(key: string): string {
  return OTHER_SPACE.test(key) ? key.replace(OTHER_SPACES, ' ') : key;
}

// A run of two to five capitals standing alone, as an acronym's pattern finds it (see Form.acronym).
const CAPITAL_WORD = /(?<![\p{L}\p{N}])[A-Z]{2,5}(?![\p{L}\p{N}])/gu;

/**
 * The acronyms `text` can name: the runs of two to five capitals that neither a letter nor a digit touches. An acronym's
 * pattern matches only such a run, so one not among them is not looked for: a page with a capital letter otherwise
 * searched its whole text once for each of the list's fifty acronyms.
 */
function capitalWords(text: string): Set<string> {
  return new Set(text.match(CAPITAL_WORD));
}

/** findOutletMentions without its memory: what a text names, scanned afresh (the memory's tests compare the two). */
export function scanOutletMentions(text: string): OutletMention[] {
  // The key without its map back to the text: most lines name no outlet, and the map is built only for one that does
  // (normaliseWithMap's key is normalise's, folded code point by code point alike).
  const spaced = spacesAsSpace(normalise(text));
  let map: readonly number[] | null = null;
  // The text's code units a name found already covers (a name's end may fall one past the text's: see toOriginal).
  let taken: Uint8Array | null = null;
  const found: OutletMention[] = [];
  const toOriginal = (k: number): number => {
    map ??= normaliseWithMap(text).map;
    return k < map.length ? (map[k] ?? text.length) : text.length;
  };
  // Acronyms are written in capital Latin letters: a text without one names none of them.
  const hasCapitals = /[A-Z]/.test(text);
  const { orders, ends } = formsToAsk(spaced, hasCapitals ? capitalWords(text) : null);
  const { forms } = tables();
  for (const order of orders) {
    const form = forms[order] as Form;
    if (form.acronym !== null) {
      for (const m of text.matchAll(form.acronym)) {
        const start = m.index;
        const end = start + m[0].length;
        taken ??= new Uint8Array(text.length + 1);
        if (taken.subarray(start, end).includes(1)) continue;
        taken.fill(1, start, end);
        found.push({ start, end, outlet: form.outlet, attachedLam: false });
      }
      continue;
    }
    const at = ends.get(order);
    const candidates = at === undefined ? candidatesAnywhere(spaced, form.key) : candidatesEnding(spaced, form.key, at);
    for (const c of candidates) {
      if (isLetter(spaced[c.at + c.len])) continue;
      let attachedLam = c.lamAt !== null;
      if (c.lamAt === null) {
        const boundary = wordStart(spaced, c.at);
        if (!boundary.ok) continue;
        attachedLam = boundary.lam;
      }
      const start = toOriginal(c.at);
      const end = toOriginal(c.at + c.len - 1) + 1;
      taken ??= new Uint8Array(text.length + 1);
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      found.push({ start, end, outlet: form.outlet, attachedLam });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// A name's outlet noun, cut off to look the bare name up; never «بوابة» (PORTAL_NOUNS).
const NAMED_NOUN_START = new RegExp(`^${nounAlternation(nounKeys([...OUTLET_NOUNS.filter((n) => !PORTAL_NOUNS.includes(n)), TELEVISION_NOUN]))}\\s+`, 'u');

/** The known outlet `text` names as a whole (quotes and an outlet-type word such as «صحيفة» allowed), or null. */
export function outletByName(text: string): KnownOutlet | null {
  const written = matchKey(normalise(text).replace(QUOTES_AND_BRACKETS, ' '));
  // «وكالة الصحافة الفرنسية» is a name with its outlet-type word; «صحيفة الخليج» may be written without it.
  const bare = written.replace(NAMED_NOUN_START, '');
  if (bare.length === 0) return null;
  // The first form in the forms' order wins, as a scan would find it: the whole name before the bare one is not asked
  // for, since either may match and the forms are ordered longest first.
  const { formByKey, acronymByWritten, formByInitials } = tables();
  const byKey = formByKey.get(written);
  const byBare = formByKey.get(bare);
  const acronym = acronymByWritten.get(text.trim());
  const initials = initialsKey(text);
  const byInitials = initials === null ? undefined : formByInitials.get(initials);
  const hits = [byKey, byBare, acronym, byInitials].filter((f): f is Ranked => f !== undefined);
  if (hits.length === 0) return null;
  return hits.reduce((a, b) => (b.order < a.order ? b : a)).form.outlet;
}

interface Ranked {
  form: Form;
  order: number;
}

function indexByName(forms: readonly Form[]): Pick<Tables, 'formByKey' | 'acronymByWritten' | 'formByInitials'> {
  const formByKey = new Map<string, Ranked>();
  const acronymByWritten = new Map<string, Ranked>();
  // Initials are found however they are dotted or spaced: «أ.ش.أ» is the alias «أ ش أ», «A.F.P» the acronym «AFP».
  const formByInitials = new Map<string, Ranked>();
  forms.forEach((form, order) => {
    const index = form.acronym !== null ? acronymByWritten : formByKey;
    const at = form.acronym !== null ? form.written : form.key;
    if (!index.has(at)) index.set(at, { form, order });
    const initials = initialsKey(form.acronym !== null ? [...form.written].join(' ') : form.written);
    if (initials !== null && !formByInitials.has(initials)) formByInitials.set(initials, { form, order });
  });
  return { formByKey, acronymByWritten, formByInitials };
}

/** The known outlet whose name occurs in `text` (the longest such name), or null. */
export function outletWithin(text: string): KnownOutlet | null {
  const mentions = findOutletMentions(text);
  let best: OutletMention | null = null;
  for (const m of mentions) if (best === null || m.end - m.start > best.end - best.start) best = m;
  return best?.outlet ?? null;
}

/** The known outlet whose web domain appears in `text` (a URL, a host or a file name), or null (see outletOfDomainIn). */
export function outletByDomain(text: string): KnownOutlet | null {
  return outletOfDomainIn(text.toLowerCase(), tables().domains);
}

// Outlets the gazetteer writes with their outlet word («وكالة معا», «صحيفة الخليج»), keyed by the name without it.
// The bare name is an ordinary word too often to be looked for in prose; a name two entries share is left out.
// A bare name that is a place («الرياض», «سوريا», «عمان») or an ordinary word of trails and labels («العالم», «اليوم»,
// «المملكة») is the place or the word even where a name stands.
const ORDINARY_BARE = new Set(['العالم', 'اليوم', 'البلاد', 'الجديد', 'المال', 'الثورة', 'المملكة', 'الرسالة', 'الحياة', 'الخبر', 'خبر', 'الجريدة', 'المواطن', 'الحل', 'المنصة', 'الاقتصادية', 'الأسبوع', 'النشرة'].map((w) => matchKey(w)));
function indexByBareKey(forms: readonly Form[], formByKey: ReadonlyMap<string, Ranked>): Map<string, KnownOutlet | null> {
  const byBareKey = new Map<string, KnownOutlet | null>();
  for (const form of forms) {
    const bare = form.key.replace(OUTLET_NOUN_KEY_START, '');
    if (bare === form.key || bare.length < 2 || formByKey.has(bare) || ORDINARY_BARE.has(bare) || isKnownPlace(bare)) continue;
    const seen = byBareKey.get(bare);
    byBareKey.set(bare, seen === undefined || seen === form.outlet ? form.outlet : null);
  }
  return byBareKey;
}

/**
 * The known outlet a name stands for where the page's layout already says it names an outlet (between the dashes
 * of a dateline, in a caption's credit, beside «وكالات»): outletByName, or the bare name of an outlet the gazetteer
 * writes with its outlet word («بيت لحم- معا-» for «وكالة معا»).
 */
export function outletInSlot(text: string): KnownOutlet | null {
  const named = outletByName(text);
  if (named !== null) return named;
  const key = matchKey(normalise(text).replace(QUOTES_AND_BRACKETS, ' '));
  const { byBareKey, byStem } = tables();
  return byBareKey.get(key) ?? byStem.get(key) ?? latinSiteName(text);
}

// «إرم نيوز» shortened to «إرم», «السومرية نيوز» to «السومرية»: the name without its news word, where the layout
// already says a name stands. A stem two outlets share, a stem that is another entry's name or a place («لبنان» of
// «لبنان 24») is left out.
const NEWS_WORD_TAIL = /\s+(?:نيوز|برس|نت|بوست|اونلاين|انفو|ميديا|24|21|48|الاخباريه|الاخباري)$/u;
// Stems that are ordinary words or a trail's section names («المصدر» of «المصدر أونلاين», «العالم», «اليوم»).
const COMMON_STEMS = new Set(['المصدر', 'اخبار', 'الاخبار', 'العالم', 'اليوم', 'الصباح', 'بلدي', 'ناس', 'نون', 'الجمهوريه', 'عربي', 'عرب', 'ترك', 'الوطن', 'العين', 'فلسطين', 'الرييس', 'الموتمر', 'افريقيا', 'الامارات', 'القاهره', 'الخليج', 'الغد', 'المسيره'].map((w) => matchKey(w)));
function indexByStem(forms: readonly Form[], formByKey: ReadonlyMap<string, Ranked>, byBareKey: ReadonlyMap<string, KnownOutlet | null>): Map<string, KnownOutlet | null> {
  const byStem = new Map<string, KnownOutlet | null>();
  for (const form of forms) {
    const stem = form.key.replace(OUTLET_NOUN_KEY_START, '').replace(NEWS_WORD_TAIL, '');
    if (stem === form.key.replace(OUTLET_NOUN_KEY_START, '') || stem.length < 3 || COMMON_STEMS.has(stem) || formByKey.has(stem) || byBareKey.has(stem) || isKnownPlace(stem)) continue;
    const seen = byStem.get(stem);
    byStem.set(stem, seen === undefined || seen === form.outlet ? form.outlet : null);
  }
  return byStem;
}

/** The outlet a stem stands for («إرم» → إرم نيوز), or null (see indexByStem). */
export function outletStem(text: string): KnownOutlet | null {
  return tables().byStem.get(matchKey(normalise(text).replace(QUOTES_AND_BRACKETS, ' '))) ?? null;
}

/**
 * A site named in Latin letters where a name stands: its domain («hespress.com», «www.eremnews.com»), or its name
 * written as the domain's first label, spaced or not («alarab», «Sky News Arabia» for skynewsarabia.com). A label two
 * outlets share names neither.
 */
function latinSiteName(text: string): KnownOutlet | null {
  const written = text.trim().toLowerCase();
  if (!/^[a-z][a-z0-9 .-]{2,40}$/u.test(written)) return null;
  if (/\.[a-z]{2,}/u.test(written)) {
    const domain = outletByDomain(written);
    if (domain !== null) return domain;
  }
  const label = written.replace(/^www\./u, '').replace(/\.[a-z.]+$/u, '').replace(/[\s.-]+/gu, '');
  return tables().byDomainLabel.get(label) ?? null;
}

/**
 * The outlet of a given country that a short name stands for: «الأخبار» in a dateline from Nouakchott is «الأخبار
 * إنفو», not the Lebanese «الأخبار». A name or alias equal to the short name, or opening with it, of an outlet the
 * gazetteer places in that country; null when none or several different ones do.
 */
export function outletOfCountry(text: string, country: string): KnownOutlet | null {
  const key = matchKey(normalise(text).replace(QUOTES_AND_BRACKETS, ' ')).replace(OUTLET_NOUN_KEY_START, '');
  if (key.length < 2) return null;
  let found: KnownOutlet | null = null;
  for (const form of tables().forms) {
    if (form.outlet.country !== country) continue;
    const bare = form.key.replace(OUTLET_NOUN_KEY_START, '');
    if (bare !== key && !bare.startsWith(key + ' ')) continue;
    if (found !== null && found !== form.outlet) return null;
    found = form.outlet;
  }
  return found;
}

// The first label of each outlet's domains («youm7» for youm7.com): aggregators file a copy under the source's slug.
// Labels that are words first («news» of news.cn, «syria» of syria.tv, «arabic» of several): a path segment or a Latin
// line so written names no outlet.
const WORD_LABELS = new Set(['news', 'arabic', 'syria', 'petra', 'saba', 'lana', 'ami', 'raya', 'shaam', 'nabd']);
function indexByDomainLabel(): Map<string, KnownOutlet | null> {
  const byDomainLabel = new Map<string, KnownOutlet | null>();
  for (const outlet of knownOutlets()) {
    for (const domain of outlet.domains) {
      const label = domain.split('.')[0] ?? '';
      if (label.length < 3 || WORD_LABELS.has(label)) continue;
      const seen = byDomainLabel.get(label);
      byDomainLabel.set(label, seen === undefined || seen === outlet ? outlet : null);
    }
  }
  return byDomainLabel;
}

/**
 * The source an aggregator's URL files the article under: masress.com/youm7/993545 is a copy of اليوم السابع
 * (youm7.com), maghress.com/hespress/79855 of هسبريس. The path's first segment must be the first label of exactly one
 * outlet's domain; null otherwise.
 */
export function aggregatedSourceOfUrl(url: string): KnownOutlet | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?[^/\s]+\/([a-z0-9-]{3,40})\/[^\s]*\d/iu.exec(url.trim());
  const found = m ? tables().byDomainLabel.get((m[1] ?? '').toLowerCase()) : undefined;
  return found !== undefined && found !== null && found.aggregator !== true ? found : null;
}

/** The lookup tables of the list, built on first use: a process that never reads an outlet (`mawjaz list`) never pays for them. */
interface Tables {
  /** Every name and alias of the list, longest first (see buildForms). */
  forms: readonly Form[];
  formsByLastRun: ReadonlyMap<string, readonly number[]>;
  alwaysAsked: readonly number[];
  acronyms: readonly number[];
  endings: Uint32Array;
  formByKey: ReadonlyMap<string, Ranked>;
  acronymByWritten: ReadonlyMap<string, Ranked>;
  formByInitials: ReadonlyMap<string, Ranked>;
  byBareKey: ReadonlyMap<string, KnownOutlet | null>;
  byStem: ReadonlyMap<string, KnownOutlet | null>;
  byDomainLabel: ReadonlyMap<string, KnownOutlet | null>;
  domains: DomainIndex;
}

let built: Tables | undefined;

function tables(): Tables {
  if (built !== undefined) return built;
  const forms = buildForms();
  const byRun = indexByLastRun(forms);
  const byName = indexByName(forms);
  const byBareKey = indexByBareKey(forms, byName.formByKey);
  built = {
    forms,
    ...byRun,
    endings: endingsOf(byRun.formsByLastRun),
    ...byName,
    byBareKey,
    byStem: indexByStem(forms, byName.formByKey, byBareKey),
    byDomainLabel: indexByDomainLabel(),
    domains: indexDomains(knownOutlets()),
  };
  return built;
}
