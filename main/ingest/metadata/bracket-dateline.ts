import type { DateMention } from '../../text/dates/index.ts';
import { lineDates } from './dateline.ts';
import { outletInSlot } from './known-outlets.ts';
import { isKnownPlace } from './known-places.ts';
import { outletShaped } from './outlet-shape.ts';

// «أبوظبي (پاکستان پوائنٹ نیوز  02 نوفمبر 2021ء)»: a place, then the newsroom and the date in brackets.
const BRACKET = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*[(（]([^()（）]{4,70})[)）]/u;
const DATED = new Set<DateMention['kind']>(['date', 'month']);

/**
 * The newsroom a dateline names inside its brackets together with the date: «أبوظبي (وام 07 يناير 2026) -»,
 * «أبوظبي (پاکستان پوائنٹ نیوز 02 نوفمبر 2021ء)». The date closes the brackets (an era letter may follow its year);
 * the name before it is a known outlet, or, after a place the gazetteer knows, a name built like an outlet's.
 */
export function bracketDatelineOutlet(line: string): string | null {
  const m = BRACKET.exec(line.trim());
  if (m === null) return null;
  const inner = m[2] ?? '';
  const date = lineDates(inner).find((d) => DATED.has(d.kind) && /^\s*\p{L}?\s*$/u.test(inner.slice(d.end)));
  if (date === undefined) return null;
  const name = inner.slice(0, date.start).replace(/[\s,،\-–—]+$/u, '').replace(/\s+/gu, ' ').trim();
  if (name.length < 2) return null;
  const known = outletInSlot(name);
  if (known !== null) return known.name;
  return isKnownPlace(m[1] ?? '') && outletShaped(name) ? name : null;
}
