import type { RawDocument } from '../../model/raw-document.ts';
import { fileName } from '../../files/file-name.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { lineKey } from '../lines/line-key.ts';
import {
  aggregatedSourceOfUrl, findOutletMentions, outletByDomain, outletByName, outletInSlot, outletOfCountry, outletStem, type KnownOutlet,
} from './known-outlets.ts';
import { pageCountry } from './page-country.ts';
import { outletHeldBy } from './held-outlet.ts';
import { hostSpelledMasthead } from './host-masthead.ts';
import { hostNamesake, outletCountry, shortFormOfState } from './outlet-country.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import {
  aggregatedOrigin, bylineOutlet, captionCreditOutlet, closingCreditOutlet, datelineOutlet, logoOutlet, ownDateline,
  latinSiteLine, siteNameLine, wireCreditOutlet,
} from './outlet-cues.ts';
import { breadcrumbOutlet } from './breadcrumb.ts';
import { bulletinOwnerOfPage } from './bulletin-owner.ts';
import { carriedCredit } from './carried-credit.ts';
import { authorAt, feedPost } from './wordpress-feed.ts';
import { gluedDatelineAgency } from './glued-dateline.ts';
import { mastheadOutlet } from './masthead.ts';
import { menuOutlet } from './menu-outlet.ts';
import { PUBLISHER_HEAD, PUBLISHER_TAIL } from './publisher-style.ts';
import { newsroomHandleOutlet } from './newsroom-handle.ts';
import { datelineByline } from './dateline-byline.ts';
import { bracketDatelineOutlet } from './bracket-dateline.ts';
import { outletShaped, sectionShaped } from './outlet-shape.ts';
import { footerOutlet } from './site-footer.ts';
import { outletBySlot, WEB_SUFFIX } from './slot-outlet.ts';
import { shapedDatelineOutlet } from './shaped-dateline.ts';
import { closingSourceName, isSourceLine, sourceLineOutlet } from './source-line.ts';
import { titleSiteName } from './headline-furniture.ts';
import { isOutletTagline } from './outlet-tagline.ts';
import { forwardedChannel, pageHost } from './page-host.ts';
import { nounAlternation, nounKeys, OUTLET_NOUNS, TELEVISION_NOUN } from './outlet-nouns.ts';
import { spaceSplitCount } from '../../text/arabic/index.ts';
import { stateOfNisba } from './country-qualified.ts';
import { isPhotoCreditMark, siteOwnerAfterMark } from './photo-credit-mark.ts';
import { COPYRIGHT, COPYRIGHT_YEARS } from './copyright-words.ts';
import { mixedScriptOutlet } from './mixed-script-outlet.ts';

// «Al-Jazirah Corporation»: a Latin holder's company word is the publisher's legal form, as «مؤسسة» is an Arabic one's.
const LEGAL_WORDS = /\b(?:FZ|FZE|FZ-LLC|LLC|Ltd|Limited|Inc|S\.?A\.?L?|GmbH|Co|Corporation|Corp|Company)\b\.?/giu;
const OUTLET_NOUN_START = new RegExp(`^(?:ال)?${nounAlternation(nounKeys([...OUTLET_NOUNS, TELEVISION_NOUN]))}(?:\\s|$)`, 'u');
const INSTITUTION_HEAD = /^(?:سفارة|سفاره|وزارة|وزاره|جامعة|جامعه|هيئة|هيئه|صندوق|بلدية|بلديه|نقابة|نقابه)\s/u;
const GENERIC_SUPPORT = new Set(['الصحافه', 'صحافه', 'الاعلام', 'اعلام', 'عملنا', 'العمل', 'المحتوي', 'موقعنا', 'الموقع', 'journalism', 'us', 'our'].map(lineKey));

