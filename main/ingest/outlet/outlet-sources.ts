// Every place a page may name an outlet, as the outlet chooser (outlet-candidates.ts) reads them: the readers the
// rules use (metadata/), each asked of the lines where such a name stands — the head, the foot, or both — and the
// page's own fields (declared name, title tag, URL and file hosts). Only the head's and foot's lines are read: the
// story between them is the import's largest part, and the rules' choice (a candidate of its own) already stands for
// what they found there. A listed name merely mentioned in a head or foot line is no candidate: on the training sets
// such names were mostly other outlets quoted or words that spell one («العربية», «المدن»), and the chooser took them
// where the page named no outlet. Nor is a name the story says it was told things by («لـ"إرم نيوز"»): the rules'
// reader finds it in the whole story, and read in the head and foot alone it weighed against the outlet (and cost
// more than any other source).
import type { RawDocument } from '../../model/raw-document.ts';
import { fileName } from '../../files/file-name.ts';
import { breadcrumbOutlet } from '../metadata/breadcrumb.ts';
import { bracketDatelineOutlet } from '../metadata/bracket-dateline.ts';
import { carriedCredit } from '../metadata/carried-credit.ts';
import { datelineByline } from '../metadata/dateline-byline.ts';
import { COPYRIGHT_MARK } from '../metadata/copyright-words.ts';
import { copyrightHolder, donationOutlet, headlineSuffixOutlet } from '../metadata/detect-outlet.ts';
import { withoutDateBeforeName } from '../metadata/title-suffix-date.ts';
import { gluedDatelineAgency } from '../metadata/glued-dateline.ts';
import { logoNames } from '../metadata/furniture-outlet.ts';
import { aggregatedSourceOfUrl, outletByDomain, outletByName } from '../metadata/known-outlets.ts';
import { mastheadOutlet } from '../metadata/masthead.ts';
import { menuOutlet } from '../metadata/menu-outlet.ts';
import { newsroomHandleOutlet } from '../metadata/newsroom-handle.ts';
import {
  aggregatedOrigin, bylineOutlet, captionCreditOutlet, closingCreditOutlet, datelineOutlet, latinSiteLine, logoOutlet, ownDateline, siteNameLine, wireCreditOutlet,
} from '../metadata/outlet-cues.ts';
import { nounAlternation, OUTLET_NOUNS } from '../metadata/outlet-nouns.ts';
import { outletShaped, sectionShaped } from '../metadata/outlet-shape.ts';
import { shapedDatelineOutlet } from '../metadata/shaped-dateline.ts';
import { footerOutlet } from '../metadata/site-footer.ts';
import { closingSourceName, sourceLineOutlet } from '../metadata/source-line.ts';
import { authorAt, feedPost } from '../metadata/wordpress-feed.ts';
import { dashPairName, dateLineName, ledeLabel, loneName, nounNames, placePairName, titleTagNames, TOLD_FORMS, toldForms, trailHead } from './form-sources.ts';

/** Where on the page a line source is asked: the head's lines, the foot's, or both. */
export type Zone = 'head' | 'foot' | 'both';

/** The kinds of line source (LINE_SOURCES): a feature's name (`src:…`), and the sets of kinds the chooser asks about. */
export type OutletSourceKind = 'bare-name' | 'bracket-dateline' | 'breadcrumb' | 'byline' | 'caption' | 'carried' | 'closing-credit' | 'closing-source' | 'copyright' | 'copyright-written' | 'dash-pair' | 'date-line' | 'dateline' | 'dateline-byline' | 'donation' | 'feed' | 'footer' | 'glued-dateline' | 'handle' | 'headline-suffix' | 'latin-site' | 'lede-label' | 'logo' | 'lone-name' | 'masthead' | 'menu' | 'origin' | 'outlet-noun' | 'own-dateline' | 'place-pair' | 'shaped-dateline' | 'site-name' | 'source-line' | 'trail-head' | 'wire-credit';

/** One reader of a line: the names it finds there. */
export interface LineSource {
  kind: OutletSourceKind;
  zone: Zone;
  /**
   * The longest line (in words) the reader is asked about: it finds nothing in a longer one, or only rarely (a logo, a
   * menu, a credit is short). Asking a story's long lines nothing spares most of the chooser's time.
   */
  maxWords?: number;
  /**
   * How far from the page's edge the line may stand (non-blank lines from the top for a head line, from the bottom for
   * a foot line): a form read by its place alone (a short line is a logo only at the very top) is asked nowhere else.
   */
  within?: number;
  /** A mark the line must hold for the reader to find anything (tested first: a compiled pattern costs far less than the reader). */
  gate?: RegExp;
  read: (line: string) => readonly string[];
}

