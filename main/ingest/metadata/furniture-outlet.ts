import type { RawDocument } from '../../model/raw-document.ts';
import { citedOutlet } from './cited-outlet.ts';
import type { Detected } from './detected.ts';

const ARABIC = /\p{Script=Arabic}/u;
// A logo's alt text that says what the picture is rather than whose it is.
const GENERIC = /^(?:logo|site logo|home|الشعار|شعار|شعار الموقع|الرئيسية|الصفحة الرئيسية)$/iu;

/** The page's logo names (RawDocument.declared.siteNames) that name someone: alt text with letters, not «logo» or «الرئيسية». */
export function logoNames(raw: Pick<RawDocument, 'declared'>): string[] {
  return raw.declared.siteNames?.filter((n) => /\p{L}{2}/u.test(n) && !GENERIC.test(n)) ?? [];
}

/**
 * The outlet the import outputs (ArticleRecord.outlet): the name the outlet readers read (`read`), as a reader cites
 * it (cited-outlet.ts); else, when no reader read one, the site's name its logo gives outside the text
 * (RawDocument.declared.siteNames: «Omantel» over a page whose masthead prints «عمانتل»), inferred, when it is
 * Arabic or the page spells it in Arabic. Only the output:
 * the title and byline readers compare lines with the name the readers read, and with nothing when they read none.
 * `titles`: the page's headline as the import read it, never taken for the masthead (see citedOutlet).
 */
export function importedOutlet(read: Detected<string>, raw: Pick<RawDocument, 'text' | 'declared'>, titles: readonly string[] = []): Detected<string> {
  if (read.value !== null) return { value: citedOutlet(read.value, raw.text, raw.declared.siteNames, titles), basis: read.basis };
  const logo = logoNames(raw)[0];
  const cited = logo === undefined ? null : citedOutlet(logo, raw.text, raw.declared.siteNames, titles);
  // A Latin logo whose Arabic name the page does not spell alike is left unread: an Arabic page that prints its name
  // in Arabic (where no reader found it) cites that, and the skeletons do not reach every spelling («Asiacell» of a
  // page citing «آسياسيل»).
  return cited === null || !ARABIC.test(cited) ? read : { value: cited, basis: 'inferred' };
}
