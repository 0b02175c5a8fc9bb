import { outletByName } from './known-outlets.ts';
import { countryQualifiedOutlet } from './country-qualified.ts';
import { outletShaped } from './outlet-shape.ts';

// The editors a paper prints under its name: «رئيس مجلس الإدارة», «رئيس مجلسي الإدارة والتحرير», «رئيس التحرير»,
// «الإشراف العام», «مدير التحرير», «مستشار التحرير», «سكرتير التحرير», «رئيس حزب الوفد» (a party paper names its party's head first). Egyptian pages
// often write the dual's yeh as alef maqsura: «رئيس مجلسى الإدارة والتحرير».
const ROLE = /(?:نائب\s+)?(?:رئيس|رئيسة|رئيسا|مدير|مديرة|المدير|المشرف|المشرفة)\s+(?:مجلس[يى]\s+ال(?:إدارة|ادارة)\s+والتحرير|مجلس\s+(?:ال)?(?:إدارة|ادارة)|(?:ال)?تحرير|العام|عام|حزب\s+\S+)|(?:مستشار|مستشارة|سكرتير|سكرتيرة)\s+(?:ال)?تحرير|الإشراف\s+العام|الاشراف\s+العام|صاحب\s+الامتياز|صاحبة\s+الامتياز|المدير\s+المسؤول|editor[- ]in[- ]chief|managing editor/giu;
const ROLE_WORD = /رئيس|مدير|مستشار|سكرتير|المشرف|الإشراف|الاشراف|الامتياز|editor/iu;
const JOINER = /^[\s:：\-–—|،,و]*$/u;

/** The line with its editor roles taken out, or null when it names none at its start or after the paper's name. */
function splitRoles(line: string): { before: string; names: string } | null {
  const text = line.trim();
  // Most lines name no editor: a cheap look for the role words before the full pattern.
  if (text.length > 200 || !ROLE_WORD.test(text)) return null;
  const roles = [...text.matchAll(ROLE)];
  const first = roles[0];
  if (first === undefined || text.split(/\s+/u).length > 18 || /[.!؟?]$/u.test(text)) return null;
  const before = text.slice(0, first.index).trim();
  // «جريدة النهار المصرية رئيس مجلس الإدارة…»: only the paper's name may stand before the first role («وقال رئيس
  // التحرير إن…» is a sentence).
  if (before.length > 0 && (before.split(/\s+/u).length > 5 || /[.،,؛!؟?]/u.test(before) || paperName(before) === null)) return null;
  let names = text;
  for (const m of roles.reverse()) names = names.slice(0, m.index) + ' ' + names.slice(m.index + m[0].length);
  names = names.slice(before.length).replace(/[:：\-–—|،,]/gu, ' ').replace(/\s+/gu, ' ').trim();
  const words = names.split(' ').filter((w) => w.length > 0 && w !== 'و');
  return words.length <= 10 && !words.some((w) => PROSE_WORDS.has(w)) ? { before, names } : null;
}

// Words of a sentence, never of a list of editors' names.
const PROSE_WORDS = new Set(['إن', 'أن', 'ان', 'في', 'على', 'من', 'إلى', 'الى', 'عن', 'الذي', 'التي', 'قال', 'قالت', 'أكد', 'أعلن', 'خلال', 'مع']);

/** The outlet a paper's name stands for: known, qualified by its country, or built like an outlet's name. */
function paperName(text: string): string | null {
  const qualified = countryQualifiedOutlet(text);
  if (qualified) return qualified.name;
  const known = outletByName(text);
  if (known) return known.name;
  return outletShaped(text) ? text.replace(/^(?:صحيفة|جريدة)\s+/u, '') : null;
}

/**
 * A masthead of editors, «رئيس مجلس الإدارة: فلان — رئيس التحرير: فلان», «رئيس التحرير», or the paper's name
 * followed by its editors («جريدة النهار المصرية رئيس مجلس الإدارة ورئيس التحرير فلان»): never the headline.
 */
export function isEditorsMasthead(line: string): boolean {
  return splitRoles(line) !== null;
}

/** Whether the masthead line is a role with no name after it («رئيس التحرير»): the name is on the next line. */
export function isBareRole(line: string): boolean {
  const split = splitRoles(line);
  return split !== null && split.before.length === 0 && JOINER.test(split.names);
}

// The letters a name with its country ends in («المصرية», «اليمني»): ي ى ة ه.
const NISBA_LETTERS: ReadonlySet<number> = new Set([0x064a, 0x0649, 0x0629, 0x0647]);

/** `/[يىةه]\s*$/u.test(line)`, read from the end: the pattern tries every letter of a long line. */
function endsWithNisbaLetter(line: string): boolean {
  const trimmed = line.trimEnd();
  return NISBA_LETTERS.has(trimmed.charCodeAt(trimmed.length - 1));
}

/**
 * The paper a masthead names before its editors («جريدة النهار المصرية رئيس مجلس الإدارة …»), or a masthead line
 * that is the paper's name with its country («الدستور المصرية»): the name qualified by its country decides between
 * namesakes of several countries (see countryQualifiedOutlet). An unknown name counts when it is built like an
 * outlet's.
 */
export function mastheadOutlet(line: string): string | null {
  const split = splitRoles(line);
  // Without editors, only a site title («الموقع الرسمي | …») or a name with its country («الدستور المصرية») counts.
  if (split === null && !line.includes('موقع') && !endsWithNisbaLetter(line)) return null;
  const written = (split?.before ?? line).trim();
  // «الموقع الرسمي | القاهرة الاخبارية»: the site's title says the name that follows is its own.
  const named = written.replace(/^(?:ال)?موقع\s+(?:ال)?رسمي\s*(?:ل(?:ـ\s*)?|[|\-–—:]\s*)/u, '');
  if (named.length < 2 || named.split(/\s+/u).length > 6) return null;
  if (split !== null || named !== written) return paperName(named);
  return countryQualifiedOutlet(named)?.name ?? null;
}