// A dateline separates its place from its newsroom by a dash, slash, colon, bracket or quote near the line's start.
const DATELINE_MARK = /^.{0,100}?[-–—/:：(（«"“]/u;
const BRACKET_MARK = /[(（]/u;

const TRAIL_MARK = /[·›»>|]/u;
// A dash after a word: «X - writer», «X  -», «X _ section»; not the dashes of a date («2026-01-12»).
const DASH_MARK = /\p{L}\s*[-–—_]/u;
const PAIR_MARK = /^.{0,60}?[-–—/(]/u;
// A date line's name: a digit, and a spaced dash, slash or bar (or a bar) on the line.
const DATE_LINE_MARK = /^(?=.*\p{N})(?=.*(?:\s[-–—/|]\s|\|))/u;
const COLON_MARK = /^.{0,32}?[:：]/u;
// nounNames reads a name only after a whole outlet noun: a line without one holds none.
const NOUN_MARK = new RegExp(nounAlternation(OUTLET_NOUNS), 'u');

const one = (name: string | null | undefined): readonly string[] => (name === null || name === undefined || name === '' ? [] : [name]);

/** A short line built like an outlet's name alone («نبض الواحات», «زوعا اورغ/»), not a section label. */
function bareName(line: string): string | null {
  const bare = line.replace(/\s*[/\-–—]\s*$/u, '');
  // «بغداد - شفق نيوز» is a dateline, «أخبار | رياضة» a menu: a name alone has no separator inside.
  if (/[|/\-–—]/u.test(bare)) return null;
  return bare.split(/\s+/u).length <= 4 && !/[\p{N}.:،,!؟?]/u.test(bare) && !sectionShaped(bare) && outletShaped(bare) ? bare : null;
}

/**
 * The line sources, in a fixed order (the order candidates are first met in, which decides ties). The kinds name the
 * features the model learns a weight for: renaming one is a new feature set (OUTLET_FEATURE_SET).
 */
export const LINE_SOURCES: readonly LineSource[] = [
  { kind: 'logo', zone: 'head', maxWords: 12, read: (l) => one(logoOutlet(l)?.name) },
  { kind: 'masthead', zone: 'head', maxWords: 18, read: (l) => one(mastheadOutlet(l)) },
  { kind: 'site-name', zone: 'head', maxWords: 4, read: (l) => one(siteNameLine(l)?.name) },
  { kind: 'menu', zone: 'head', maxWords: 40, read: (l) => one(menuOutlet(l)?.name) },
  { kind: 'breadcrumb', zone: 'head', maxWords: 25, read: (l) => one(breadcrumbOutlet(l)) },
  { kind: 'headline-suffix', zone: 'head', maxWords: 30, read: (l) => one(headlineSuffixOutlet(l)?.name) },
  { kind: 'bare-name', zone: 'head', maxWords: 4, read: (l) => one(bareName(l)) },
  { kind: 'byline', zone: 'head', maxWords: 20, read: (l) => one(bylineOutlet(l)) },
  { kind: 'wire-credit', zone: 'head', maxWords: 10, read: (l) => one(wireCreditOutlet(l)) },
  { kind: 'origin', zone: 'head', maxWords: 17, read: (l) => one(aggregatedOrigin(l)) },
  { kind: 'handle', zone: 'head', maxWords: 12, read: (l) => one(newsroomHandleOutlet(l)?.name) },
  { kind: 'dateline', zone: 'head', gate: DATELINE_MARK, read: (l) => one(datelineOutlet(l)?.name) },
  { kind: 'own-dateline', zone: 'head', gate: DATELINE_MARK, read: (l) => one(ownDateline(l)?.outlet.name) },
  { kind: 'dateline-byline', zone: 'head', gate: DATELINE_MARK, read: (l) => one(datelineByline(l)?.agency?.name) },
  { kind: 'bracket-dateline', zone: 'head', gate: BRACKET_MARK, read: (l) => one(bracketDatelineOutlet(l)) },
  { kind: 'glued-dateline', zone: 'head', gate: BRACKET_MARK, read: (l) => one(gluedDatelineAgency(l)?.name) },
  { kind: 'shaped-dateline', zone: 'head', gate: DATELINE_MARK, read: (l) => one(shapedDatelineOutlet(l)) },
  { kind: 'caption', zone: 'head', maxWords: 30, read: (l) => one(captionCreditOutlet(l)?.name) },
  { kind: 'latin-site', zone: 'both', maxWords: 8, read: (l) => one(latinSiteLine(l)?.name) },
  { kind: 'copyright', zone: 'both', read: (l) => one(copyrightHolder(l)) },
  // The holder as written, beside its list reading: «© القناة العربية لتلفزيون الصين المركزي CCTV» holds the listed
  // «العربية», and the list's reading would be the only candidate.
  { kind: 'copyright-written', zone: 'both', gate: COPYRIGHT_MARK, read: (l) => one(copyrightHolder(l)?.replace(/[.،,]+$/u, '')) },
  { kind: 'donation', zone: 'both', maxWords: 8, read: (l) => one(donationOutlet(l)) },
  { kind: 'source-line', zone: 'both', read: (l) => one(sourceLineOutlet(l)) },
  { kind: 'carried', zone: 'both', read: (l) => one(carriedCredit(l)) },
  { kind: 'feed', zone: 'both', read: (l) => one(feedPost(l)?.site ?? authorAt(l)?.site) },
  { kind: 'footer', zone: 'foot', maxWords: 30, read: (l) => one(footerOutlet(l)) },
  { kind: 'closing-credit', zone: 'foot', maxWords: 20, read: (l) => one(closingCreditOutlet(l)?.name) },
  { kind: 'closing-source', zone: 'foot', maxWords: 12, read: (l) => one(closingSourceName(l)) },
  // Forms whose name the list may lack (form-sources.ts).
  { kind: 'lone-name', zone: 'both', maxWords: 4, within: 2, read: (l) => one(loneName(l)) },
  { kind: 'trail-head', zone: 'head', maxWords: 40, gate: TRAIL_MARK, read: (l) => one(trailHead(l)) },
  { kind: 'place-pair', zone: 'both', gate: PAIR_MARK, read: (l) => one(placePairName(l)) },
  { kind: 'dash-pair', zone: 'both', maxWords: 25, gate: DASH_MARK, read: (l) => one(dashPairName(l)) },
  { kind: 'date-line', zone: 'head', maxWords: 14, gate: DATE_LINE_MARK, read: (l) => one(dateLineName(l)) },
  { kind: 'lede-label', zone: 'head', gate: COLON_MARK, read: (l) => one(ledeLabel(l)) },
  { kind: 'outlet-noun', zone: 'both', maxWords: 40, within: 3, gate: NOUN_MARK, read: nounNames },
];

/** The sources whose name is a wire's credit on the story («بيروت (رويترز) -», «— أ ف ب»): usually not the outlet. */
export const WIRE_KINDS: ReadonlySet<string> = new Set(['dateline', 'dateline-byline', 'glued-dateline', 'closing-credit', 'source-line']);

/** The sources that are names a story says it was told things by, by the form it tells them in (form-sources.ts: toldForms). */
export const TOLD_KINDS: ReadonlySet<string> = new Set(TOLD_FORMS);

/** The sources that are the page's own word on its outlet: a candidate from them is read as explicit. */
export const EXPLICIT_KINDS: ReadonlySet<string> = new Set(['declared', 'copyright', 'donation']);

const FILE_EXTENSION = /\.(?:txt|html?|md|markdown|docx|pdf|rtf|odt|json)$/iu;

// «بلقيس | headline», «headline - صحيفة عكاظ»: the short side of a title tag split by a bar, dash or colon.
const TITLE_PARTS = /\s+[|\-–—:]\s+|\s*\|\s*/u;

/** The site's name a title tag carries beside the headline: its shortest side, when it is name-sized (1–4 words). */
function titleTagName(title: string | undefined): string | null {
  // «… - 11.01.2026, سبوتنيك عربي»: the date before the site's name is no part of the name.
  const parts = (title ?? '').split(TITLE_PARTS).map((p) => withoutDateBeforeName(p.trim())).filter((p) => p.length > 1);
  if (parts.length < 2) return null;
  const shortest = [...parts].sort((a, b) => a.split(/\s+/u).length - b.split(/\s+/u).length)[0] ?? '';
  return shortest.split(/\s+/u).length <= 4 ? shortest : null;
}

/** How many of a page's logo names are candidates: a page's own logo comes first; the rest are partners' and sponsors'. */
const LOGO_NAMES = 2;

/** The names the page's fields give, each with its source kind: declared outlet (og:site_name), logo alt text, title tag, URL and file hosts. */
export function pageSources(raw: RawDocument, url: string | undefined): { kind: string; name: string }[] {
  const out: { kind: string; name: string }[] = [];
  const add = (kind: string, name: string | null | undefined): void => {
    if (name !== null && name !== undefined && name.trim() !== '') out.push({ kind, name: name.trim() });
  };
  add('declared', raw.declared.outlet);
  // A saved page's logo names its site outside the text (its alt text: RawDocument.declared.siteNames), as
  // og:site_name does: «beIN SPORTS», «KBS WORLD» are the site's where its Arabic text never prints them.
  for (const name of logoNames(raw).slice(0, LOGO_NAMES)) add('logo-alt', name);
  add('title-tag', titleTagName(raw.declared.title));
  for (const name of titleTagNames(raw.declared.title)) add('title-form', name);
  // A name the list knows, told with an outlet noun before it («لقناة الجزيرة», «وفق تقرير لوكالة الأناضول»), is
  // another outlet quoted, as the rules read it (selfReferences skips that form): no candidate. The page's own name
  // told so is one the list lacks («لموقع IQ NEWS»).
  for (const { form, name } of toldForms(raw.text)) if (form === 'told' || outletByName(name) === null) add(form, name);
  if (url !== undefined) {
    const host = outletByDomain(url);
    add(host?.aggregator === true ? 'url-aggregator' : 'url-host', host?.name);
    add('url-copied', host?.aggregator === true ? aggregatedSourceOfUrl(url)?.name : null);
  }
  // «www.hespress.com_article.html», «alarab.co.uk.txt», «hespress.com»: a file name holds a host only with a dot
  // besides its format's extension.
  const base = fileName(raw.file);
  if (base.split('.').length > 2 || (base.includes('.') && !FILE_EXTENSION.test(base))) add('file-host', outletByDomain(base)?.name);
  return out;
}
