import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { personName } from './head-byline.ts';
import { findOutletMentions, outletByName, outletInSlot, type KnownOutlet } from './known-outlets.ts';
import { lineKey } from '../lines/line-key.ts';
import { isKnownPlace } from './known-places.ts';
import { isOwnReporterWord } from './own-reporter-word.ts';
import { isListedShortForm } from './outlet-country.ts';

// One part of a dateline and the dash or slash after it: «البصرة - », «طرابزون/ ».
const PART = /^([^-–—/:：()«»"“”|]{2,40}?)\s*[-–—/]\s*/u;

/** What a dateline with a byline inside it names: the writer, the agency or newsroom when it names one, and whether the line is nothing else. */
export interface DatelineByline {
  writer: string;
  agency: KnownOutlet | null;
  whole: boolean;
}

/**
 * A dateline that carries the writer's byline: a place (one the gazetteer knows, or one word when an agency follows),
 * then the writer and (either way round) the agency or newsroom, each after a dash or a slash — «البصرة - واع - حيدر
 * الموسوي», «طرابزون/ أوزجان يلماز/ الأناضول افتتحت…» (glued to the story), «القاهرة - محمد علي - أعلنت…». The writer
 * is a person's name; without an outlet beside it, it must open as one (opensWithGivenName: a given name the
 * gazetteer knows, or a kunya word opening three words or more): «القاهرة - وزير الخارجية -» is no byline. Null for any other line.
 */
export function datelineByline(line: string): DatelineByline | null {
  const text = line.trim();
  const first = PART.exec(text);
  if (first === null || first[1] === undefined) return null;
  // A place the gazetteer lacks («طرابزون») counts as one word when the agency confirms the dateline.
  const placeKnown = isKnownPlace(first[1]);
  if (!placeKnown && /\s/u.test(first[1].trim())) return null;
  let rest = text.slice(first[0].length);
  let writer: string | null = null;
  let agency: KnownOutlet | null = null;
  for (let slot = 0; slot < 2; slot++) {
    const m = PART.exec(rest);
    if (m === null) break;
    const part = (m[1] ?? '').trim();
    // «الخليل – مراسلنا – فلان الفلاني»: the own reporter's word stands in no slot; the name after it is the writer's.
    if (isOwnReporterWord(part)) {
      rest = rest.slice(m[0].length);
      slot--;
      continue;
    }
    const outlet: KnownOutlet | null = agency === null ? outletInSlot(part) : null;
    const name: string | null = writer === null && outlet === null && !isKnownPlace(part) ? personName(part) : null;
    if (outlet === null && name === null) break;
    agency ??= outlet;
    writer ??= name;
    rest = rest.slice(m[0].length);
  }
  const tail = rest.trim();
  // «… - حيدر الموسوي»: the last part ends the line; «… / الأناضول افتتحت…»: the agency opens the story.
  if (writer === null && outletInSlot(tail) === null && !isKnownPlace(tail)) writer = personName(tail);
  const whole = tail.length === 0 || (writer !== null && writer === personName(tail)) || (agency === null && outletInSlot(tail) !== null);
  if (agency === null) {
    const lead = findOutletMentions(tail)[0];
    if (lead !== undefined && lead.start === 0) agency = lead.outlet;
  }
  if (writer === null || (!placeKnown && agency === null)) return null;
  if (agency === null && !opensWithGivenName(writer)) return null;
  return { writer, agency, whole };
}

/**
 * The writer a newsroom's dateline names after its place: «الثورة – حلب – نهى حمدان:» (newsroom, place, writer). The
 * newsroom is a short name, no place; the place one the gazetteer knows; the writer a person's name that opens as
 * one (opensWithGivenName). Null for any other line.
 */
export function newsroomPlaceWriter(line: string): string | null {
  const parts = dashedByline(line).replace(/\s*[:：]$/u, '').split(/\s+[-–—]\s+|\s*[–—]\s*/u).map((p) => p.trim());
  if (parts.length !== 3) return null;
  const [newsroom = '', place = '', name = ''] = parts;
  if (newsroom.split(/\s+/u).length > 3 || isKnownPlace(newsroom) || !isKnownPlace(place)) return null;
  const writer = personName(name);
  return writer !== null && opensWithGivenName(writer) ? writer : null;
}

/**
 * The writer a newsroom's byline names after its name and a dash, with no place: «الوسط - فلان الفلاني», «الحرية- فلان
 * الفلاني:». The newsroom is a listed outlet or a name the page's masthead prints on a line of its own (`mastheads`,
 * the lines above the headline), never a place; the writer a person's name that opens as one (opensWithGivenName).
 * Null for any other line.
 */
export function newsroomWriter(line: string, mastheads: readonly string[]): string | null {
  const m = /^([^-–—:：\p{N}]{2,30}?)\s*[-–—]\s*([^-–—:：\p{N}]{4,40}?)\s*[:：]?$/u.exec(dashedByline(line));
  if (m === null) return null;
  const newsroom = (m[1] ?? '').trim();
  if (isKnownPlace(newsroom) || newsroom.split(/\s+/u).length > 4) return null;
  // Without a place before it, a short form is not enough: «X - Y» menus are built alike.
  const key = lineKey(newsroom);
  if (outletByName(newsroom) === null && !mastheads.some((h) => lineKey(h) === key)) return null;
  const writer = personName(m[2] ?? '');
  return writer !== null && !isKnownPlace(writer) && opensWithGivenName(writer) ? writer : null;
}

/**
 * A byline line with its dashes as the readers here split at: a tatweel with a space either side stands for a dash
 * («كود ـ فلان الفلاني»: some sites' editors type it for one), and the slashes a byline may close on are dropped
 * («فلان الفلاني//»). An unspaced tatweel is a stretched letter and stays.
 */
function dashedByline(line: string): string {
  return line.trim().replace(/\s\u0640+\s/gu, ' - ').replace(/\s*\/{1,3}$/u, '');
}

/**
 * Whether the newsroom part of a «place - newsroom - writer» byline names the page's newsroom: a listed outlet, a
 * short form the list's outlets print of their names («الدستور» for «الدستور الأردنية»: between a known place and a
 * person's name no other word stands so), or a name the masthead prints on a line of its own (`mastheads`).
 */
function namesNewsroomOfPage(newsroom: string, mastheads: readonly string[]): boolean {
  if (outletByName(newsroom) !== null || isListedShortForm(newsroom)) return true;
  const key = lineKey(newsroom);
  return mastheads.some((h) => lineKey(h) === key);
}

// «يزن الربابعة (طالب صحافة)»: the writer's role in brackets after the name.
const BRACKETED_ROLE = /^(.+?)\s*[(（]\s*([^()（）]{2,30}?)\s*[)）]$/u;
// The posts such brackets give a person: a student, a trainee, a reporter, an editor, a writer.
const PERSON_POST = /^(?:ال)?(?:طالب|طالبة|متدرب|متدربة|صحفي|صحفية|صحافي|صحافية|مراسل|مراسلة|محرر|محررة|كاتب|كاتبة|باحث|باحثة)(?:\s|$)/u;

/**
 * The writer a dateline names after its place and the newsroom's name: «إربد – صحافة اليرموك – فلان الفلاني (طالب
 * صحافة)». The place one the gazetteer knows; the newsroom a listed outlet or a name the masthead prints on a line of
 * its own (`mastheads`, the lines above the headline), so that «القاهرة – وزير الخارجية – …» is none; the writer a
 * person's name that opens as one (opensWithGivenName), a role in brackets after it set aside (a place in brackets
 * there is the place byline's, parsePlaceByline). Null for any other line.
 */
export function placeNewsroomWriter(line: string, mastheads: readonly string[]): string | null {
  const parts = dashedByline(line).replace(/\s*[:：]$/u, '').split(/\s+[-–—]\s+/u).map((p) => p.trim());
  if (parts.length !== 3) return null;
  const [place = '', newsroom = '', named = ''] = parts;
  if (!isKnownPlace(place) || isKnownPlace(newsroom) || newsroom.split(/\s+/u).length > 4) return null;
  if (!namesNewsroomOfPage(newsroom, mastheads)) return null;
  const role = BRACKETED_ROLE.exec(named);
  if (role !== null && isKnownPlace(role[2] ?? '')) return null;
  const writer = personName(role === null ? named : (role[1] ?? ''));
  if (writer === null || isKnownPlace(writer)) return null;
  // A given name the gazetteer lacks («يزن») is still a person's when the brackets after it give a person's post.
  return opensWithGivenName(writer) || (role !== null && PERSON_POST.test(role[2] ?? '')) ? writer : null;
}
