import { isStopword, normalise } from '../../text/arabic/index.ts';
import { isGivenName, KUNYA_WORDS } from '../../text/gazetteer/given-names.ts';
import { lineKey } from '../lines/line-key.ts';
import { isKnownPlace } from './known-places.ts';
import { outletShaped } from './outlet-shape.ts';
import { isOutletTagline } from './outlet-tagline.ts';

// Words that stand in an outlet's slot without naming one: navigation, sections, labels, credits.
const GENERIC = new Set(
  [
    'الرئيسية', 'الرئيسيه', 'رئيسية', 'أخبار', 'اخبار', 'الأخبار', 'الاخبار', 'عاجل', 'خاص', 'وكالات', 'متابعات', 'المصدر', 'مصدر',
    'محليات', 'محلي', 'محلية', 'رياضة', 'الرياضة', 'اقتصاد', 'الاقتصاد', 'سياسة', 'السياسة', 'منوعات', 'ثقافة', 'الثقافة', 'مقالات',
    'رأي', 'الرأي', 'تقارير', 'تقرير', 'بيان', 'تحديث', 'ملاحظة', 'تنويه', 'هام', 'عربي', 'دولي', 'عالمي', 'العالم', 'فيديو',
    'صور', 'الموقع', 'الصحيفة', 'الوكالة', 'القناة', 'تواصل', 'اتصل', 'بنا', 'نحن', 'مواقع', 'حدث', 'غير', 'مصنف', 'المحرر', 'editor',
    'عاجلة', 'محلية', 'عربية', 'دولية', 'عالمية', 'وطنية', 'رئيسية', 'اليوم', 'جديد', 'آخر', 'home', 'news', 'admin',
  ].map(lineKey),
);
// A newsroom's desk or a page's label in an outlet's slot: «المكتب الإعلامي» signs for the institution that heads the
// page, «تعريف بالكاتب:» opens a writer's biography.
const DESK_OR_LABEL = /^(?:ال)?(?:مكتب|مكتبه)\s+(?:ال)?(?:اعلامي|صحفي|اعلام)$|^(?:تعريف|نبذه)\s+(?:بالكاتب|بالكاتبه|عن\s+الكاتب)$/u;
// Words a sentence opens with, never a name: verbs of saying, connectives, pronouns.
const SENTENCE_OPENING = /^(?:و|ف)?(?:قال|قالت|أكد|اكد|أكدت|أضاف|اضاف|أضافت|أوضح|اوضح|أعلن|اعلن|أعلنت|كشف|كشفت|ذكر|ذكرت|هذا|هذه|إن|ان|كما|لكن|ثم|بعد|قبل|في|من|على|عن|إلى|الى|مع)$/u;

/**
 * Whether a name is only a page's label words — a section, a navigation item, a credit word («الرياضة», «محليات»,
 * «آخر الأخبار») — that stand where an outlet's name would without naming one.
 */
export function labelWordsOnly(name: string): boolean {
  const keys = name.trim().split(/\s+/u).filter((w) => w.length > 0).map(lineKey);
  return keys.length > 0 && keys.every((k) => GENERIC.has(k) || isStopword(k));
}

/** Whether a name is a newsroom's desk or a page's label («المكتب الإعلامي», «تعريف بالكاتب»), never an outlet's. */
export function deskOrLabel(name: string): boolean {
  return DESK_OR_LABEL.test(name.trim().split(/\s+/u).map(lineKey).join(' '));
}

/** Whether a word key reads as a person's given name (also a kunya or «عبد» compound opening a name). */
function personWord(word: string): boolean {
  const key = normalise(word);
  return isGivenName(key) || KUNYA_WORDS.has(key);
}

/**
 * Whether a name the outlet list does not know may be read as an outlet where the page's layout puts one: one to six
 * words with a letter, not a place the gazetteer knows, not a section or label word, not a person's name (its first
 * word a given name, unless the name is built like an outlet's), not the start of a sentence, not a masthead's
 * tagline («صحيفة يومية»).
 */
export function plausibleOutletName(name: string): boolean {
  const words = name.trim().split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 6 || !/\p{L}/u.test(name)) return false;
  if (/[.!؟?،,:;«»"“”]/u.test(name)) return false;
  if (/\p{N}/u.test(name) && !outletShaped(name)) return false;
  if (isKnownPlace(name)) return false;
  if (labelWordsOnly(name)) return false;
  if (GENERIC.has(lineKey(words[0] ?? '')) && words.length === 1) return false;
  if (SENTENCE_OPENING.test(words[0] ?? '')) return false;
  if (isOutletTagline(name) || deskOrLabel(name)) return false;
  if (personWord(words[0] ?? '') && !outletShaped(name)) return false;
  return true;
}
