import type { RawDocument } from '../../model/raw-document.ts';
import { lineKey } from '../lines/line-key.ts';
import { UNKNOWN, type Detected } from './detected.ts';
import { outletByName, outletInSlot } from './known-outlets.ts';
import { isAccountByline } from './account-byline.ts';
import { HONORIFIC, isPersonName, parseByline, parsePlaceByline, withoutFiledPlace } from './byline.ts';
import { declaredLabelledWriter } from './labelled-byline.ts';
import { printedArabicOverLatin } from './printed-over-latin.ts';
import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { isKnownPlace } from './known-places.ts';
import { nameBeforeDescriptor } from './head-byline.ts';
import { opensWithKindNoun, withoutKindWords } from './outlet-nouns.ts';

// «خاص قوون», «خاص - الموقع»: the credit of a newsroom's own copy, where a byline stands.
const OWN_COPY = /^خاص(?:\s|$|[-–—:])/u;
// «محرر الأقباط متحدون», «قسم الأخبار», «فريق التحرير»: a desk of the newsroom signs the copy, no person.
// So does a unit or an office of the publisher («إعداد: وحدة الرصد والتحليل», «دائرة العلاقات العامة والإعلام»).
const DESK = /^(?:ال)?(?:محرر|محررة|محررو|قسم|فريق|هيئة|أسرة|اسرة|غرفة|وحدة|وحده|دائرة|دائره|مكتب|إدارة|ادارة|اداره|شعبة|مديرية)(?:\s|$)/u;

/**
 * Whether a byline's name is a newsroom, not a writer: the page's own outlet («الكاتب: صحراء ميديا», «تقرير شبوة
 * الآن – خاص»), a listed outlet or agency, or a «خاص X» credit. Such a line says who published, not who wrote.
 */
export function namesNewsroom(name: string, outlet: string | null): boolean {
  // «بقلم: يورونيوز مع أ ف ب», «الجزيرة نت + وكالات»: the newsroom with the wire it drew on is a newsroom's credit too.
  const joined = name.split(JOINED_CREDITS).map((p) => p.trim());
  if (joined.length > 1) return joined.every((p) => p.length > 0 && (WIRES_CREDIT.test(p) || namedNewsroom(p, outlet)));
  return namedNewsroom(name, outlet);
}

// The joins of a credit shared by newsrooms and wires: «X مع Y», «X + Y», «X & Y».
const JOINED_CREDITS = /\s+مع\s+|\s*[+&]\s*/u;
// The wires credited together without a name: «وكالات», «وكالات الأنباء», «متابعات».
const WIRES_CREDIT = /^(?:ال)?(?:وكالات|متابعات)(?:\s+(?:ال)?أنباء|\s+الانباء)?$/u;

/** namesNewsroom for one name, not a joined credit. */
function namedNewsroom(name: string, outlet: string | null): boolean {
  const key = lineKey(name);
  // «بغداد – طريق الشعب» under a page whose copyright reads «لجريدة طريق الشعب»: the outlet without its kind word too.
  if (outlet !== null && (key === lineKey(outlet) || key === lineKey(withoutKindWords(outlet)))) return true;
  // «وكالة الأنباء والمعلومات الفلسطينية - وفا» atop an agency's own page: a name under an outlet's kind noun is a newsroom's.
  return OWN_COPY.test(name.trim()) || DESK.test(name.trim()) || opensWithKindNoun(name) || outletByName(name) !== null || outletInSlot(name) !== null;
}

/** The writer after the credit of a byline «place - newsroom: name», when the part after the last colon is a name. */
function creditedWriter(byline: string): string | null {
  const m = /^(.+?)\s*[:：]\s*([^:：]+)$/u.exec(byline);
  if (m === null || !/[-–—]/u.test(m[1] ?? '')) return null;
  const name = (m[2] ?? '').trim();
  return isPersonName(name) ? name : null;
}

/**
 * The writer at the end of a byline element that opens with the place the story was filed from and the newsroom's
 * credit, set apart by spaced dashes: «نابلس - "القدس" دوت كوم - فلانة الفلانية». Only when the first part is a known
 * place and the last a person's name that opens with a given name.
 */