/** The outlet a name stands for: the gazetteer's name when known, else the name as written if it is name-sized. */
export function asOutlet(text: string): { name: string; known: boolean } | null {
  const name = text.replace(/^[\s"'«“(]+|[\s"'»”).,،:\-–—|]+$/gu, '').replace(/\s+/gu, ' ').trim();
  if (name.length < 2) return null;
  // «سفارة دولة فلسطين لدى الجمهورية اللبنانية»: an institution's name may hold a paper's («الجمهورية»); the
  // institution is the holder.
  const words = name.split(' ');
  const known = outletByName(name) ?? mixedScriptOutlet(name) ?? (INSTITUTION_HEAD.test(name) ? null : outletHeldBy(name));
  if (known) return { name: known.name, known: true };
  // «جريدة الزمن العمانية»: a paper's name its state's adjective closes, which outletHeldBy refused to read as the
  // agency known by the adjective alone («العمانية»): the paper is cited by its name (cited-outlet.ts qualifies a
  // listed namesake).
  const last = words.at(-1) ?? '';
  if (words.length >= 2 && stateOfNisba(last) !== null && outletByName(last) !== null) {
    const bare = words.slice(0, -1).join(' ');
    return words.length > 7 ? null : { name: outletByName(bare)?.name ?? bare, known: outletByName(bare) !== null };
  }
  // «صحيفة يومية»: a masthead's tagline describes the outlet without naming it.
  if (words.length > 6 || !/\p{L}/u.test(name) || isOutletTagline(name)) return null;
  return { name, known: false };
}

/**
 * The outlet the page's header names: its logo or site name on the first line («هسبريس», «الدستور المصرية», an
 * unknown name built like an outlet's when a headline follows), the first item of a menu line at the top, a masthead
 * naming the paper before its editors, an aggregator's breadcrumb naming the source («المغرب / سياسة / هسبريس»), or
 * the site's name on a line of its own lower in the header or after the headline («… | صحيفة عكاظ»).
 */
function headerOutlet(lines: readonly SourceLine[]): string | null {
  const first = lines[0]?.text ?? '';
  const logoName = logoOutlet(first)?.name ?? mastheadOutlet(first) ?? siteNameLine(first)?.name ?? null;
  // An aggregator's logo heads the copies it files: the source is named lower (breadcrumb, «المصدر:»).
  const logo = logoName !== null && isAggregator(logoName) ? null : logoName;
  // «النهار» as the logo, «جريدة النهار المصرية رئيس مجلس الإدارة…» under it: the longer name the masthead prints
  // tells which of the namesakes the page is.
  const longer = logo === null ? null : lines.slice(1, 8).map((l) => mastheadOutlet(l.text)).find((m) => m !== null && m !== logo && lineKey(m).includes(lineKey(first)));
  if (logo) return longer ?? logo;
  // «مؤسسة عدن الغد للإعلام | من نحن | اتصل بنا | آخر تحديث للموقع …»: the menu heading the page names the site first.
  const menu = lines.slice(0, 3).map((l) => menuOutlet(l.text)).find((o) => o !== null && o.aggregator !== true);
  if (menu) return menu.name;
  // «أخبار محلية», «أنباء العالم» are built like outlets' names too, and head a section, not a site; a headline
  // («صوت العقل في زمن الفوضى») is longer than a site's name.
  // «زوعا اورغ/»: a newsroom's dateline mark may trail the name.
  const bare = first.replace(/\s*[/\-–—]\s*$/u, '');
  if (logoName === null && lines.length > 2 && bare.split(/\s+/u).length <= 4 && !/[\p{N}.:،,!؟?]/u.test(bare) && !sectionShaped(bare) && outletShaped(bare)) return outletByName(bare.replace(WEB_SUFFIX, ''))?.name ?? bare.trim();
  for (const line of lines.slice(0, 12)) {
    const named = breadcrumbOutlet(line.text) ?? mastheadOutlet(line.text);
    if (named) return named;
  }
  for (const line of lines.slice(1, 10)) {
    const named = logoOutlet(line.text) ?? headlineSuffixOutlet(line.text) ?? latinSiteLine(line.text);
    if (named && named.aggregator !== true) return named.name;
  }
  return null;
}

/**
 * A known outlet's dateline that overrules a head read from a stem only: «کوردستان» (a section label in Kurdish letters,
 * the stem of «كوردستان 24») heads a page whose dateline says «السليمانية (كوردسات نيوز) –». A stem is a word a
 * label shares; a dateline credit names the newsroom in full. Null when the head is a full name or no dateline differs.
 */
function stemOverruled(lines: readonly SourceLine[], header: string): string | null {
  const first = lines[0]?.text.trim() ?? '';
  if (outletByName(first) !== null || outletStem(first) === null) return null;
  for (const line of lines.slice(1, 12)) {
    const credited = datelineOutlet(line.text)?.known ?? null;
    if (credited !== null && credited.name !== header) return credited.name;
  }
  return null;
}

const HEADLINE_SUFFIX = /^.{10,}?\s+[|\-–—]\s+([^|\-–—]{2,40})$/u;
const SPACED_SEPARATOR = /\s[|\-–—]\s/u;

/** The known outlet a headline names after a bar or dash: «مجلس الشورى يطالب بتسريع … | صحيفة عكاظ». */
export function headlineSuffixOutlet(line: string): KnownOutlet | null {
  // «المصدر: CNBC عربية - رويترز»: a credit's parts, the site's and the wire's, are no headline and its site.
  if (isSourceLine(line)) return null;
  const trimmed = line.trim();
  // The bar or dash stands between spaces: a line without that is not asked the lazy pattern, which tries every
  // length of the headline before it (this reader is asked of every line of the head and the foot).
  if (!SPACED_SEPARATOR.test(trimmed)) return null;
  const m = HEADLINE_SUFFIX.exec(trimmed);
  return m ? outletByName(m[1] ?? '') : null;
}

// «جميع الحقوق محفوظة لـ X», «… ل X», «… للشروق», «حقوق النشر محفوظة لموقع X»: the reservation and the preposition
// after it, which belongs to the clause and not to the holder's name («لوسيل», «ليبيا المستقبل» open with «ل»).
const RESERVED_FOR = /(?:(?:جميع|كل)\s+الحقوق\s+محفوظ[ةه]|حقوق\s+(?:النشر|الطبع)(?:\s+محفوظ[ةه])?)(?:[\s,،.:\-–—|©]*(لـ+\s*|ل\s+|ل(?=\p{L})))?/gu;

/**
 * What stands for a preposition glued to the holder's name: «لـ» before the article writes «لل», so «للشروق» is
 * «الشروق» — unless the list knows the name with its own «ل» («للوسيل» is «لـ» and «لوسيل»).
 */
function gluedHolderOpening(after: string): '' | 'ا' {
  if (!after.startsWith('ل')) return '';
  const name = after.split(/\s+[-–—|]\s+|[.,،]/u)[0]?.trim() ?? '';
  return outletByName(name) === null ? 'ا' : '';
}

// «© لموقع X», «© لصحيفة X»: an outlet noun after the «ل» makes it the clause's preposition, as «محفوظة لموقع X» does.
const OUTLET_NOUN_OPENING = new RegExp(`^${nounAlternation(OUTLET_NOUNS)}(?=\\s|$)`, 'u');

/**
 * Whether a «ل» read after a reserved clause opens the holder's name: after the mark («محفوظة © لبنان»), unless it
 * writes «لل» («© للجزيرة») or an outlet noun follows it («© لموقع X»).
 */
function ownFirstLetter(clause: string, after: string): boolean {
  return clause.includes('©') && !after.startsWith('ل') && !OUTLET_NOUN_OPENING.test(after);
}

/** The holder a copyright line names: «© 2025 X», «جميع الحقوق محفوظة لـ X», «Copyright 2025 X. All rights reserved». */
export function copyrightHolder(line: string): string | null {
  return copyrightClaim(line)?.holder ?? null;
}

// «… مقدم من X», «… Provided by X»: the provider's clause closing a copyright line, its name at most four words.
const PROVIDED_BY = /(?:^|[\s.،,])(?:مقدم|مقدّم|مقدمة|مقدّمة)\s+من\s+([\p{L}\p{N}][\p{L}\p{N}\p{M} .&'-]{1,40}?)[\s.]*$|(?:^|[\s.,])provided\s+by\s+([\p{L}\p{N}][\p{L}\p{N}\p{M} .&'-]{1,40}?)[\s.]*$/iu;

/** The holder a copyright line names, and whether it names it as a company (COMPANY_WORD), or null. */
export function copyrightClaim(text: string): { holder: string; company: boolean } | null {
  if (!COPYRIGHT.test(text) || isPhotoCreditMark(text)) return null;
  // «كل المواد المنشورة في الموقع © صدى المدينة»: the words before the mark describe the site; the name follows it.
  const siteOwner = siteOwnerAfterMark(text);
  // «حقوق النشر 2026 شركة X. جميع الحقوق محفوظة. مقدم من ZAWYA»: a press release carries its issuer's copyright, and
  // the platform that runs it closes the line as its provider; the provider is the page's outlet.
  const provided = siteOwner === null ? PROVIDED_BY.exec(text) : null;
  const provider = (provided?.[1] ?? provided?.[2])?.trim();
  if (provider !== undefined && provider.length >= 2) return { holder: provider, company: false };
  const line = siteOwner === null ? text : `© ${siteOwner}`;
  // The mark stays («©») until the reserved clause is read: «محفوظة © لبنان الكبير» names its holder after the mark,
  // and a «ل» glued to it is the name's first letter, not «محفوظة لـ»'s preposition («محفوظة © لـ X» keeps its «لـ» one).
  const unmarked = line
    .replace(/all rights reserved\.?/giu, ' ')
    .replace(/copyright|©|\(c\)/giu, ' © ')
    .replace(COPYRIGHT_YEARS, ' ');
  let rest = unmarked
    .replace(RESERVED_FOR, (clause: string, preposition: string | undefined, offset: number) =>
      preposition !== 'ل' ? ' ' : ownFirstLetter(clause, unmarked.slice(offset + clause.length)) ? ' ل' : ` ${gluedHolderOpening(unmarked.slice(offset + clause.length))}`,
    )
    .replace(/©/gu, ' ')
    // «© 2026 كورابيا - جميع الحقوق محفوظة»: the reserved clause gone, the dash that stood before it closes the name.
    .replace(/^[\s\-–—|:،,.]+|[\s\-–—|:،,]+$/gu, '');
  // «شركة إرم ميديا - Erem Media FZ LLC»: the company word and the legal tail are not the outlet's name.
  const segments = rest.split(/\s+[-–—|]\s+/u).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  rest = (segments.find((s) => /\p{Script=Arabic}/u.test(s)) ?? segments[0] ?? '').replace(LEGAL_WORDS, ' ');
  // The words a holder is named a company by («لشركة الوسط للإعلام», «مؤسسة X للصحافة»): the publisher, not the masthead.
  const company = PUBLISHER_HEAD.test(rest);
  rest = rest.replace(PUBLISHER_HEAD, '').replace(/\s+/gu, ' ').trim();
  // «العرب في بريطانيا AUK»: the Latin initials a site prints after its Arabic name are its logo's, not the name's.
  rest = withoutLogoInitials(rest);
  return rest.length >= 2 ? { holder: rest, company } : null;
}

// Latin initials closing a name: 2 to 6 capitals after white space, then only white space or dots.
const CLOSING_INITIALS = /\s+[A-Z]{2,6}[\s.]*$/u;

/**
 * `name.replace(/^(.*\p{Script=Arabic}.*?)\s+[A-Z]{2,6}[\s.]*$/u, '$1')` (`name` on one line), in one pass: that
 * pattern backtracks over every Arabic letter and tries each later place, quadratic in a long line. The initials hold
 * no Arabic letter, so the place they start is after the name's last one: the first place they can start at, when
 * the name holds an Arabic letter.
 */
export function withoutLogoInitials(name: string): string {
  const initials = CLOSING_INITIALS.exec(name);
  return initials !== null && /\p{Script=Arabic}/u.test(name) ? name.slice(0, initials.index) : name;
}

/** The outlet a donation appeal names: «ادعم عنب بلدي», «Support X». */
export function donationOutlet(line: string): string | null {
  const m = /^(?:ادعم|ادعموا|support)\s+(.{2,40})$/iu.exec(line.trim());
  if (!m) return null;
  const first = lineKey(m[1] ?? '').split(' ')[0] ?? '';
  return GENERIC_SUPPORT.has(first) ? null : (m[1] ?? null);
}

/** The agency a wire dateline names at the start of the story: «بيروت (رويترز) -», «القاهرة - (أ ف ب) -». */
export function datelineAgency(line: string): string | null {
  const found = datelineOutlet(line);
  return found?.known?.kind === 'agency' ? found.name : null;
}

/**
 * The outlets the text names as the one it is talking to: «في تصريحات لـ"إرم نيوز"», «قال للعربي الجديد».
 * Only known outlets count, and only with the preposition on the name itself: «لقناة الجزيرة» cites another outlet.
 */
export function selfReferences(text: string): string[] {
  const out: string[] = [];
  for (const m of findOutletMentions(text)) {
    // «لوكالة الأناضول», «لقناة الجزيرة»: an outlet-type word names someone else's outlet.
    if (OUTLET_NOUN_START.test(lineKey(text.slice(m.start, m.end)))) continue;
    // «وقال مسؤول لرويترز إن…»: papers everywhere quote what was told to the wires; a wire's own copy says so in its
    // dateline or credit instead.
    if (m.outlet.kind === 'agency') continue;
    const before = text.slice(Math.max(0, m.start - 8), m.start);
    if (m.attachedLam || /(?:^|[^\p{L}])ل[\u0640\s"'“”«»‘’]*$/u.test(before)) out.push(m.outlet.name);
  }
  return out;
}

// «قال … لـ"التغيير"», «في تصريحات خاصة إلى «بوابة الوسط»»: a quoted name the story says it was told things by.
// Curly quotes come either way round: right-to-left typing often opens with «”» and closes with «“» («لـ”الصباح”»).
// (The letter before is tested apart: a look-behind at every lam of a story costs more than the rest of the search.)
const QUOTED_TO = /(لـ|ل|إلى|الى)[\s\u0640]*[«"“”(]([^«»"“”()\n]{2,30})[»"”“)]/gu;
// «إلى» takes a statement given to someone («تصريحات خاصة إلى «…»»), not any verb («أضافت الحكومة إلى "القائمة"»).
const STATEMENT = /(?:تصريح|تصريحات|حديث|حديثه|حديثها|مقابلة)(?:\s+(?:خاص|خاصة|صحفي|صحافي|صحفية|صحافية))?\s*$/u;
const TOLD = /(?:قال|قالت|أكد|أكدت|اكد|أوضح|أوضحت|اوضح|صرح|صرحت|أفاد|أفادت|كشف|كشفت|أضاف|أضافت|تصريح|تصريحات|حديث|حديثه|حديثها|مقابلة|حوار)/u;

/**
 * The outlets a story says it was told things by, named in quotes even when the gazetteer does not know them:
 * «وقال أحد الأعضاء لـ"التغيير" إن…». The quoted name must follow a verb or noun of telling in the same stretch.
 */
export function quotedSelfReferences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED_TO)) {
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1] ?? '')) continue;
    const name = (m[2] ?? '').trim();
    if (name.split(/\s+/u).length > 4 || /\p{N}/u.test(name) || !/\p{L}/u.test(name)) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index).split(/[.!؟?\n]/u).at(-1) ?? '';
    if (/^(?:إلى|الى)$/u.test(m[1] ?? '') ? !STATEMENT.test(before) : !TOLD.test(before)) continue;
    out.push(outletInSlot(name)?.name ?? name);
  }
  return out;
}

