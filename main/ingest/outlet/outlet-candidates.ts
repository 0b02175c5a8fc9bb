// The outlets a page may be from: every name its head, foot and fields give (outlet-sources.ts), the rules' own
// choice and «no outlet», each with the general features the learned chooser (choose-outlet.ts) weighs. Features
// describe a candidate as any page prints one — which kinds of source name it, where, how often, whether the list
// knows it and as what, whether it is also a wire's credit — never a page's words, so that what is learned from one
// set of formats carries to another. A name goes through the rules' normaliser (asOutlet: the list's name when the
// list knows it), so a candidate the rules also read is written as they write it.
import type { RawDocument } from '../../model/raw-document.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { matchKey, normalise, spaceRunCount } from '../../text/arabic/index.ts';
import { isMonthName, isWeekdayName } from '../../text/dates/index.ts';
import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { asOutlet, creditsPaper, translatedPage } from '../metadata/detect-outlet.ts';
import { lineDates } from '../metadata/dateline.ts';
import { isHeadlineLike, lineFeatures } from '../clean/line-features.ts';
import { outletShaped } from '../metadata/outlet-shape.ts';
import { labelWordsOnly } from '../metadata/outlet-name-guard.ts';
import { PLACE_CUES } from '../../text/gazetteer/place-cues.ts';
import { isKnownPlace } from '../metadata/known-places.ts';
import { pagePhrase } from './page-phrase.ts';
import { hostLabel, hostSpells } from '../metadata/host-skeleton.ts';
import { outletByName as lookUp, type KnownOutlet } from '../metadata/known-outlets.ts';

// One page asks the list about the same few names many times (each source's hit, its key, its kind): the answers of
// the page being read are remembered, and forgotten with the next page.
let askedNames = new Map<string, KnownOutlet | null>();
function outletByName(name: string): KnownOutlet | null {
  let known = askedNames.get(name);
  if (known === undefined) askedNames.set(name, (known = lookUp(name)));
  return known;
}
import { EXPLICIT_KINDS, LINE_SOURCES, pageSources, TOLD_KINDS, WIRE_KINDS, type OutletSourceKind } from './outlet-sources.ts';

/** How many non-blank lines from the top and from the bottom are the page's head and foot. */
export const HEAD_LINES = 12;
export const FOOT_LINES = 12;

/** What the chooser reads of one page: its non-blank lines (splitLines) and the rules' outlet. */
export interface OutletPage {
  raw: RawDocument;
  lines: readonly SourceLine[];
  /** The rules' outlet (detectOutlet; in training, the rules' frozen before the set was studied), or null. */
  rules: string | null;
}

/** One possible outlet: its name as the rules write names (null for «no outlet»), whether the page states it, and its features. */
export interface OutletCandidate {
  value: string | null;
  explicit: boolean;
  features: Map<string, number>;
}

interface Gathered {
  name: string;
  kinds: Set<string>;
  hits: number;
  /** The smallest line position from the top among head hits, and from the bottom among foot hits. */
  top: number | null;
  bottom: number | null;
  /** How many of its hits are a whole-line form's read off the page's headline (headlineAt, HEADLINE_FORMS). */
  onHeadline: number;
}

function bucket(name: string, n: number, bounds: readonly number[]): string {
  const i = bounds.findIndex((b) => n <= b);
  return `${name}:${i < 0 ? `>${bounds[bounds.length - 1] ?? 0}` : `<=${bounds[i] ?? 0}`}`;
}

/** The key two names of one outlet share: the list's name when known, else the written name's match key. */
function outletKey(name: string): string {
  return matchKey(normalise(outletByName(name)?.name ?? name));
}

/**
 * A source's name as the rules write it: a page field's, a copyright's or a donation appeal's through their normaliser
 * (asOutlet: the list's name of a name it holds), any other source's as the list names it, else as written, trimmed.
 * The rules' own choice stands as they read it.
 */
function normalName(kind: string, written: string): string | null {
  // The rules' read stands as written, unless the list knows only a part of it («وكالة X للأنباء ADI»).
  if (kind === 'rules') return outletByName(written) === null ? (listedPart(written) ?? withoutLatinTwin(written)) : written;
  if (RAW_KINDS.has(kind)) return asOutlet(written)?.name ?? null;
  // Presentation forms («ﺑﻠﺪﻱ ﻧﻴﻮﺯ», a PDF's or an old page's glyphs) fold to the letters the list is written in.
  const name = written.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  return name.length < 2 ? null : (outletByName(name)?.name ?? listedPart(name) ?? withoutLatinTwin(withoutAcronym(name)));
}

