import { normalise } from '../../text/arabic/index.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';
import { outletByName, outletInSlot } from './known-outlets.ts';
import { isKnownPlace } from './known-places.ts';

// Aggregators (سعورس, سودارس, مصرس) close each copy with the paper or agency it was filed from and its day: «نشر في
// واس يوم 12 - 01 - 2026», «نُشر في الرياض يوم …». The name between «في» and «يوم» is the origin.
// The day follows in digits and nothing else does: «نُشر في الجريدة الرسمية يوم الأحد قرار …» is a sentence of a story.
const FILED_IN = /^(?:نشر|نُشر)\s+(?:في|فى|على)\s+(.{2,40}?)\s+(?:يوم|بتاريخ)\s+[\p{N}\u0660-\u0669][\p{N}\u0660-\u0669\s/\-–.:]*(?:[مصه]|هـ)?\s*$/u;
// A paper's own dateline for what its newsroom wrote: «القاهرة: خاص قوون», «الخرطوم - خاص السوداني -». The place
// comes first and the credit is the paper's name after «خاص».
const OWN_CREDIT = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)\s*[:\-–—]\s*خاص\s+(?:لـ\s*|ل)?([^\s:\-–—،,.]+(?:\s+[^\s:\-–—،,.]+){0,2})\s*(?:[:\-–—]|$)/u;
// What follows «خاص» besides a newsroom: «خاص بالموقع», «خاص بنا», the writer's role.
const NOT_A_NAME = /^(?:ب|بال|بـ|من|عن|مراسل|مراسلنا|موفد|الموقع|موقعنا)/u;

/** A credit's name when it can be a newsroom's: up to three words, no place, no person (no given name first). */
function newsroomName(text: string): string | null {
  const name = text.replace(/^["'«“]+|["'»”.]+$/gu, '').trim();
  const words = name.split(/\s+/u);
  if (name.length < 2 || words.length > 3 || /[\p{N}]/u.test(name) || !/\p{Script=Arabic}/u.test(name)) return null;
  const known = outletInSlot(name);
  if (known !== null) return known.name;
  if (isKnownPlace(name) || NOT_A_NAME.test(name) || isGivenName(normalise(words[0] ?? ''))) return null;
  return name;
}

// «ديربورن – خاص «صدى الوطن»»: a credit in quotes is a name, whatever town the gazetteer lacks stands before it —
// unless a person's name does («سارة – خاص «…»» is a writer's line).
const QUOTED = /^[«"“].+[»"”]$/u;
function quotedCredit(before: string, credit: string): boolean {
  return QUOTED.test(credit.trim()) && !isGivenName(normalise(before.trim().split(/\s+/u)[0] ?? ''));
}

/**
 * The newsroom a page credits for the copy it carries: an aggregator's «نشر في X يوم …» line, or a dateline's «place:
 * خاص X» that names the paper the story was written for. Null when the line is neither, or names no newsroom.
 */
export function carriedCredit(line: string): string | null {
  const text = line.trim();
  const filed = FILED_IN.exec(text);
  if (filed) {
    // Where only a newsroom stands, a place's name is the paper named after it («نشر في الرياض يوم» is جريدة الرياض).
    const name = (filed[1] ?? '').trim();
    return (isKnownPlace(name) ? (outletByName(`صحيفة ${name}`) ?? outletByName(`جريدة ${name}`))?.name : null) ?? newsroomName(name);
  }
  const own = OWN_CREDIT.exec(text);
  if (own && (isKnownPlace(own[1] ?? '') || quotedCredit(own[1] ?? '', own[2] ?? ''))) return newsroomName(own[2] ?? '');
  return null;
}