function mostFrequent(names: string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = name;
  return best;
}

/**
 * The article's outlet, by the strongest evidence: declared metadata; the page's own copyright line or donation
 * appeal (explicit); then, as inferences, the URL's or file name's web domain; the page's header (logo, masthead,
 * aggregator's breadcrumb, the site's name lower in the header or after the headline) and footer («للمزيد: موقع …»);
 * the outlet a byline pairs with the writer, a «X | وكالات» credit or an aggregator's origin line; a newsroom's
 * signature with its handle above the story («رووداو ديجيتال @Rudaw_Arabic»); a dateline
 * («بيروت (رويترز) -», «بيروت - «الأخبار»», «شفق نيوز/ البصرة», «الأخبار (نواكشوط) –», one glued to a caption, one
 * with the date in its brackets); the
 * outlet the story says it was told things by (known, else quoted; never a wire agency); the outlet a photo caption
 * credits; a closing credit («— رويترز») or a source line anywhere («المصدر/ أ.ش.أ», «نقلاً عن …»). An aggregator
 * (its domain, copyright or logo) is the outlet only when nothing names the source of its copy.
 */
export function detectOutlet(raw: RawDocument, lines: readonly SourceLine[]): Detected<string> {
  const { value, basis } = cuedOutlet(raw, lines);
  return value === null ? UNKNOWN : outletNamesake(raw, lines, { value, basis });
}

