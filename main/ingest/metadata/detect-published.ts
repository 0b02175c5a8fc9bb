import { findDates, type DateMention } from '../../analysis/dates/index.ts';
import { maskOutletNames } from './mask-outlets.ts';
import { normalise } from '../../analysis/arabic/index.ts';
import type { RawDocument } from '../raw-document.ts';
import type { PartialDate } from '../article.ts';
import { lineDates } from '../clean/dateline.ts';
import { UNKNOWN, type Detected } from './detected.ts';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;
const DATED_KINDS = new Set<DateMention['kind']>(['date', 'month', 'hijri']);

function fromMention(m: DateMention | undefined): { value: PartialDate; basis: 'explicit' | 'inferred' } | null {
  if (m === undefined || !/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/u.test(m.value)) return null;
  return { value: m.value, basis: m.yearBasis === 'explicit' ? 'explicit' : 'inferred' };
}

/**
 * A date the text gives for itself: «اليوم، الاثنين 17 من شباط», «اليوم 26 من آب» — "today" followed at once
 * by a day and month. The date tagger infers the year from a weekday; without one the year stays unknown.
 */
export function selfDated(text: string, now?: string): DateMention | undefined {
  const masked = maskOutletNames(text);
  const mentions = findDates(masked, now === undefined ? {} : { now }).filter((m) => DATED_KINDS.has(m.kind) && m.value.length >= 7);
  return mentions.find((m) => {
    if (/^اليوم(?![\p{L}])/u.test(normalise(m.text))) return true;
    const before = normalise(masked.slice(Math.max(0, m.start - 24), m.start));
    return /(?:^|[^\p{L}])[وف]?اليوم[\s,،:\-–]*(?:(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)[\s,،:\-–]*)?$/u.test(before);
  });
}

/**
 * When the article was published: declared metadata (explicit); else the page's date line (explicit when
 * it writes the year); else a self-dated phrase in the story (inferred); else unknown. `datelines` are the
 * lines the cleaner took out as the page's date line, `body` the cleaned story.
 */
export function detectPublished(raw: RawDocument, datelines: readonly string[], body: string, now?: string): Detected<PartialDate> {
  const declared = raw.declared.published?.trim();
  if (declared) {
    const iso = ISO.exec(declared);
    if (iso) return { value: iso[0], basis: 'explicit' };
    const read = fromMention(lineDates(declared, now).find((m) => DATED_KINDS.has(m.kind)));
    if (read) return { value: read.value, basis: 'explicit' };
  }
  for (const line of datelines) {
    const read = fromMention(lineDates(line, now).find((m) => DATED_KINDS.has(m.kind)));
    if (read) return read;
  }
  for (const paragraph of body.split(/\n+/u)) {
    if (!normalise(paragraph).includes('اليوم')) continue; // most paragraphs never say "today"
    const read = fromMention(selfDated(paragraph, now));
    // «اليوم 26 من آب» states the day but not the year: the date is the page's own, its year a guess.
    if (read) return { value: read.value, basis: read.value.startsWith('--') ? 'inferred' : read.basis };
  }
  return UNKNOWN;
}