function datelineWriter(byline: string): string | null {
  const parts = byline.trim().split(/\s+[-–—]\s+/u);
  if (parts.length !== 3 || !isKnownPlace(parts[0] ?? '')) return null;
  const name = (parts[2] ?? '').trim();
  return isPersonName(name) && opensWithGivenName(name) ? name : null;
}

/**
 * The article's author: declared (explicit); else a byline line «بقلم: …» (explicit, the page says so);
 * else the name an end-of-article biography opens with, or the reporter a wire story's closing credits
 * name («تغطية صحفية فلان»), as inferences. A byline that names a newsroom (see namesNewsroom) or an account
 * (see isAccountByline) is no author.
 */
export function detectAuthor(
  raw: RawDocument, bylineAuthor: string | null, bioAuthor: string | null, creditAuthor: string | null = null, outlet: string | null = null,
): Detected<string> {
  const declared = raw.declared.author?.trim();
  // «Omar Al-Khatib» in the meta tag, «عمر الخطيب» printed under the headline: the reader cites the byline the page
  // prints in Arabic, not the CMS's Latin spelling of it (a declared name with an Arabic letter keeps its precedence).
  if (declared !== undefined && printedArabicOverLatin(declared, bylineAuthor) && !namesNewsroom(bylineAuthor ?? '', outlet)) return { value: bylineAuthor ?? '', basis: 'explicit' };
  // A CMS account or a blog's placeholder («admin», «بواسطة Unknown») names no writer, declared or printed.
  // «بنغازي - بوابة الوسط: فلان الفلاني»: a byline element that credits a place and the newsroom before the writer.
  // «الدمام - خلود العنزي»: a byline element that names the place the writer filed from before the name.
  // «متابعة وتصوير: فلان», «بصوت: فلانة من الخرطوم»: a byline element with its label, read as a byline line is.
  const credited = declared === undefined ? null : (creditedWriter(declared) ?? parsePlaceByline(declared) ?? datelineWriter(declared) ?? parseByline(declared) ?? declaredLabelledWriter(declared));
  if (credited !== null && !isAccountByline(credited) && !namesNewsroom(credited, outlet)) return { value: credited, basis: 'explicit' };
  // «فلان الفلاني كاتب وباحث»: a byline element whose name and description the page printed as one text.
  // «هيئة التحرير», the page's own outlet: a byline element that names the newsroom names no writer.
  // «أصوات مغاربية - أ ف ب»: a byline element that credits the page and the wire it carries, each part a newsroom.
  // «الدوحة - العربي الجديد»: a dateline in the byline element, the place filed from and the newsroom, names no writer either.
  const parts = declared === undefined ? [] : declared.split(/\s+[-–—|/]\s+/u);
  const partNewsrooms = parts.map((part) => namesNewsroom(part, outlet));
  const newsrooms = partNewsrooms.some(Boolean) && parts.every((part, i) => partNewsrooms[i] === true || isKnownPlace(part));
  if (declared && !newsrooms && !isAccountByline(declared) && !namesNewsroom(declared, outlet)) {
    // «أ.د. فلان الفلاني» in a reporter field: the title is not the name, as a byline line's is not.
    const untitled = declared.replace(HONORIFIC, '').trim();
    // «فلان الفلاني من الرياض»: the city a byline element names after the writer is not the name.
    const unplaced = withoutFiledPlace(declared);
    return { value: nameBeforeDescriptor(declared) ?? (untitled !== declared && isPersonName(untitled) ? untitled : unplaced), basis: 'explicit' };
  }
  const writer = (name: string | null): name is string => name !== null && !namesNewsroom(name, outlet) && !isAccountByline(name);
  if (writer(bylineAuthor)) return { value: bylineAuthor, basis: 'explicit' };
  if (writer(bioAuthor)) return { value: bioAuthor, basis: 'inferred' };
  if (writer(creditAuthor)) return { value: creditAuthor, basis: 'inferred' };
  return UNKNOWN;
}