/** Which reader of the page gave its outlet: the evidence detectOutlet ranks (see there), named for measuring it. */
export type OutletCue =
  | 'declared' | 'aggregator-copyright' | 'copyright' | 'donation' | 'url-path' | 'host' | 'title-tag' | 'slot' | 'host-fallback'
  | 'aggregator-logo' | 'forwarded' | 'header' | 'footer' | 'feed' | 'byline-credit' | 'handle' | 'dateline' | 'own-dateline'
  | 'dateline-byline' | 'bracket-dateline' | 'bulletin' | 'carried' | 'glued-dateline' | 'shaped-dateline' | 'self-reference'
  | 'caption' | 'closing-credit' | 'source-line' | 'closing-source' | 'carried-origin' | 'host-masthead';

/** An outlet read by the rules with the cue that gave it (`none` when no cue named one). */
export type CuedOutlet = Detected<string> & { cue: OutletCue | 'none' };

/** The rules' outlet before a namesake is told apart, with the cue that gave it: what `npm run outlet-cues` groups. */
export function cuedOutlet(raw: RawDocument, lines: readonly SourceLine[]): CuedOutlet {
  const read = outletOfPage(raw, lines);
  const origin = carriedOrigin(lines, read);
  return origin === null ? read : { value: origin, basis: 'inferred', cue: 'carried-origin' };
}

