import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { personName } from './head-byline.ts';
import { isKnownPlace } from './known-places.ts';

// A byline's label is any short phrase before a colon: pages name the writer's part in words no cue list holds
// («موفدنا إلى ملعب الجنوب:», «كتبه لأمل برلين:», «رسالة الفيوم:», «قراءة:», the outlet's own «فاس نيوز ميديا :»).
// What it must not be: the credit of someone who did not write the copy (a photograph, its montage, its checking), an
// office whose holder is quoted («وزير الخارجية: …», a headline's speaker), or a field of the page's furniture.
const NOT_A_WRITER_LABEL = /(?:^|\s|[وب])(?:تصوير|صور|الصور[ةه]|عدس[ةه]|مونتاج|تدقيق|مراجع[ةه]|تصميم|جرافيك|رسوم|إخراج|اخراج|المصدر|مصدر|رئيس|رئيسة|مدير|مديرة|وزير|وزيرة|نائب|المتحدث|متحدث|الناطق|ناطق|محافظ|سفير|قائد|أمين|امين|مسؤول|عضو|الرئيس|الوزير|الشيخ|الملك|الأمير|الامير|السفير|المحافظ|القائد|تاريخ|آخر|اخر|نشر|تحديث|الوسوم|وسوم|شارك|مشاركة|تابع|تابعونا|اقرأ|إقرأ|العنوان|عنوان|القسم|التصنيف|الهاتف|البريد|هاتف|بريد|فاكس|العنوان)(?![\p{L}])/u;
// The label: one to five words of letters (and the digits of a brand, «عربي21»), an emoji or a dash before it allowed.
// Each word ends at a space or a dash, never inside a run of letters: with the separator optional, one unbroken run
// split into five words in every way took seconds on a 90-letter line; so the words' bounds are fixed by the text.
const LABELLED = /^[\p{Extended_Pictographic}\uFE0F\s]*((?:[\p{L}\p{M}\p{N}.]+(?:\s*[-–—]\s*|\s+)){0,4}?[\p{L}\p{M}\p{N}.]+)\s*[-–—]?\s*[:：]\s*(.{3,50}?)[\s\-–—،,.]*$/u;
// No byline with its label is longer: a page's declared byline element may hold anything (a long id, a run of letters).
const MAX_LABELLED = 90;
// «سلمى من الخرطوم»: the city the writer speaks or files from, after the name.
const FROM_PLACE_TAIL = /\s+من\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)$/u;

/** The name without the city it is said to come from («سلمى من الخرطوم» → «سلمى»), when the gazetteer knows the city. */
function withoutPlaceTail(name: string): string {
  const m = FROM_PLACE_TAIL.exec(name);
  return m !== null && isKnownPlace(m[1] ?? '') ? name.slice(0, m.index) : name;
}

/**
 * The writer a short line names after a label of its own and a colon («موفدنا إلى ملعب الجنوب: خالد عيسى الكواري»):
 * a person's name of two words or more that opens with a given name the gazetteer knows, and a label that credits
 * no one else (see NOT_A_WRITER_LABEL). Null for anything else. Read on the page's head only, above the story.
 */
export function labelledWriter(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_LABELLED || !/[:：]/u.test(text)) return null;
  const m = LABELLED.exec(text);
  if (m === null || NOT_A_WRITER_LABEL.test(m[1] ?? '')) return null;
  const name = personName(withoutPlaceTail(m[2] ?? ''));
  return name !== null && opensWithGivenName(name) ? name : null;
}

/**
 * The writer a byline element the page declares names after its label («بصوت: سلمى من الخرطوم»): the element is the
 * byline, so a given name alone is the writer's. Null when the element has no label or its label credits no writer.
 */
export function declaredLabelledWriter(byline: string): string | null {
  const text = byline.trim();
  if (text.length > MAX_LABELLED) return null;
  const m = LABELLED.exec(text);
  if (m === null || NOT_A_WRITER_LABEL.test(m[1] ?? '')) return null;
  const name = withoutPlaceTail((m[2] ?? '').trim());
  if (!/^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}.]+){0,4}$/u.test(name)) return null;
  return personName(name) ?? (opensWithGivenName(name) && !name.includes(' ') ? name : null);
}
