import { BARE_HOST, citedOutlet } from './cited-outlet.ts';
import { outletByDomain, outletInSlot, type KnownOutlet } from './known-outlets.ts';
import { isKnownPlace } from './known-places.ts';
import { nounAlternation, nounKeys, QUOTE_MARKS, SITE_DESCRIPTORS, withoutPrintNoun } from './outlet-nouns.ts';
import { matchKey } from '../../text/arabic/index.ts';

/**
 * One key per outlet, whatever form it is cited in: the analyst's grade of «جريدة الصباح» is the grade of a source the
 * import cites «الصباح» (cited-outlet.ts drops a paper's kind word, puts the masthead's name for a
 * bare host, Arabic before Latin), and ungrading either form ungrades both.
 *
 * - A name the outlet list knows, by any of its forms (an alias, a Latin name or acronym, initials, a domain or the
 *   domain's label, the bare name of an outlet listed with its kind word, a name without its news word: outletInSlot,
 *   since a grade's name is known to stand for an outlet), is keyed by the listed outlet's name. Two listed outlets
 *   stay apart even where their names differ only by a kind word: «الغد» (the Jordanian paper) and «قناة الغد»,
 *   «الأنباء الكويتية» and «وكالة الأنباء الكويتية» (KUNA), «صحيفة فلسطين» and «تلفزيون فلسطين».
 * - Any other name is keyed as a reader would cite it (citedOutlet without a page: furniture off, a paper without
 *   «صحيفة»), then folded only as far as a citation may differ from it: the letters by the text layer's matching key,
 *   a paper's print noun off (as citedOutlet drops it, not before a place: «جريدة عمان» is not the place), one trailing
 *   site word («الإخباري», «الإلكترونية») off, an agency's «للأنباء» off («وكالة سنبلة للأنباء» / «وكالة سنبلة»), a
 *   bare host without its scheme, «www.» and path. A channel's, a network's, a radio's, a site's or a television's
 *   noun stays, since a citation keeps it: «قناة المنار» and «جريدة المنار» are two outlets and two grades.
 *
 * The key is only ever compared with keys of the same function: a store keeps it (outlet_grades.outlet_key) and
 * rewrites it when the function changes (library/outlet-grade-rekey.ts: a migration, then every opening).
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
const QUOTES = new RegExp(`[${QUOTE_MARKS}]`, 'gu');
/** «وكالة X للأنباء» is «وكالة X» («وكالة يونهاب للأنباء» / «وكالة يونهاب»). */
const AGENCY_TAIL = new RegExp(`^(${matchKey('وكالة')}\\s+.+?)\\s+${matchKey('للأنباء')}$`, 'u');
const SITE_WORD_END = new RegExp(`^(.+?)\\s+${nounAlternation(nounKeys(SITE_DESCRIPTORS))}$`, 'u');
/** An address's scheme, and its path after the host: off before the host is read as cited-outlet's BARE_HOST. */
const SCHEME = /^https?:\/\//iu;
const PATH = /[/?#]\S*$/u;

function listedOutlet(name: string): KnownOutlet | null {
  return name.trim().length === 0 ? null : outletInSlot(name);
}

/** A site's host when the name is one (a bare host or an address), lower-cased, without scheme, «www.» or path. */
function bareHost(name: string): string | null {
  const address = name.trim().replace(SCHEME, '').replace(PATH, '');
  return BARE_HOST.test(address) ? address.toLowerCase().replace(/^www\./u, '') : null;
}

/** An unlisted name's key: its matching key without a paper's print noun (not before a place), one site word after it and an agency's «للأنباء». */
function folded(name: string): string {
  const key = matchKey(name);
  const bare = matchKey(withoutPrintNoun(name));
  const kept = bare.length === 0 || isKnownPlace(bare) ? key : bare;
  const plain = SITE_WORD_END.exec(kept)?.[1] ?? AGENCY_TAIL.exec(kept)?.[1] ?? kept;
  return plain.length === 0 ? key : plain;
}
