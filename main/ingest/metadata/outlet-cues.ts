import { isLanguageMenu } from './language-menu.ts';
import type { KnownOutlet } from './known-outlets.ts';
import { findOutletMentions, outletByName, outletInSlot, outletStem } from './known-outlets.ts';
import { parseCredits, parseOutletByline } from './byline.ts';
import { signedSlotOutlet } from './signed-slot-outlet.ts';
import { cityNewsroomShaped, outletShaped } from './outlet-shape.ts';
import { creditParts } from './credit-parts.ts';
import { nounAlternation, OUTLET_NOUNS, SITE_DESCRIPTORS } from './outlet-nouns.ts';
import { isDateLabelWord } from './dateline.ts';
import { isKnownPlace, placeState } from './known-places.ts';
import { outletOfCountry } from './known-outlets.ts';
import { spaceSplitCount } from '../../text/arabic/index.ts';

/**
 * The known outlet a credit names: the whole text, else the text without its brackets or the name inside them
 * («وكالة الأنباء الأردنية (بترا)», «Agence France-Presse (AFP)»).
 */
export function outletNamed(text: string): KnownOutlet | null {
  const whole = outletByName(text);
  if (whole) return whole;
  const inner = /\(([^()]{2,40})\)/u.exec(text)?.[1];
  const outer = text.replace(/\([^()]*\)/gu, ' ').trim();
  return (outer.length > 1 ? outletByName(outer) : null) ?? (inner === undefined ? null : outletByName(inner));
}

// A bracketed name in a story's opening dateline: «(رويترز)», ««الأخبار»», «/ وام /».
const GROUP = /[(«"“]\s*([^()«»"“”/]{2,30}?)\s*[)»"”]|\/\s*([^/()«»]{2,30}?)\s*\//gu;
const SENTENCE_PUNCT = /[.،,؛;!؟?]/u;

/**
 * The outlet a wire or newspaper dateline names at the start of a line: «بيروت (رويترز) -»,
 * «البصرة (العراق) – (أ ف ب) –», «أبوظبي في 12 يناير / وام /», «الرياض - واس -», and a paper's own
 * «بيروت - «الأخبار»», which names the paper even when the gazetteer does not know it.
 */
export function datelineOutlet(line: string): { name: string; known: KnownOutlet | null } | null {
  const head = line.trim().slice(0, 90);
  for (const m of head.matchAll(GROUP)) {
    const before = head.slice(0, m.index).trim();
    if (before.length === 0 || SENTENCE_PUNCT.test(before) || before.split(/\s+/u).length > 6 || !/\p{L}/u.test(before)) return null;
    const after = line.trim().slice(m.index + m[0].length);
    const slashed = m[2] !== undefined;
    const inner = (m[1] ?? m[2] ?? '').trim();
    const known = outletNamed(inner) ?? (slashed ? outletInSlot(inner.replace(/^خاص\s+/u, '')) : null);
    if (slashed) {
      // «أبوظبي في 12 يناير / وام /» names an agency; «غزة / سما /», «غزة/خاص سما/» a newsroom after its place.
      if (known?.kind === 'agency' || (known !== null && isKnownPlace(before))) return { name: known.name, known };
      continue;
    }
    if (!/^\s*(?:[-–—:]|$)/u.test(after)) continue;
    // «الأخبار (نواكشوط) –»: the newsroom, then its place in brackets; the place's country tells namesakes apart.
    const state = known === null && /^\s*[-–—]/u.test(after) ? placeState(inner) : null;
    if (state !== null && before.split(/\s+/u).length <= 3) {
      const own = outletOfCountry(before, state) ?? outletByName(before);
      if (own !== null && (own.country === undefined || own.country === state)) return { name: own.name, known: own };
    }
    if (known) return { name: known.name, known };
    // «بيروت - «الأخبار»»: a quoted name right after the place and a dash is the paper's own dateline.
    const quoted = m[0].startsWith('«') || m[0].startsWith('"') || m[0].startsWith('“');
    if (quoted && /[-–—:]$/u.test(before) && before.split(/\s+/u).length <= 3 && inner.split(/\s+/u).length <= 4 && /\p{L}/u.test(inner)) {
      return { name: inner, known: null };
    }
  }
  // «الرياض - واس -», «بيت لحم- معا-»: between the dashes stands the newsroom, also under its bare name.
  const bare = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*[-–—:]\s*([^-–—:]{2,30}?)\s*[-–—:]/u.exec(head);
  const between = bare && !INSTITUTION.test(bare[1] ?? '') ? outletInSlot(bare[2] ?? '') : null;
  return between ? { name: between.name, known: between } : null;
}