// The cues that read a credit under or over the story: the wire a site rewrote is credited there as well as its own copy.
const CREDIT_CUES: ReadonlySet<OutletCue | 'none'> = new Set(['source-line', 'closing-credit', 'closing-source', 'own-dateline', 'dateline']);

// The page's furniture: on a site that carries other papers' copy it names the carrier, not the copy's paper.
const FURNITURE_CUES: ReadonlySet<OutletCue | 'none'> = new Set(['copyright', 'header', 'own-dateline', 'slot', 'footer']);
const WIRES = /وكالات|متابعات|agencies/iu;

/**
 * The paper a carried copy credits over the furniture's name for the carrier: «المصدر: صحيفة X» under a story on a
 * portal whose header, copyright or dateline names the portal. Not a wire's credit (a site rewrites the wires under
 * its own name: «المصدر: رويترز», «X - وكالات»), nor an aggregator's. On the studied sets the credit was right 4 times
 * where the furniture was wrong, the furniture right where the credit was a wire's (2), never otherwise; the same on
 * untouched-13 before it was studied (1 to 0).
 */
function carriedOrigin(lines: readonly SourceLine[], read: CuedOutlet): string | null {
  if (read.value === null || !FURNITURE_CUES.has(read.cue) || translatedPage(lines)) return null;
  let credit: string | null = null;
  for (let i = lines.length - 1; i >= 0 && credit === null; i--) credit = sourceLineOutlet(lines[i]?.text ?? '');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 4) && credit === null; i--) credit = closingSourceName(lines[i]?.text ?? '');
  if (credit === null || !creditsPaper(credit)) return null;
  const known = outletByName(credit);
  // «صحيفة X» over «X»: one outlet named twice.
  const [a, b] = [lineKey(credit), lineKey(read.value)];
  return a.includes(b) || b.includes(a) || (known !== null && known === outletByName(read.value)) ? null : credit;
}