// «بلدية نابلس Nablus Municipality»: a page's name printed in Arabic, then again in Latin letters. The Arabic name is
// the one an Arabic page is cited by (as the rules prefer Arabic before Latin); the Latin twin of two or more words
// after it is dropped. A Latin name alone, or one before the Arabic («BBC عربي»), stands as written.
const LATIN_TWIN = /^(\p{Script=Arabic}[\p{Script=Arabic}\p{M}\s]*?)\s+([A-Za-z][A-Za-z.&'’-]*(?:\s+[A-Za-z][A-Za-z.&'’-]*)+)$/u;
function withoutLatinTwin(name: string): string {
  return LATIN_TWIN.exec(name)?.[1]?.trim() ?? name;
}

// «القناة العربية لتلفزيون الصين المركزي CCTV»: an Arabic name the list lacks, with its Latin acronym after it.
function withoutAcronym(name: string): string {
  const bare = name.replace(/\s+[A-Z]{2,6}$/u, '');
  return bare !== name && /\p{Script=Arabic}/u.test(bare) ? bare : name;
}

// «جريدة عمان › أعمدة», «Hespress - هسبريس جريدة إلكترونية مغربية», «وكالة جيبوتي للأنباء ADI»: a name read with the
// furniture beside it — a trail's next item, a slogan after a dash, a Latin acronym — is the listed name among its parts.
const NAME_PARTS = /\s*(?:›|·|»|\||\s[-–—]\s)\s*|\s+(?=[A-Z]{2,6}$)/u;
function listedPart(name: string): string | null {
  const parts = name.split(NAME_PARTS).map((p) => p.trim()).filter((p) => p.length > 1);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const known = outletByName(part);
    if (known !== null) return known.name;
  }
  return null;
}

const RAW_KINDS: ReadonlySet<string> = new Set(['declared', 'copyright', 'donation', 'title-tag']);

