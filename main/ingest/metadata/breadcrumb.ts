import { lineKey } from '../lines/line-key.ts';
import { outletByName, outletInSlot } from './known-outlets.ts';
import { outletShaped, sectionAmongSections, sectionShaped } from './outlet-shape.ts';

// The separators of a breadcrumb trail: «الرئيسية / أخبار / هسبريس», «المغرب › سياسة › هسبريس», «أخبار » مصر».
const SEPARATOR = /\s*(?:\/|›|»|>|→|\\|‹|«)\s*/u;
const TRAIL = /[/›»>→\\‹«]/u;
// A segment that marks the next one (or its own tail) as the source: «المصدر: هسبريس», «من: الأيام».
const SOURCE_MARK = /^(?:المصدر|مصدر الخبر|source|من|عن)\s*[:：]?\s*/iu;

/**
 * The outlet an aggregator's breadcrumb names as the source of the page: a line of two to five short segments split
 * by «/ › » >», without digits (a date is not a trail), whose last segment — or the one marked «المصدر:» — is a known
 * outlet or a name built like one: «المغرب / سياسة / هسبريس», «الرئيسية › أخبار مصر › المصدر: بوابة الأهرام».
 * Menus and section trails («الرئيسية / أخبار / سياسة») name no outlet and give null.
 */
export function breadcrumbOutlet(line: string): string | null {
  const text = line.trim();
  if (!TRAIL.test(text)) return spacedTrailOutlet(text);
  if (text.length > 140 || /\p{N}{2,}/u.test(text.replace(/\b24\b|\b360\b|\b365\b/gu, ''))) return null;
  const segments = text.split(SEPARATOR).map((s) => s.trim()).filter((s) => s.length > 0);
  if (segments.length < 2 || segments.length > 5) return null;
  if (!segments.every((s) => s.split(/\s+/u).length <= 5 && /\p{L}/u.test(s) && !/[.!؟?،,]$/u.test(s))) return null;
  // An outlet word opening a segment may stand alone only as a section name: the source is the marked segment, else the last.
  const marked = segments.find((s) => SOURCE_MARK.test(s) && s.replace(SOURCE_MARK, '').length > 1);
  const candidate = (marked ?? segments.at(-1) ?? '').replace(marked === undefined ? /^$/u : SOURCE_MARK, '').trim();
  if (candidate.length < 2 || GENERIC.has(lineKey(candidate))) return null;
  const known = outletInSlot(candidate);
  if (known) return known.name;
  return outletShaped(candidate) && !sectionShaped(candidate) ? candidate : null;
}

// Trail segments that name a section of the site, whatever the site.
const GENERIC = new Set(['الرئيسيه', 'الصفحه الرئيسيه', 'اخبار', 'الاخبار', 'home', 'news'].map(lineKey));

// The pages every site links from its menu, about it and to write to it: «من نحن», «عن المدونة», «اتصل بنا», «About».
const SITE_PAGE = /^(?:about(?:\s+us)?|contact(?:\s+us)?|عن\s+\p{L}+|من نحن|عنا|اتصل بنا|اتصلوا بنا|تواصل معنا|راسلنا|سياسة الخصوصية|أعلن معنا|اعلن معنا)$/iu;

/**
 * A trail written with spaced dashes or bars, «العراق - سياسة - السومرية نيوز», «سوريا | اقتصاد | عنب بلدي»: three to
 * five segments, sections of one or two words then an outlet the gazetteer knows (dashes and bars also join a headline's halves, so
 * an unknown name does not count here).
 */
function spacedTrailOutlet(text: string): string | null {
  if (text.length > 120 || !/\s[-–—|]\s/u.test(text)) return null;
  const segments = text.split(/\s+[-–—|]\s+/u).map((s) => s.trim());
  // Sections are one or two words; a headline's halves are longer («الحكومة تقر الموازنة - …»).
  const sections = segments.slice(0, -1);
  if (segments.length < 3 || segments.length > 5 || !sections.every((s) => s.length > 0 && s.split(/\s+/u).length <= 2 && !/[.!؟?،,:]/u.test(s))) return null;
  // «الرئيسية | عن المدونة | تواصل»: a link to the site's own pages (about, contact) makes the line its menu, whose
  // last item names a page of the site too, even where an outlet of that name exists («تواصل» is a Saudi paper's).
  if (segments.some((s) => SITE_PAGE.test(s))) return null;
  // «السياسة | الاقتصاد | الثقافة | الرأي»: a menu of sections, the last one of them.
  const last = segments.at(-1) ?? '';
  return sectionAmongSections(last, sections, (n) => outletByName(n) !== null) ? null : (outletInSlot(last)?.name ?? null);
}
