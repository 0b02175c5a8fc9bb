import { isLanguageMenu } from './language-menu.ts';
import { outletByName, outletInSlot, type KnownOutlet } from './known-outlets.ts';
import { sectionAmongSections } from './outlet-shape.ts';
import { PUBLISHER_HEAD, PUBLISHER_TAIL } from './publisher-style.ts';

// The sections a menu opens on: news, home, latest.
const SECTION_ITEM = /^(?:ال)?(?:أخبار|اخبار|أنباء|انباء|رئيسية|رئيسيه|صفحة الرئيسية|صفحه الرئيسيه)$|^(?:آخر|اخر|أحدث|احدث)\s+(?:الأخبار|الاخبار)$|^(?:news|home|latest)$/iu;

/**
 * The known outlet a page's menu line names as its first item: «مؤسسة عدن الغد للإعلام | من نحن | هيئة التحرير | …»,
 * «هسبريس | سياسة | اقتصاد». The line is a menu (three items or more between bars, each of one to six words); the
 * first item is the site's name, bare or in its publisher's style. Items further along link to sections and partner
 * sites, and a name the list does not know is not read here.
 */
export function menuOutlet(line: string): KnownOutlet | null {
  if (isLanguageMenu(line)) return null;
  const items = line.split(/\s*[|•]\s*/u).map((p) => p.trim()).filter((p) => p.length > 0);
  if (items.length < 3 || items.some((p) => p.split(/\s+/u).length > 9)) return null;
  const first = items[0] ?? '';
  if (first.split(/\s+/u).length > 6 || /\p{N}/u.test(first)) return null;
  // «الأخبار | تقارير | برامج»: a menu that opens on a section names no site (the namesake paper «الأخبار» is not it).
  if (SECTION_ITEM.test(first)) return null;
  const name = first.replace(PUBLISHER_HEAD, '').replace(PUBLISHER_TAIL, '').trim();
  // «السياسة | الاقتصاد | الثقافة»: a section like the items after it (see sectionAmongSections).
  return name.length < 2 || sectionAmongSections(name, items.slice(1), (n) => outletByName(n) !== null) ? null : outletInSlot(name);
}
