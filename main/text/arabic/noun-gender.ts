/**
 * The grammatical gender a verb takes from a name it agrees with, read from the name's head noun (issue 14): «موقع
 * الوسيط»، «حزب العدالة»، «المركز الإعلامي» are masculine («يؤكد ذلك موقع …»), «صحيفة …»، «قناة …»، «وزارة …»
 * feminine. A name with no head noun of its kind («عنب بلدي»، «العربي الجديد») is an outlet, told of as its paper or
 * agency would be: feminine. A verb before its subject agrees with its first conjunct, so only the first name counts.
 */
import { normalise } from './normalise.ts';

// Masculine head nouns of the outlets, bodies and sources a brief names (each as written; keys folded below).
const MASCULINE_HEADS = [
  'موقع', 'تلفزيون', 'راديو', 'حزب', 'مركز', 'مجلس', 'مكتب', 'اتحاد', 'تجمع', 'تحالف', 'ائتلاف', 'تيار', 'جهاز', 'مرصد',
  'معهد', 'منتدى', 'فريق', 'جيش', 'مجمع', 'مستشفى', 'برلمان', 'مصدر', 'مصرف', 'بنك', 'صندوق', 'ديوان', 'قصر', 'نادي',
  'بيت', 'متحدث', 'ناطق', 'وزير', 'رئيس', 'مدير', 'محافظ', 'والي',
];
const MASCULINE = new Set(MASCULINE_HEADS.map((w) => normalise(w)));

export type Gender = 'masculine' | 'feminine';

/** The gender of `name` as a verb's subject: masculine when its first word (its «ال» aside) is a masculine head noun. */
export function nameGender(name: string): Gender {
  const first = normalise(name.trim().replace(/^[«"“]/u, '').split(/\s+/u)[0] ?? '');
  const bare = first.replace(/^ال(?=\p{L}{3})/u, '');
  return MASCULINE.has(first) || MASCULINE.has(bare) ? 'masculine' : 'feminine';
}

/** `feminine` or `masculine`, the form that agrees with `name` («تؤكد» / «يؤكد» before «موقع الوسيط»). */
export function agreeing(name: string, feminine: string, masculine: string): string {
  return nameGender(name) === 'masculine' ? masculine : feminine;
}