/**
 * Whether a source line's credit (sourceLineOutlet, closingSourceName) may name the paper a carried copy comes from:
 * not a wire's credit («وكالات», «متابعات»), nor an agency's or an aggregator's (a site rewrites those under its own
 * name). The rules' carriedOrigin asks it, and the outlet chooser's «carried» feature (outlet-candidates.ts).
 */
export function creditsPaper(credit: string): boolean {
  if (WIRES.test(credit)) return false;
  const known = outletByName(credit);
  return known?.kind !== 'agency' && known?.aggregator !== true;
}

// «ترجمة الحدث», «ترجمات», «ترجمة: فلان», «مترجم عن …»: a label of the page's head saying the story is translated.
const TRANSLATION_MARK = /^(?:ترجمة|ترجمه|ترجمات|مترجم|مترجمة|translated|translation)(?:\s|[:：]|$)/iu;

/**
 * Whether the page's head (its first dozen lines) marks the story as its own translation: the credit under a translated
 * story names the original («المصدر: يديعوت أحرونوت»), and the page's outlet is the one that translated it.
 */
export function translatedPage(lines: readonly SourceLine[]): boolean {
  return lines.slice(0, 12).some((l) => spaceSplitCount(l.text, 6) <= 5 && TRANSLATION_MARK.test(l.text.trim()));
}

/**
 * The namesake of the state the page belongs to, for an outlet read on it (`found`): the hosts' country for a listed
 * outlet, the country of the page's places for a name the list knows only with its country. `found` when neither tells.
 */
export function outletNamesake(raw: RawDocument, lines: readonly SourceLine[], found: Detected<string>): Detected<string> {
  if (found.value === null) return found;
  const known = outletByName(found.value);
  if (known !== null) {
    // «الصباح» on a page whose hosts end in .ly: a namesake of another state than the list's «الصباح العراقية».
    const namesake = found.basis === 'explicit' || outletCountry(known) === null ? null : hostNamesake(known, `${raw.declared.url ?? ''}\n${raw.file}\n${raw.text}`, outletOfCountry);
    return namesake === null ? found : { value: namesake, basis: found.basis };
  }
  // «© الدستور» on a page from Giza: a name the gazetteer knows only with its country («الدستور المصرية»,
  // «الدستور الأردنية») is the namesake of the country the page's places lie in.
  const country = pageCountry(lines.map((l) => l.text).join('\n'));
  const namesake = country === null ? null : (outletOfCountry(found.value, country) ?? shortFormOfState(found.value, country));
  return namesake === null ? found : { value: namesake.name, basis: found.basis };
}

