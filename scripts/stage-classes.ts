// The issue-12 classes the written-apart set shows weakest, found in the tune blocks' gold by the word before a
// name: a person inside a possessed noun phrase (a governing noun in construct: «نظام», «حكومة», «زيارة» …) and an
// organisation after a company, club or bank cue noun. For each class, how many of its gold spans the tagger and
// the stage find exactly, so a change to the stage can be judged on them without the held-out block.
import { afterConjunction } from '../main/text/arabic/conjunction.ts';
import { procliticReadings } from '../main/text/arabic/clitics.ts';
import { matchKey } from '../main/text/arabic/normalise.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';

const GOVERNING = ['نظام', 'حكومه', 'اداره', 'تصريحات', 'تصريح', 'زياره', 'عهد', 'مقتل', 'اغتيال', 'حكم', 'رئاسه', 'وفاه', 'اعتقال', 'محاكمه', 'اعدام', 'خطاب', 'مبعوث', 'ممثل', 'انصار', 'انتخاب', 'اقاله', 'استقاله', 'رساله', 'قرار', 'موقف', 'عوده', 'لقاء', 'دعوه', 'مستشار', 'نجل', 'ابن', 'شقيق', 'زوجه', 'حزب', 'مكتب', 'اعلان', 'كلمه', 'حديث', 'تاييد', 'قول', 'اقوال'];
const COMPANY = ['شركه', 'نادي', 'نادى', 'بنك', 'مصرف', 'مجموعه', 'فريق', 'مؤسسه', 'منتخب'];

/** Whether the word's key, with or without one proclitic or conjunction, is one of `nouns`. */
function isOneOf(word: string | undefined, nouns: readonly string[]): boolean {
  if (word === undefined) return false;
  const key = matchKey(word);
  const readings = [key, afterConjunction(key) ?? key, ...procliticReadings(key)];
  return readings.some((r) => nouns.includes(r));
}

export type ClassName = 'PERS after a governing noun' | 'ORG after a company/club cue';
export const CLASSES: readonly ClassName[] = ['PERS after a governing noun', 'ORG after a company/club cue'];

/** The class of a gold span, or null. */
export function goldClass(tokens: readonly string[], gold: EntitySpan): ClassName | null {
  const before = tokens[gold.start - 1];
  if (gold.type === 'PERS' && isOneOf(before, GOVERNING)) return 'PERS after a governing noun';
  if (gold.type === 'ORG' && (isOneOf(before, COMPANY) || isOneOf(tokens[gold.start], COMPANY))) return 'ORG after a company/club cue';
  return null;
}

export interface ClassCount { gold: number; tagger: number; stage: number; missed: string[] }

/** Counts one sentence's gold spans of each class and which the tagger and the stage find exactly. */
export function countClasses(counts: Map<ClassName, ClassCount>, tokens: readonly string[], gold: readonly EntitySpan[], tagger: readonly EntitySpan[], stage: readonly EntitySpan[]): void {
  const same = (a: EntitySpan) => (b: EntitySpan): boolean => a.type === b.type && a.start === b.start && a.end === b.end;
  for (const g of gold) {
    const cls = goldClass(tokens, g);
    if (cls === null) continue;
    const c = counts.get(cls) ?? { gold: 0, tagger: 0, stage: 0, missed: [] };
    c.gold += 1;
    if (tagger.some(same(g))) c.tagger += 1;
    if (stage.some(same(g))) c.stage += 1;
    else {
      const near = stage.filter((s) => s.start < g.end + 1 && g.start - 1 < s.end).map((s) => `${s.type}[${tokens.slice(s.start, s.end).join(' ')}]`).join(' ') || '-';
      c.missed.push(`${tagger.some(same(g)) ? 'T+' : 'T-'} gold ${g.type}[${tokens.slice(g.start, g.end).join(' ')}] stage ${near} | ${tokens.slice(Math.max(0, g.start - 3), g.end + 2).join(' ')}`);
    }
    counts.set(cls, c);
  }
}
