import { outletNamed } from './outlet-cues.ts';
import { outletShaped } from './outlet-shape.ts';
import { creditParts } from './credit-parts.ts';
import { outletInSlot } from './known-outlets.ts';
import { isKnownPlace } from './known-places.ts';
import { normalise } from '../../text/arabic/index.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';

// A line that says where the story comes from: «المصدر: …», «المصدر/ …», «مصدر الخبر - …», «نقلاً عن …»,
// «عن وكالة …» (the label and the name, nothing else).
const LABEL = /^(?:(?:المصدر|المصادر|مصدر الخبر|مصدر|source|sources|via)\s*[:：/\-–—]|(?:نقلا|نقلاً|نقلًا)\s+عن(?=\s)\s*[:：]?|عن\s+(?=(?:وكالة|موقع|صحيفة|جريدة|قناة)\s))\s*(.{2,70})$/iu;

/** Whether a line is a source line, its label and a credit (see LABEL): «المصدر: …», «نقلاً عن …». */
export function isSourceLine(line: string): boolean {
  return LABEL.test(line.trim());
}

const AFTER_STAMP = /\d\s*[-–—|]\s*(?=(?:المصدر|مصدر الخبر|source)\s*[:：])/iu;

/**
 * The outlet a source line names: «المصدر: وكالة الأنباء الأردنية (بترا)», «المصدر/ أ.ش.أ», «نقلاً عن موقع صوت
 * الجنوب»: the first part of the credit that is a known outlet (initials included, however dotted), else the first
 * built like an outlet's name. «المصدر: وزارة الصحة» names a source of the story, not a newsroom: null.
 */
export function sourceLineOutlet(line: string): string | null {
  // «2025-11-07 10:20 - المصدر: روسيا اليوم»: an aggregator's stamp, then the source on the same line.
  const m = LABEL.exec(line.trim()) ?? LABEL.exec(line.trim().split(AFTER_STAMP).at(1) ?? '');
  if (!m) return null;
  // «A,F,P» is one name whose letters a comma separates, not three credits.
  const whole = outletNamed((m[1] ?? '').trim());
  if (whole) return whole.name;
  // «المصدر: دبي - البيان»: a paper's own source line puts its city before its name.
  const credit = (m[1] ?? '').replace(/^([^-–—]{2,30}?)\s*[-–—]\s*/u, (all, place: string) => (isKnownPlace(place) ? '' : all));
  const parts = creditParts(credit)
    .map((p) => p.replace(/^["'«“]+|["'»”.]+$/gu, '').trim())
    .filter((p) => !isKnownPlace(p));
  for (const part of parts) {
    const known = outletNamed(part) ?? outletInSlot(part);
    if (known) return known.name;
  }
  return parts.find((p) => p.length > 0 && outletShaped(p)) ?? null;
}

// What a source line credits when it names no newsroom: an institution, a statement, sources, the wires, a network.
const NOT_A_NEWSROOM = /^(?:[وب]?ال)?(?:وزار|هيئ|مجلس|منظم|جامع|مركز|مكتب|دائر|مديري|شرك|بنك|صندوق|مؤسس|حكوم|رئاس|قياد|جيش|شرط|بيان|مصادر|مصدر|تقرير|تقارير|وسائل|مواقع|وكالات|متابع|امم|أمم|ناطق|متحدث|سفار|محافظ|بلدي|نقاب|اتحاد|حزب|حرك|جمعي|لجن|صليب|هلال|تلغرام|تويتر|فيسبوك|فيس بوك|إكس|اكس|منص|خاص|صفح|حساب|وثيق|دراس|مرصد)/u;

/**
 * The newsroom an unknown name stands for on a source line that closes the page («المصدر: العربي اليوم»): the strong
 * position lets a name the outlet list lacks count, when it is no more than four words, no place, no person (it opens
 * with no given name) and nothing a source line credits besides newsrooms (a ministry, a statement, «مصادر», a
 * network). Known and outlet-shaped names are sourceLineOutlet's.
 */
export function closingSourceName(line: string): string | null {
  const named = sourceLineOutlet(line);
  if (named !== null) return named;
  const m = LABEL.exec(line.trim());
  const credit = (m?.[1] ?? '').replace(/^["'«“]+|["'»”.،,]+$/gu, '').trim();
  const words = credit.split(/\s+/u);
  if (credit.length < 2 || words.length > 4 || /[\p{N}:：/|+&،,؛;()]/u.test(credit) || !/\p{Script=Arabic}/u.test(credit)) return null;
  if (isKnownPlace(credit) || NOT_A_NEWSROOM.test(credit) || isGivenName(normalise(words[0] ?? ''))) return null;
  return credit;
}