// «جامعة السلطان قابوس - الأخبار - …»: an institution's title tag, its site name and a section, is no dateline — the
// words before the dash name the publisher, not a place, and the section after it («الأخبار») no newsroom.
const INSTITUTION = /^(?:جامعة|جامعه|وزارة|وزاره|سفارة|سفاره|هيئة|هيئه|مؤسسة|مؤسسه|مجلس|بلدية|بلديه|مركز|بنك|اتحاد|نقابة|نقابه|كلية|كليه|معهد)\s/u;
const EXCLUSIVE = /^(?:خاص|حصري|حصريا|خاص\s+ب|exclusive)\s*[-–—:：|]\s*/iu;
const OWN_DATELINE = /^([^-–—/:|()«»"“”]{2,40}?)\s*[-–—/:：]\s*(.*)$/u;

/**
 * A newsroom's own dateline: outlet and place either way round on a line of their own («بغداد اليوم - بغداد»,
 * «شفق نيوز/ البصرة», «دمشق-سانا»), or the outlet's name opening the lede («عمون - حددت الوزارة…»,
 * «شفق نيوز/ أعلنت…»). `whole` says the line is only the dateline. Only known outlets count: «الخرطوم: فلان» is a
 * place and a writer.
 */
export function ownDateline(line: string): { outlet: KnownOutlet; whole: boolean } | null {
  // «خاص- الإمارات نيوز افتتح…», «حصري - …»: after an exclusivity mark the newsroom's name opens the lede.
  const unmarked = line.trim().replace(EXCLUSIVE, '');
  if (unmarked !== line.trim()) {
    const first = findOutletMentions(unmarked)[0];
    if (first !== undefined && first.start === 0) return { outlet: first.outlet, whole: unmarked.slice(first.end).trim().length === 0 };
  }
  const dotted = dottedDateline(unmarked);
  if (dotted !== null) return { outlet: dotted, whole: true };
  const m = OWN_DATELINE.exec(unmarked);
  if (!m) return null;
  const first = (m[1] ?? '').trim();
  const rest = (m[2] ?? '').trim();
  if (rest.length === 0) return null;
  const short = (t: string): boolean => t.split(/\s+/u).length <= 3 && !/[.،,؛!؟?]/u.test(t);
  // Before a dash the newsroom may go by its bare name («اخبار البلد - أصدر…»); before a colon a bare name is more
  // often a word of the headline («البيان: …»).
  const dashed = /^[^-–—]*[-–—]/u.test(unmarked.slice(0, first.length + 3));
  // «الرياض - فلان - 10:45 ص»: a place the gazetteer knows is the place, even when a paper bears its name bare
  // («جريدة الرياض»); the paper's full name still counts.
  const outlet = dashed && !isKnownPlace(first) ? outletInSlot(first) : outletByName(first);
  if (outlet) return { outlet, whole: short(rest) && outletByName(rest) === null };
  if (!short(first) || INSTITUTION.test(first)) return null;
  // After the place («بغداد/المسلة:», «بيت لحم - معا -») stands the newsroom, also under its bare name.
  const second = /^([^-–—/:：|]{2,40}?)\s*(?:[-–—:：]\s*(.*))?$/u.exec(rest);
  const named = second ? outletInSlot(second[1] ?? '') : null;
  if (named) return { outlet: named, whole: (second?.[2] ?? '').trim().length === 0 };
  // «برلين - سكاي نيوز عربية توقفت حركة…»: a known newsroom right after a known place, glued to the lede's first word.
  const lead = isKnownPlace(first) ? findOutletMentions(rest)[0] : undefined;
  if (lead !== undefined && lead.start === 0) return { outlet: lead.outlet, whole: false };
  // «دمشق-سانا 3 كانون الأول»: place, newsroom and the date on one line; the newsroom ends where the date starts.
  const words = rest.split(/\s+/u);
  let dateAt = words.findIndex((w) => /^\p{N}/u.test(w));
  while (dateAt > 1 && isDateLabelWord(words[dateAt - 1] ?? '')) dateAt--; // «… بوابة الوسط الخميس 05 مايو 2016»
  const dated = dateAt >= 1 && dateAt <= 3 ? outletInSlot(words.slice(0, dateAt).join(' ')) : null;
  return dated ? { outlet: dated, whole: false } : null;
}

// «زنقة 20 . الدار البيضاء»: a line of two short parts around a dot with a space either side.
const DOTTED = /^([^.،,؛:!؟?]{2,30}?)\s+[.·•]\s+([^.،,؛:!؟?]{2,30})$/u;

/**
 * A newsroom's dateline written with a spaced dot for its dash, outlet and place either way round («زنقة 20 . الدار
 * البيضاء», «الرباط . هسبريس»). A dot ends sentences too, so only a line of the two parts alone is read, each of three
 * words at most, one a listed outlet by its full name and the other a place the gazetteer knows.
 */
function dottedDateline(line: string): KnownOutlet | null {
  const m = DOTTED.exec(line);
  if (!m) return null;
  const parts = [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
  if (parts.some((p) => p.split(/\s+/u).length > 3)) return null;
  const [a = '', b = ''] = parts;
  const first = outletByName(a);
  if (first !== null && isKnownPlace(b)) return first;
  const second = outletByName(b);
  return second !== null && isKnownPlace(a) ? second : null;
}

/**
 * The page's own name printed above everything else (the logo's text, or its alt text «شعار قناة الحرة», «logo
 * X», or the site's title «الموقع الرسمي لجريدة عُمان - محليات»): a line that is a known outlet, with a section after a
 * dash allowed.
 */
export function logoOutlet(firstLine: string | undefined): KnownOutlet | null {
  // A language switcher's «العربية» is the page's language, not the channel (language-menu.ts).
  if (firstLine === undefined || isLanguageMenu(firstLine)) return null;
  const text = firstLine
    .trim()
    .replace(/^(?:شعار|لوغو|لوجو|logo)\s+/iu, '')
    .replace(/\s+(?:logo|شعار)$/iu, '')
    // «الموقع الرسمي لجريدة عُمان - محليات»: the site's title names it, then the section.
    .replace(/^(?:ال)?موقع\s+(?:ال)?رسمي\s+ل(?:ـ\s*)?/u, '');
  const site = text.split(/\s+[-–—|]\s+/u)[0] ?? text;
  if (site.split(/\s+/u).length > 5) return null;
  // «موقع صدى البلد الإخباري», «هسبريس الإلكترونية»: the site's name with the words that say what kind of site it is.
  return outletByName(site) ?? outletByName(site.replace(SITE_DESCRIPTOR, '')) ?? taglinedOutlet(text);
}

// «jo24_banner», «logo-aljamhour»: the logo image's file name or alt text a copied page keeps where the logo stood;
// the name is what the banner or logo word is added to. A Latin name may end in digits («jo24»).
const LOGO_FILE = /[_-](?:banner|logo|header|masthead)$|^(?:banner|logo)[_-]/iu;

/**
 * A line that is only a site's name as the page's header prints it, under a form the gazetteer does not spell out:
 * the bare name of «موقع تركيا الآن», the stem of «إرم نيوز», a Latin name or domain («alarab», «eremnews.com»).
 * Short, without digits or sentence marks.
 */
export function siteNameLine(line: string | undefined): KnownOutlet | null {
  const text = (line ?? '').trim();
  if (text.length < 2 || text.split(/\s+/u).length > 4 || /[\p{N}،,!؟?:]/u.test(text.replace(/\.(?=[a-z])/giu, '').replace(LOGO_FILE, '').replace(/(?<=^[a-z]+)\d+$/iu, ''))) return null;
  const name = text.replace(LOGO_FILE, '').replace(SITE_DESCRIPTOR, '');
  const slotted = outletInSlot(name);
  // One Arabic word is a section label as often as a paper's bare name («الأخبار», «الاتحاد», «الخليج»); a stem the
  // gazetteer holds for one outlet only («إرم») is not an ordinary word.
  if (slotted === null || /\s/u.test(name.trim()) || /^[a-z]/iu.test(name) || outletStem(name) === slotted) return slotted;
  return null;
}

/** A line written only in Latin letters that names a site (see siteNameLine): «eremnews.com», «Sky News Arabia». */
export function latinSiteLine(line: string | undefined): KnownOutlet | null {
  const text = (line ?? '').trim();
  return /^[A-Za-z][A-Za-z0-9 .-]{2,40}$/u.test(text) ? siteNameLine(text) : null;
}

const TAGLINE = new RegExp(`^[\\s|:،,\\-–—]*(?:ال)?${nounAlternation(OUTLET_NOUNS)}\\s`, 'u');

/** «هسبريس جريدة إلكترونية مغربية»: a known outlet's name opening the line, then its tagline describing the site. */
function taglinedOutlet(text: string): KnownOutlet | null {
  if (spaceSplitCount(text, 9) > 8) return null;
  const first = findOutletMentions(text)[0];
  return first !== undefined && first.start === 0 && TAGLINE.test(text.slice(first.end)) ? first.outlet : null;
}

const SITE_DESCRIPTOR = new RegExp(`\\s+${nounAlternation(SITE_DESCRIPTORS)}$`, 'u');

/**
 * The outlet a line credits alongside the wires or its own staff: «صوت العاصمة | وكالات», «المسلة - متابعات», or an
 * aggregator's origin dateline «عدن حرة / خاص :». The line is nothing else; an unknown name counts when it is built
 * like an outlet's or like a newsroom named after its city (a place alone does not: «واشنطن - وكالات»).
 */
export function wireCreditOutlet(line: string): string | null {
  const m = /^(.{2,40}?)\s*[|/\-–—]\s*(?:وكالات|متابعات|متابعة|خاص|agencies)\s*[:：]?\s*$/iu.exec(line.trim());
  if (!m) return null;
  const name = (m[1] ?? '').replace(/^["'«“]+|["'»”]+$/gu, '').trim();
  return outletInSlot(name)?.name ?? (outletShaped(name) || cityNewsroomShaped(name) ? name : null);
}

/**
 * The outlet a photo caption credits as its own: a line without a sentence that ends with «(الشرق الأوسط)», or a
 * «صورة من: DW» credit. Agencies sell photos to everyone, so only an outlet (not an agency) counts.
 */
export function captionCreditOutlet(line: string): KnownOutlet | null {
  const text = line.trim();
  if (spaceSplitCount(text, 31) > 30) return null;
  const labelled = /^(?:صورة من|الصورة من|الصورة|صورة|photo|image)\s*[:：]\s*(.{2,40})$/iu.exec(text);
  const tail = /\(([^()]{2,40})\)\s*$/u.exec(text);
  const before = tail ? text.slice(0, tail.index).trim() : '';
  const credited = labelled?.[1] ?? (tail && before.length > 0 && !/[.!؟?:]["'”’»]*$/u.test(before) ? tail[1] : undefined);
  const known = credited === undefined ? null : outletInSlot(credited);
  return known?.kind === 'outlet' ? known : null;
}

/**
 * The paper an aggregator's header line names as the origin after its own name: «موقع كل يوم -جريدة الوسط
 * الكويتية». Every part is an outlet word and a name; the last one is where the article comes from.
 */
export function aggregatedOrigin(line: string): string | null {
  const parts = line.trim().split(/\s*[-–—|/]\s*/u).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => OUTLET_WORD_START.test(p) && p.split(/\s+/u).length <= 5)) return null;
  const last = parts.at(-1) ?? '';
  return outletInSlot(last)?.name ?? last;
}

const OUTLET_WORD_START = new RegExp(`^(?:ال)?${nounAlternation(OUTLET_NOUNS)}\\s+\\S`, 'u');

/** The outlet a byline pairs with the writer («هسبريس - فلان الفلاني»), or signs the writer's slot with («تحرير: عرب ٤٨»). */
export function bylineOutlet(line: string): string | null {
  return parseOutletByline(line)?.outlet ?? signedSlotOutlet(line)?.name ?? null;
}

/**
 * The outlet a closing credit names: «المصدر: وكالة الأنباء الأردنية (بترا)», «— رويترز», «(أ ف ب)»,
 * an agency's «وام/محرر/محرر».
 */
export function closingCreditOutlet(line: string): KnownOutlet | null {
  const text = line.trim();
  const labelled = /^(?:(?:المصدر|المصادر|مصدر الخبر|source|sources)\s*[:：\-–/]|[-–—]+)\s*(.{2,60})$/iu.exec(text);
  // «المصدر: الجزيرة + وكالات»: the first named part of a credit that joins several.
  if (labelled) return creditParts(labelled[1] ?? '').map(outletNamed).find((o) => o !== null) ?? null;
  const bracketed = /^\(([^()]{2,40})\)$/u.exec(text);
  if (bracketed) return outletNamed(bracketed[1] ?? '');
  if (parseCredits(text) !== null) {
    const first = text.split(/\s*\/\s*/u)[0] ?? '';
    const agency = outletByName(first);
    if (agency) return agency;
  }
  return null;
}
