import { AWARD_HEADS, FACILITY_CUES, NAMED_AFTER_HEADS, PLACE_CUES, THING_HEADS, THING_NAMESAKE_TITLES } from '../words/lexicon.ts';
import { claim } from './scan-context.ts';
import type { Found, SentenceScan } from './sentence-scan.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';

/**
 * Where the head of a facility or thing named after person `f` stands, with its reading, or null: right before the
 * name, or before a title right before it («مستشفى الملك حسين», «مطار الملكة علياء», «شارع جمال عبد الناصر»), in
 * construct with nothing breaking the chain. A place cue («مدينة») counts only before a title: «مدينة الملك
 * عبدالله» is named after the king, while a name right after the cue is the place's own word.
 */
function thingHead(s: SentenceScan, f: Found): { at: number; reading: string } | null {
  const { words } = s;
  let k = f.from - 1;
  const titled = k >= 0 && !breaksBefore(words, f.from) && readsAsKeepingArticle(words[k]?.key ?? '', THING_NAMESAKE_TITLES) !== null;
  if (titled) k--;
  if (k < 0 || breaksBefore(words, k + 1)) return null;
  const key = words[k]?.key ?? '';
  const reading = readsAsKeepingArticle(key, THING_HEADS);
  if (reading === null || (!titled && PLACE_CUES.has(reading))) return null;
  return { at: k, reading };
}

/**
 * A person's name inside the name of a facility, a body or a thing named after them («مستشفى الملك حسين», «جسر الملك
 * فهد», «جامعة الملك سعود», «مسجد محمد الخامس»: issue 12) is part of that name, no mention of the person; read as one, a
 * lone «حسين» would merge with another person across articles. The person goes; the whole name, head to the end of
 * the person's words, is the facility's (an award none): a place after a facility or place cue or a street's head, as findPlaces types
 * them, else an organisation, as findKnownPersons types a body named after a known person. Its words stay claimed, so
 * the people the selection knows take no name back out of it. A person the title found with its holder right after a
 * verb («استقبل الملك حسين») has no head before it and stays.
 */
export function namedAfterThing(s: SentenceScan): void {
  for (const f of [...s.found]) {
    if (f.mention.type !== 'person' || f.mention.roleOnly) continue;
    const head = thingHead(s, f);
    if (head === null) continue;
    // The head or the title may be another mention's word already (a rule's place from «مطار»): that mention is the facility.
    // An award («جائزة نوبل») is a thing the Brief has no type for: its words are claimed and name nobody.
    if (AWARD_HEADS.has(head.reading) || s.found.some((o) => o !== f && o.from < f.from && head.at < o.to)) { s.drop(f); claim(s.scan, f.from, f.to); continue; }
    s.drop(f, head.at);
    const body = NAMED_AFTER_HEADS.has(head.reading) && !FACILITY_CUES.has(head.reading);
    s.add(head.at, f.to, { type: body ? 'organization' : 'place', key: s.key(head.at, f.to, head.reading), surface: s.text(head.at, f.to, head.reading) });
  }
}

