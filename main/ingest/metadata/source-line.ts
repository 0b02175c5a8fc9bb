import { outletNamed } from './outlet-cues.ts';
import { outletShaped } from './outlet-shape.ts';
import { creditParts } from './credit-parts.ts';

// A line that says where the story comes from: «المصدر: …», «المصدر/ …», «مصدر الخبر - …», «نقلاً عن …»,
// «عن وكالة …» (the label and the name, nothing else).
const LABEL = /^(?:(?:المصدر|المصادر|مصدر الخبر|مصدر|source|sources|via)\s*[:：/\-–—]|(?:نقلا|نقلاً|نقلًا)\s+عن(?=\s)\s*[:：]?|عن\s+(?=(?:وكالة|موقع|صحيفة|جريدة|قناة)\s))\s*(.{2,70})$/iu;

/**
 * The outlet a source line names: «المصدر: وكالة الأنباء الأردنية (بترا)», «المصدر/ أ.ش.أ», «نقلاً عن موقع صوت
 * الجنوب»: the first part of the credit that is a known outlet (initials included, however dotted), else the first
 * built like an outlet's name. «المصدر: وزارة الصحة» names a source of the story, not a newsroom: null.
 */
export function sourceLineOutlet(line: string): string | null {
  const m = LABEL.exec(line.trim());
  if (!m) return null;
  // «A,F,P» is one name whose letters a comma separates, not three credits.
  const whole = outletNamed((m[1] ?? '').trim());
  if (whole) return whole.name;
  const parts = creditParts(m[1] ?? '').map((p) => p.replace(/^["'«“]+|["'»”.]+$/gu, '').trim());
  for (const part of parts) {
    const known = outletNamed(part);
    if (known) return known.name;
  }
  return parts.find((p) => p.length > 0 && outletShaped(p)) ?? null;
}