function outletOfPage(raw: RawDocument, lines: readonly SourceLine[]): CuedOutlet {
  const declared = raw.declared.outlet?.trim();
  if (declared) return { value: asOutlet(declared)?.name ?? declared, basis: 'explicit', cue: 'declared' };

  // An aggregator signs its own pages (copyright, logo) around the copies it files: its name is the last resort.
  let aggregator: CuedOutlet | null = null;
  // «© جميع الحقوق محفوظة لشركة الوسط للإعلام» under a page whose masthead and dateline print «بوابة الوسط»: a
  // company the list does not know publishes the site; the outlet the page's text names, when the list knows it as
  // one, is the site itself. The company stands where the text names none.
  let company: CuedOutlet | null = null;
  for (const line of lines) {
    const claim = copyrightClaim(line.text);
    const outlet = claim === null ? null : asOutlet(claim.holder);
    if (outlet && isAggregator(outlet.name)) aggregator ??= { value: outlet.name, basis: 'explicit', cue: 'aggregator-copyright' };
    else if (outlet && claim?.company === true && !outlet.known) company ??= { value: paperOfHouse(claim.holder, lines) ?? outlet.name, basis: 'explicit', cue: 'copyright' };
    else if (outlet) return { value: outlet.name, basis: 'explicit', cue: 'copyright' };
  }
  for (const line of lines) {
    const named = donationOutlet(line.text);
    const outlet = named === null ? null : asOutlet(named);
    if (outlet) return { value: outlet.name, basis: 'explicit', cue: 'donation' };
  }
  // An address the page prints over its head without a scheme («gulf24.today/Post/…») is its URL too.
  const url = raw.declared.url ?? lines.map((l) => /(?:https?:\/\/|www\.)[^\s"'<>]+/iu.exec(l.text)?.[0]).find((u) => u !== undefined) ?? pageHost(lines) ?? undefined;
  const byUrl = url === undefined ? null : outletByDomain(url);
  const byFile = outletByDomain(fileName(raw.file));
  // An aggregator's copy names its source in the URL's path, or in the page (breadcrumb, «المصدر:»); the aggregator
  // itself is the outlet only when nothing does.
  const copied = url !== undefined && byUrl?.aggregator === true ? aggregatedSourceOfUrl(url) : null;
  if (copied) return { value: copied.name, basis: 'inferred', cue: 'url-path' };
  const site = byUrl ?? byFile;
  if (site !== null && site.aggregator !== true) return { value: site.name, basis: 'inferred', cue: 'host' };
  const found = outletInText(lines);
  // «المصدر: واس» under a story on a site whose masthead its host spells («أملاك», amlak.net.sa): the wire credited
  // for what the site rewrote is a source, the masthead the site.
  const masthead = found !== null && CREDIT_CUES.has(found.cue) && outletByName(found.value ?? '')?.kind === 'agency' ? hostSpelledMasthead(lines, url) : null;
  if (masthead !== null) return { value: asOutlet(masthead)?.name ?? masthead, basis: 'inferred', cue: 'host-masthead' };
  if (company !== null && (found === null || outletByName(found.value ?? '')?.kind !== 'outlet')) return company;
  if (found) return found;
  // «بلقيس | headline» in the title tag over a page that prints the headline alone: the site names itself there.
  const titled = raw.declared.title === undefined ? null : titleSiteName(raw.declared.title, raw.text);
  if (titled !== null) return { value: asOutlet(titled)?.name ?? titled, basis: 'inferred', cue: 'title-tag' };
  // Nothing the list knows: a name standing where only an outlet stands is read as the outlet (see slot-outlet.ts).
  const bySlot = outletBySlot(lines, url);
  if (bySlot) return { value: bySlot.name, basis: 'inferred', cue: 'slot' };
  if (site !== null) return { value: site.name, basis: 'inferred', cue: 'host-fallback' };
  if (aggregator !== null) return aggregator;
  const logo = [lines[0], lines[1]].map((l) => logoOutlet(l?.text)).find((o) => o?.aggregator === true);
  // A host the page prints and nothing else is not read as its outlet: on the studied sets a reader names such a
  // page by its Arabic name far more often than by its host (read as the outlet, the host was right on 2 pages and
  // wrong on 11).
  return logo === undefined || logo === null ? { ...UNKNOWN, cue: 'none' } : { value: logo.name, basis: 'inferred', cue: 'aggregator-logo' };
}

/**
 * The paper a publishing house is named for, when the page prints it: «مؤسسة الشبيبة للصحافة والنشر» in the footer of
 * a page whose masthead is «الشبيبة» on a line of its own. The house's name without its trade (PUBLISHER_TAIL) must
 * stand alone on a line: a house may publish a site under another name («مؤسسة الأثر للإعلام» and «أثر برس»), and
 * then it is the house that stands where the text names no outlet.
 */
function paperOfHouse(holder: string, lines: readonly SourceLine[]): string | null {
  const paper = holder.replace(PUBLISHER_TAIL, '').trim();
  if (paper === holder || paper.length < 2) return null;
  const key = lineKey(paper);
  return lines.some((l) => lineKey(l.text) === key) ? paper : null;
}

function isAggregator(name: string): boolean {
  return outletByName(name)?.aggregator === true;
}

/** The outlet the page's text names (see detectOutlet for the order of the evidence), or null. */
function outletInText(lines: readonly SourceLine[]): CuedOutlet | null {
  // «Forwarded from X» over a post: X published it, whatever group or channel the page shows it in.
  const forwarded = forwardedChannel(lines);
  if (forwarded !== null) return { value: asOutlet(forwarded)?.name ?? forwarded, basis: 'inferred', cue: 'forwarded' };
  const header = headerOutlet(lines);
  const headed = header === null ? null : (stemOverruled(lines, header) ?? header);
  // The page's header may carry the masthead's tagline where a name stands (see isOutletTagline): the footer, the
  // feed and the dateline are asked next.
  if (headed && !isOutletTagline(headed)) return { value: headed, basis: 'inferred', cue: 'header' };
  // «للمزيد: موقع X، تابعنا على X», «The post … first appeared on X»: the page's footer sends the reader to itself.
  for (const line of lines.slice(-12).reverse()) {
    const named = footerOutlet(line.text) ?? latinSiteLine(line.text)?.name ?? null;
    if (named) return { value: named, basis: 'inferred', cue: 'footer' };
  }
  // A feed read as text: «The post X appeared first on Y.», «Name, Author at Y https://…».
  for (const line of lines) {
    const site = feedPost(line.text)?.site ?? authorAt(line.text)?.site;
    if (site !== undefined && site.length > 0) return { value: outletInSlot(site)?.name ?? site, basis: 'inferred', cue: 'feed' };
  }
  for (const line of lines.slice(0, 12)) {
    const named = bylineOutlet(line.text) ?? wireCreditOutlet(line.text) ?? aggregatedOrigin(line.text);
    if (named) return { value: named, basis: 'inferred', cue: 'byline-credit' };
  }
  // «رووداو ديجيتال @Rudaw_Arabic» above the story signs the newsroom's copy; in the story a handle is someone else's.
  const storyAt = lines.findIndex((l) => spaceSplitCount(l.text, 12) >= 12);
  for (const line of lines.slice(0, storyAt < 0 ? 12 : Math.min(storyAt, 12))) {
    const signed = newsroomHandleOutlet(line.text);
    if (signed) return { value: signed.name, basis: 'inferred', cue: 'handle' };
  }
  for (const line of lines.slice(0, 12)) {
    const dateline = datelineOutlet(line.text);
    if (dateline) return { value: dateline.name, basis: 'inferred', cue: 'dateline' };
    const own = ownDateline(line.text);
    if (own) return { value: own.outlet.name, basis: 'inferred', cue: 'own-dateline' };
    // «طرابزون/ فلان الفلاني/ الأناضول افتتحت…»: the agency after the writer in the dateline.
    const signed = datelineByline(line.text)?.agency;
    if (signed) return { value: signed.name, basis: 'inferred', cue: 'dateline-byline' };
    const bracketed = bracketDatelineOutlet(line.text);
    if (bracketed) return { value: bracketed, basis: 'inferred', cue: 'bracket-dateline' };
  }
  // «مقدمة نشرة أخبار المنار الرئيسية», «موجز الأخبار على نشرة (كونا)»: a bulletin's page names its owner at the top.
  const owner = bulletinOwnerOfPage(lines.map((l) => l.text));
  if (owner) return { value: owner.name, basis: 'inferred', cue: 'bulletin' };
  // «نشر في واس يوم …» under an aggregator's copy, «القاهرة: خاص قوون» over a paper's own story.
  for (const line of lines) {
    const carried = carriedCredit(line.text);
    if (carried) return { value: carried, basis: 'inferred', cue: 'carried' };
  }
  for (const line of lines.slice(0, 12)) {
    const glued = gluedDatelineAgency(line.text);
    if (glued) return { value: glued.name, basis: 'inferred', cue: 'glued-dateline' };
  }
  for (const line of lines.slice(0, 12)) {
    // «صحيفة يومية - حيفا - تأسست عام 1944» is built like «name - place -»: a masthead's tagline, not a newsroom.
    const shaped = shapedDatelineOutlet(line.text);
    if (shaped && !isOutletTagline(shaped)) return { value: shaped, basis: 'inferred', cue: 'shaped-dateline' };
  }
  const self = mostFrequent(lines.flatMap((l) => selfReferences(l.text))) ?? mostFrequent(lines.flatMap((l) => quotedSelfReferences(l.text)));
  if (self) return { value: self, basis: 'inferred', cue: 'self-reference' };
  for (const line of lines.slice(0, 12)) {
    const credited = captionCreditOutlet(line.text);
    if (credited) return { value: credited.name, basis: 'inferred', cue: 'caption' };
  }
  for (const line of lines.slice(-5).reverse()) {
    const known = closingCreditOutlet(line.text);
    if (known) return { value: known.name, basis: 'inferred', cue: 'closing-credit' };
  }
  // Aggregators print «المصدر: لبنان 24» under the story and their own related links below it; some print it under
  // the headline. Agencies sign with their initials («المصدر/ أ.ش.أ»).
  for (const line of [...lines].reverse()) {
    const named = sourceLineOutlet(line.text);
    if (named) return { value: named, basis: 'inferred', cue: 'source-line' };
  }
  // «المصدر: العربي اليوم» closing the page: at the end, a name the list lacks counts on its own.
  for (const line of lines.slice(-4).reverse()) {
    const named = closingSourceName(line.text);
    if (named) return { value: named, basis: 'inferred', cue: 'closing-source' };
  }
  return null;
}
