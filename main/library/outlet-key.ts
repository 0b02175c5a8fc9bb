import { citedOutlet } from '../ingest/metadata/cited-outlet.ts';
import { outletByDomain, outletInSlot, type KnownOutlet } from '../ingest/metadata/known-outlets.ts';
import { isKnownPlace } from '../ingest/metadata/known-places.ts';
import { nounAlternation, nounKeys, PRINT_NOUNS, SITE_DESCRIPTORS, TELEVISION_NOUN } from '../ingest/metadata/outlet-nouns.ts';
import { matchKey } from '../text/arabic/index.ts';

/**
 * One key per outlet, whatever form it is cited in: the analyst's grade of «جريدة الصباح» is the grade of a source the
 * import cites «الصباح» (ingest/metadata/cited-outlet.ts drops a paper's kind word, puts the masthead's name for a
 * bare host, Arabic before Latin), and ungrading either form ungrades both.
 *
 * - A name the outlet list knows, by any of its forms (an alias, a Latin name or acronym, initials, a domain or the
 *   domain's label, the bare name of an outlet listed with its kind word, a name without its news word: outletInSlot,
 *   since a grade's name is known to stand for an outlet), is keyed by the listed outlet's name. Two listed outlets
 *   stay apart even where their names differ only by a kind word: «الغد» (the Jordanian paper) and «قناة الغد»,
 *   «الأنباء الكويتية» and «وكالة الأنباء الكويتية» (KUNA), «صحيفة فلسطين» and «تلفزيون فلسطين».
 * - Any other name is keyed as a reader would cite it (citedOutlet without a page: furniture off, a paper without
 *   «صحيفة»), then folded: the letters by the text layer's matching key, one leading kind word (KIND_NOUNS) and one
 *   trailing site word («الإخباري», «الإلكترونية») off, a bare host without its scheme, «www.» and path.
 *
 * Left out of the kind words: «وكالة» before «الأنباء» or «أنباء» («وكالة الأنباء X» is an agency, «الأنباء X» a
 * paper: the list holds such a pair), «بوابة» (a portal is its own outlet, «بوابة الأهرام»), «راديو» (part of a station's name, «راديو
 * سوا»: no reader cuts it), «منصة» (a platform's name as much as an outlet's). A kind word before a place stays
 * («جريدة عمان», «تلفزيون سوريا», «إذاعة الجزائر» are three outlets, not the place's one).
 *
 * The key is only ever compared with keys of the same function: a store keeps it (outlet_grades.outlet_key) and
 * rewrites it when the function changes (outlet-grade-rekey.ts: a migration, then every opening).
 */
export function outletKey(outlet: string): string {
  const unquoted = outlet.replace(QUOTES, ' ').replace(/\s+/gu, ' ').trim();
  const cited = citedOutlet(unquoted, '');
  const host = bareHost(cited);
  const listed = listedOutlet(cited) ?? listedOutlet(unquoted) ?? (host === null ? null : (outletByDomain(host) ?? listedOutlet(host)));
  if (listed !== null) return matchKey(canonical(listed).name);
  return folded(host ?? cited);
}

/**
 * The entry a listed outlet's own name resolves to: the list may hold one outlet twice («لو360» and «Le360», each the
 * other's alias), and every form of either must give one key.
 */
function canonical(outlet: KnownOutlet): KnownOutlet {
  return listedOutlet(outlet.name) ?? outlet;
}

// Quotation marks around a name («"الشاهد"»); brackets are furniture citedOutlet reads («(ع)»), so they stay.
const QUOTES = /["'«»“”‘’]/gu;
/** The kind words folded off an unlisted name's start, as the text layer's keys write them. */
const KIND_NOUNS: readonly string[] = nounKeys([...PRINT_NOUNS, 'موقع', 'قناة', 'شبكة', 'إذاعة', TELEVISION_NOUN]);
const KIND_START = new RegExp(`^${nounAlternation(KIND_NOUNS)}\\s+(.+)$`, 'u');
/** «وكالة X للأنباء» is «X» («وكالة يونهاب للأنباء» / «يونهاب»), unless X is «(ال)أنباء …» itself (see outletKey). */
const AGENCY = new RegExp(`^${matchKey('وكالة')}\\s+(?!(?:${matchKey('الأنباء')}|${matchKey('أنباء')})(?:\\s|$))(.+?)(?:\\s+${matchKey('للأنباء')})?$`, 'u');
const SITE_WORD_END = new RegExp(`^(.+?)\\s+${nounAlternation(nounKeys(SITE_DESCRIPTORS))}$`, 'u');
const HOST = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:[/?#]\S*)?$/iu;

function listedOutlet(name: string): KnownOutlet | null {
  return name.trim().length === 0 ? null : outletInSlot(name);
}

/** A site's host when the name is one (a bare host or an address), lower-cased, without scheme, «www.» or path. */
function bareHost(name: string): string | null {
  const m = HOST.exec(name.trim());
  return m === null ? null : (m[1] ?? '').toLowerCase();
}

/** An unlisted name's key: its matching key without one kind word before it (not before a place) and one site word after it. */
function folded(name: string): string {
  const key = matchKey(name);
  const bare = KIND_START.exec(key)?.[1] ?? AGENCY.exec(key)?.[1] ?? key;
  const kept = isKnownPlace(bare) ? key : bare;
  const plain = SITE_WORD_END.exec(kept)?.[1] ?? kept;
  return plain.length === 0 ? key : plain;
}