// A link, or a host written without its scheme at a line's start («m2.youm7.com/story/…»).
const URL_IN_LINE = /(?:https?:\/\/|www\.)[^\s"'<>]+|^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s"'<>]*/iu;

const SENTENCE_MARK = /[.،,؛;!؟?:]/u;

/** A line of prose: the story's lines are this long, a page's furniture (logo, menu, dateline, credit) shorter. */
const PROSE_WORDS = 12;

/**
 * The page's head — its lines down to the story's first line of prose, that line included (a dateline opens it) — and
 * its foot — from the story's last line of prose, included (a closing credit may end it), to the end —, each at most
 * HEAD_LINES and FOOT_LINES long. The story between them is not read: it is the page's largest part, and a name in it
 * is mostly someone else's.
 */
export function headAndFoot(count: number, wordsAt: (line: number) => number): { headEnd: number; footStart: number } {
  let headEnd = Math.min(HEAD_LINES, count);
  for (let i = 0; i < Math.min(HEAD_LINES, count); i++) {
    if (wordsAt(i) >= PROSE_WORDS) {
      headEnd = i + 1;
      break;
    }
  }
  const from = Math.max(0, count - FOOT_LINES);
  for (let i = count - 1; i >= from; i--) if (wordsAt(i) >= PROSE_WORDS) return { headEnd, footStart: i };
  return { headEnd, footStart: from };
}

// The sources that take a short line, or its words after an outlet noun, for a name by its shape alone: off a headline
// they read the story's subject («جسر جديد فوق الوادي», «شبكة الطرق المتضررة»). A dateline's or a credit's form is
// read there as anywhere.
const HEADLINE_FORMS: ReadonlySet<OutletSourceKind> = new Set(['lone-name', 'bare-name', 'site-name', 'outlet-noun']);

// A date line stands between many a headline and its story («الاثنين 12 يناير 2026», «الأحد 11 يناير 2026 - 10:30»):
// the headline is looked for over it. A line this short carrying a date is the page's stamp, not its headline.
const DATE_LINE_WORDS = 8;

/**
 * The line that is the page's headline, or null: the line right over the story's first line of prose, or over the
 * date lines that stand between them, when it is shaped as the cleaner's headlines are (clean/line-features.ts:
 * isHeadlineLike — a few words, no sentence's end). A name a shape-reading form takes off it is the story's subject,
 * not the page's outlet, unless the page's own marks (a copyright, a field, another line, the rules' read) name it too.
 */
function headlineAt(lines: readonly SourceLine[], headEnd: number, proseAt: (line: number) => number): number | null {
  if (headEnd < 2 || proseAt(headEnd - 1) < PROSE_WORDS) return null;
  let at = headEnd - 2;
  while (at > 0 && isDateLine(lines[at]?.text ?? '')) at--;
  return isHeadlineLike(lineFeatures(lines[at]?.text ?? '')) ? at : null;
}

function isDateLine(text: string): boolean {
  return spaceRunCount(text) <= DATE_LINE_WORDS && lineDates(text).length > 0;
}

/**
 * The key of the page's declared title (an HTML title or og:title, whole), or null. A name the page's sources give
 * that is its title is its headline — the story's subject — never its outlet (training's pages exclude the title from
 * an outlet's cited forms too: outlet-choice-data.ts), unless the rules read it or the list knows it as an outlet.
 */
function titleKey(raw: RawDocument): string | null {
  const title = raw.declared.title?.trim();
  return title === undefined || title === '' ? null : matchKey(normalise(title));
}

/** Every name the page's sources give, by outlet key, in the order first met (page fields, then the head and foot top down). */
function gather(page: OutletPage): Map<string, Gathered> {
  const found = new Map<string, Gathered>();
  const add = (kind: string, written: string, top: number | null, bottom: number | null, headline = false): void => {
    const name = normalName(kind, written);
    if (name === null) return;
    const key = outletKey(name);
    let g = found.get(key);
    if (g === undefined) {
      g = { name, kinds: new Set(), hits: 0, top: null, bottom: null, onHeadline: 0 };
      found.set(key, g);
    }
    // The rules' spelling of an outlet they read («صدى الجزيرة», «الأيام البحرينية») is the one the page is read with.
    if (kind === 'rules') g.name = name;
    g.kinds.add(kind);
    if (kind !== 'rules') g.hits++;
    if (headline) g.onHeadline++;
    if (top !== null) g.top = Math.min(g.top ?? top, top);
    if (bottom !== null) g.bottom = Math.min(g.bottom ?? bottom, bottom);
  };
  const { lines } = page;
  // Words are counted on the head's and foot's windows only: the story between them is never read.
  const words = new Map<number, number>();
  const countAt = (i: number): number => {
    let n = words.get(i);
    if (n === undefined) words.set(i, (n = spaceRunCount(lines[i]?.text ?? '')));
    return n;
  };
  // A long line with no sentence mark is a menu or a ticker run, not the story's prose: the head goes on past it.
  const proseAt = (i: number): number => (SENTENCE_MARK.test(lines[i]?.text ?? '') ? countAt(i) : 0);
  const { headEnd, footStart } = headAndFoot(lines.length, proseAt);
  // Which line is the headline, asked only once a form reads a name off the head.
  let headline: number | null | undefined;
  const onHeadline = (i: number, kind: OutletSourceKind): boolean => i < headEnd - 1 && HEADLINE_FORMS.has(kind) && i === (headline === undefined ? (headline = headlineAt(lines, headEnd, proseAt)) : headline);
  const visited: number[] = [];
  for (let i = 0; i < headEnd; i++) visited.push(i);
  for (let i = Math.max(headEnd, footStart); i < lines.length; i++) visited.push(i);
  const url = page.raw.declared.url ?? visited.map((i) => URL_IN_LINE.exec(lines[i]?.text ?? '')?.[0]).find((u) => u !== undefined);
  for (const { kind, name } of pageSources(page.raw, url)) add(kind, name, null, null);
  for (const i of visited) {
    const text = lines[i]?.text ?? '';
    const inHead = i < headEnd;
    const inFoot = i >= footStart;
    const n = countAt(i);
    for (const source of LINE_SOURCES) {
      if (source.zone === 'head' ? !inHead : source.zone === 'foot' ? !inFoot : false) continue;
      if ((source.maxWords !== undefined && n > source.maxWords) || (source.gate !== undefined && !source.gate.test(text))) continue;
      if (source.within !== undefined && i > source.within && lines.length - 1 - i > source.within) continue;
      for (const name of source.read(text)) add(source.kind, name, inHead ? i : null, inFoot ? lines.length - 1 - i : null, onHeadline(i, source.kind));
    }
  }
  if (page.rules !== null) add('rules', page.rules, null, null);
  // A name read only off the headline by a form that takes a line for a name is the story's subject: no candidate.
  for (const [key, g] of found) if (g.onHeadline > 0 && g.onHeadline === g.hits && !g.kinds.has('rules')) found.delete(key);
  const title = titleKey(page.raw);
  if (title !== null) for (const [key, g] of found) if (!g.kinds.has('rules') && outletByName(g.name) === null && matchKey(normalise(g.name)) === title) found.delete(key);
  // A name the page's host spells in Latin letters («akhbarlebanon» for «أخبار لبنان»): the host says it is the site's.
  const label = url === undefined ? null : hostLabel(url);
  if (label !== null) for (const g of found.values()) if (hostSpells(label, g.name)) g.kinds.add('url-spelled');
  return found;
}

function listKind(name: string): string {
  const known = outletByName(name);
  if (known === null) return 'list:none';
  return known.aggregator === true ? 'list:aggregator' : `list:${known.kind}`;
}

/** The page's format as a feature's suffix: html, md, txt, … */
function formatOf(raw: RawDocument): string {
  return `ext:${raw.format}`;
}

/** How often a name is written in the page's text, as written (a site's name recurs in its furniture; a section label seldom). */
function mentions(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 5; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

// «سالم بن راشد المهندي», «رنا الحسيني وعمر القاسم»: a writer's name beside a place or a dash reads like a site's
// («رعد نيوز» opens with a given name too, and is built like an outlet's). A name opens as the byline readers say one
// does (a given name, or «أبو», «عبد», «أم» before one).
// A given name before a country or city («زين الأردن», «أمل بيروت») is a brand named for where it serves, not a writer:
// no family name is a place the gazetteer knows.
function personShaped(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 5 || !opensWithGivenName(name.trim()) || outletShaped(name)) return false;
  return !words.slice(1).some((w) => isKnownPlace(w));
}

/**
 * Whether a name is a place phrase: a place cue and a place the gazetteer knows («مدينة طرابلس», «محافظة البصرة»).
 * Such a line says where the story happened, and the forms that take a short line for a name read it; an outlet named
 * for its city («عدن الغد», «صوت بيروت») is none. (A known place alone the forms that read short lines refuse.)
 */
function placePhrase(name: string): boolean {
  const [cue, ...rest] = name.split(/\s+/u);
  return rest.length > 0 && PLACE_CUES.has(normalise(cue ?? '')) && isKnownPlace(rest.join(' '));
}

// The forms that read a name paired with a place or a date on a short line («عدن - الأيام», «ملاعب | date»).
const DATELINE_PAIR_KINDS: ReadonlySet<string> = new Set(['place-pair', 'dash-pair', 'date-line'] satisfies OutletSourceKind[]);

// A preposition or particle between a name's words: a prompt or a tagline («تخطى إلى المحتوى», «أخبار العراق من
// المحافظات») holds one, an outlet's name seldom does.
const PARTICLE = /\s(?:إلى|الى|من|في|على|عن|مع|أو|لا)\s/u;

// The source lines a carried copy's credit is read from under a story («المصدر: صحيفة X»), as the rules' carriedOrigin reads it.
const CREDIT_KINDS: ReadonlySet<string> = new Set(['source-line', 'closing-source'] satisfies OutletSourceKind[]);
// The furniture that names a carrier: its logo, masthead, copyright or footer.
const FURNITURE_KINDS: ReadonlySet<string> = new Set(['logo', 'masthead', 'site-name', 'bare-name', 'lone-name', 'copyright', 'copyright-written', 'footer'] satisfies OutletSourceKind[]);

/**
 * What the page as a whole says of its candidates: whether it marks its story as translated (asked only of a page
 * with a credit line's candidate, most have none: reading the head's lines for the mark cost a twentieth of the
 * chooser), and whether its furniture names a name.
 */
interface PageTraits {
  translated: () => boolean;
  furniture: boolean;
}

function features(g: Gathered, ruleKey: string | null, ext: string, text: string, page: PageTraits): Map<string, number> {
  const f = new Map<string, number>();
  const set = (name: string): void => void f.set(name, 1);
  for (const k of g.kinds) {
    if (k === 'rules') continue;
    set(`src:${k}`);
    // Where a source's name stands matters by source: a lone name on the page's first line is its logo, lower down a
    // section label; a trail's first item at the top is the site, a dateline's name anywhere in the head is.
    if (g.top !== null) set(`src:${k}×${bucket('top', g.top, [0, 2])}`);
    if (g.bottom !== null) set(`src:${k}×${bucket('bottom', g.bottom, [0, 2])}`);
  }
  // A name the story says it was told things by is the page's own where the list lacks it («لموقع IQ NEWS») and
  // another outlet quoted where the list knows it as an outlet or agency («لقناة الجزيرة», «لوكالة الأناضول»).
  for (const k of g.kinds) if (TOLD_KINDS.has(k)) set(`src:${k}×${listKind(g.name)}`);
  set(bucket('mentions', mentions(text, g.name), [0, 1, 2, 4]));
  const sources = [...g.kinds].filter((k) => k !== 'rules').length;
  set(bucket('agree', sources, [0, 1, 2, 3]));
  set(bucket('hits', g.hits, [0, 1, 2, 4]));
  const list = listKind(g.name);
  set(list);
  if (g.top !== null) set(bucket('top', g.top, [0, 1, 3, 7]));
  if (g.bottom !== null) set(bucket('bottom', g.bottom, [0, 1, 3, 7]));
  if (g.top === null && g.bottom === null) set('zone:page');
  const wire = [...g.kinds].some((k) => WIRE_KINDS.has(k));
  if (wire && list === 'list:agency') set('wire-agency');
  if (wire && [...g.kinds].every((k) => WIRE_KINDS.has(k) || k === 'rules')) set('wire-only');
  set(bucket('words', g.name.split(/\s+/u).length, [1, 2, 3, 5]));
  if (!/\p{Script=Arabic}/u.test(g.name)) set('latin');
  if (list === 'list:none' && personShaped(g.name)) {
    set('person');
    // «القاهرة - مصطفى النجار» on a page's first line: a place and a writer's name is a dateline with its byline, and
    // a place-pair's other names are outlets («عدن - الأيام»); the pair's own weight is learned apart from a name's.
    if ([...g.kinds].some((k) => DATELINE_PAIR_KINDS.has(k))) set('person×dateline-pair');
  }
  if (g.name.split(/\s+/u).every((w) => isMonthName(w) || isWeekdayName(w))) set('calendar');
  // «الرياضة | 12 يناير 2026», «مقالات الرأي»: a section's or a page's label where a name would stand (outlet-name-guard.ts).
  if (labelWordsOnly(g.name)) set('label-words');
  if (PARTICLE.test(g.name)) set('particle');
  if (placePhrase(g.name)) set('place-phrase');
  // «تخطى إلى المحتوى», «قرّاءنا الأعزاء», «إلكترونية مغربية» on a logo's line: the page's words about itself (page-phrase.ts).
  if (list === 'list:none' && pagePhrase(g.name)) set('page-phrase');
  // A paper credited under a carried copy («المصدر: صحيفة X»), not a wire's nor an agency's credit, on a page whose
  // furniture names another: the rules take the credit over the carrier (carriedOrigin), and the chooser sees it.
  if ([...g.kinds].some((k) => CREDIT_KINDS.has(k)) && !page.translated() && creditsPaper(g.name)) {
    set('carried-credit');
    if (page.furniture && ![...g.kinds].some((k) => FURNITURE_KINDS.has(k))) set('carried-credit×furniture');
  }
  const rules = ruleKey !== null && outletKey(g.name) === ruleKey;
  if (rules) {
    set('rules');
    set(`rules×${list}`);
    set(`rules×${ext}`);
    set(bucket('rules×agree', sources, [0, 1, 2]));
  }
  set(`${ext}×${list}`);
  return f;
}

/**
 * The page's candidates: each outlet its sources name (merged by outlet key, the first-met spelling kept), the rules'
 * choice among them, then «no outlet».
 */
export function outletCandidates(page: OutletPage): OutletCandidate[] {
  askedNames = new Map();
  const ext = formatOf(page.raw);
  // Keyed as the rules' candidate is (normalName: a Latin twin dropped), so that it carries the rules' features.
  const ruleKey = page.rules === null ? null : outletKey(normalName('rules', page.rules) ?? page.rules);
  const gathered = [...gather(page).values()];
  let translated: boolean | undefined;
  const traits: PageTraits = { translated: () => (translated ??= translatedPage(page.lines)), furniture: gathered.some((g) => [...g.kinds].some((k) => FURNITURE_KINDS.has(k))) };
  const out: OutletCandidate[] = gathered.map((g) => ({
    value: g.name,
    explicit: [...g.kinds].some((k) => EXPLICIT_KINDS.has(k)),
    features: features(g, ruleKey, ext, page.raw.text, traits),
  }));
  const none = new Map<string, number>([['none', 1], [`none×${ext}`, 1], [bucket('none×candidates', gathered.length, [0, 1, 2, 4]), 1]]);
  if (page.rules === null) none.set('none×rules-none', 1);
  // How well the page's best-attested name stands: «no outlet» is likelier where no name is listed or stated and no
  // two sources agree on one.
  if (!out.some((c) => c.features.has('list:outlet') || c.features.has('list:agency') || c.features.has('list:aggregator'))) none.set('none×unlisted', 1);
  if (!out.some((c) => c.explicit)) none.set('none×unstated', 1);
  none.set(bucket('none×best-agree', Math.max(0, ...gathered.map((g) => [...g.kinds].filter((k) => k !== 'rules').length)), [0, 1, 2]), 1);
  out.push({ value: null, explicit: false, features: none });
  return out;
}
