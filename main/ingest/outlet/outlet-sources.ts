// Every place a page may name an outlet, as the outlet chooser (outlet-candidates.ts) reads them: the readers the
// rules use (metadata/), each asked of the lines where such a name stands — the head, the foot, or both — and the
// page's own fields (declared name, title tag, URL and file hosts). Only the head's and foot's lines are read: the
// story between them is the import's largest part, and the rules' choice (a candidate of its own) already stands for
// what they found there. A listed name merely mentioned in a head or foot line is no candidate: on the training sets
// such names were mostly other outlets quoted or words that spell one («العربية», «المدن»), and the chooser took them
// where the page named no outlet.
import type { RawDocument } from '../../model/raw-document.ts';
import { breadcrumbOutlet } from '../metadata/breadcrumb.ts';
import { bracketDatelineOutlet } from '../metadata/bracket-dateline.ts';
import { carriedCredit } from '../metadata/carried-credit.ts';
import { datelineByline } from '../metadata/dateline-byline.ts';
import { copyrightHolder, donationOutlet, headlineSuffixOutlet, quotedSelfReferences, selfReferences } from '../metadata/detect-outlet.ts';
import { gluedDatelineAgency } from '../metadata/glued-dateline.ts';
import { aggregatedSourceOfUrl, outletByDomain } from '../metadata/known-outlets.ts';
import { mastheadOutlet } from '../metadata/masthead.ts';
import { menuOutlet } from '../metadata/menu-outlet.ts';
import { newsroomHandleOutlet } from '../metadata/newsroom-handle.ts';
import {
  aggregatedOrigin, bylineOutlet, captionCreditOutlet, closingCreditOutlet, datelineOutlet, latinSiteLine, logoOutlet, ownDateline, siteNameLine, wireCreditOutlet,
} from '../metadata/outlet-cues.ts';
import { outletShaped, sectionShaped } from '../metadata/outlet-shape.ts';
import { shapedDatelineOutlet } from '../metadata/shaped-dateline.ts';
import { footerOutlet } from '../metadata/site-footer.ts';
import { closingSourceName, sourceLineOutlet } from '../metadata/source-line.ts';
import { authorAt, feedPost } from '../metadata/wordpress-feed.ts';

/** Where on the page a line source is asked: the head's lines, the foot's, or both. */
export type Zone = 'head' | 'foot' | 'both';

/** One reader of a line: the names it finds there (a line may name several: mentions, self-references). */
export interface LineSource {
  kind: string;
  zone: Zone;
  read: (line: string) => readonly string[];
}

const one = (name: string | null | undefined): readonly string[] => (name === null || name === undefined || name === '' ? [] : [name]);

/** A short line built like an outlet's name alone («نبض الواحات», «زوعا اورغ/»), not a section label. */
function bareName(line: string): string | null {
  const bare = line.replace(/\s*[/\-–—]\s*$/u, '');
  // «بغداد - شفق نيوز» is a dateline, «أخبار | رياضة» a menu: a name alone has no separator inside.
  if (/[|/\-–—]/u.test(bare)) return null;
  return bare.split(/\s+/u).length <= 4 && !/[\p{N}.:،,!؟?]/u.test(bare) && !sectionShaped(bare) && outletShaped(bare) ? bare : null;
}

/**
 * The line sources, in a fixed order (the order candidates are first met in, which decides ties). The kinds name the
 * features the model learns a weight for: renaming one is a new feature set (OUTLET_FEATURE_SET).
 */
export const LINE_SOURCES: readonly LineSource[] = [
  { kind: 'logo', zone: 'head', read: (l) => one(logoOutlet(l)?.name) },
  { kind: 'masthead', zone: 'head', read: (l) => one(mastheadOutlet(l)) },
  { kind: 'site-name', zone: 'head', read: (l) => one(siteNameLine(l)?.name) },
  { kind: 'menu', zone: 'head', read: (l) => one(menuOutlet(l)?.name) },
  { kind: 'breadcrumb', zone: 'head', read: (l) => one(breadcrumbOutlet(l)) },
  { kind: 'headline-suffix', zone: 'head', read: (l) => one(headlineSuffixOutlet(l)?.name) },
  { kind: 'bare-name', zone: 'head', read: (l) => one(bareName(l)) },
  { kind: 'byline', zone: 'head', read: (l) => one(bylineOutlet(l)) },
  { kind: 'wire-credit', zone: 'head', read: (l) => one(wireCreditOutlet(l)) },
  { kind: 'origin', zone: 'head', read: (l) => one(aggregatedOrigin(l)) },
  { kind: 'handle', zone: 'head', read: (l) => one(newsroomHandleOutlet(l)?.name) },
  { kind: 'dateline', zone: 'head', read: (l) => one(datelineOutlet(l)?.name) },
  { kind: 'own-dateline', zone: 'head', read: (l) => one(ownDateline(l)?.outlet.name) },
  { kind: 'dateline-byline', zone: 'head', read: (l) => one(datelineByline(l)?.agency?.name) },
  { kind: 'bracket-dateline', zone: 'head', read: (l) => one(bracketDatelineOutlet(l)) },
  { kind: 'glued-dateline', zone: 'head', read: (l) => one(gluedDatelineAgency(l)?.name) },
  { kind: 'shaped-dateline', zone: 'head', read: (l) => one(shapedDatelineOutlet(l)) },
  { kind: 'caption', zone: 'head', read: (l) => one(captionCreditOutlet(l)?.name) },
  { kind: 'latin-site', zone: 'both', read: (l) => one(latinSiteLine(l)?.name) },
  { kind: 'copyright', zone: 'both', read: (l) => one(copyrightHolder(l)) },
  { kind: 'donation', zone: 'both', read: (l) => one(donationOutlet(l)) },
  { kind: 'source-line', zone: 'both', read: (l) => one(sourceLineOutlet(l)) },
  { kind: 'carried', zone: 'both', read: (l) => one(carriedCredit(l)) },
  { kind: 'feed', zone: 'both', read: (l) => one(feedPost(l)?.site ?? authorAt(l)?.site) },
  { kind: 'self', zone: 'both', read: (l) => [...selfReferences(l), ...quotedSelfReferences(l)] },
  { kind: 'footer', zone: 'foot', read: (l) => one(footerOutlet(l)) },
  { kind: 'closing-credit', zone: 'foot', read: (l) => one(closingCreditOutlet(l)?.name) },
  { kind: 'closing-source', zone: 'foot', read: (l) => one(closingSourceName(l)) },
];

/** The sources whose name is a wire's credit on the story («بيروت (رويترز) -», «— أ ف ب»): usually not the outlet. */
export const WIRE_KINDS: ReadonlySet<string> = new Set(['dateline', 'dateline-byline', 'glued-dateline', 'closing-credit', 'source-line']);

/** The sources that are the page's own word on its outlet: a candidate from them is read as explicit. */
export const EXPLICIT_KINDS: ReadonlySet<string> = new Set(['declared', 'copyright', 'donation']);

// «بلقيس | headline», «headline - صحيفة عكاظ»: the short side of a title tag split by a bar, dash or colon.
const TITLE_PARTS = /\s+[|\-–—:]\s+|\s*\|\s*/u;

/** The site's name a title tag carries beside the headline: its shortest side, when it is name-sized (1–4 words). */
function titleTagName(title: string | undefined): string | null {
  const parts = (title ?? '').split(TITLE_PARTS).map((p) => p.trim()).filter((p) => p.length > 1);
  if (parts.length < 2) return null;
  const shortest = [...parts].sort((a, b) => a.split(/\s+/u).length - b.split(/\s+/u).length)[0] ?? '';
  return shortest.split(/\s+/u).length <= 4 ? shortest : null;
}

/** The names the page's fields give, each with its source kind: declared outlet (og:site_name), title tag, URL and file hosts. */
export function pageSources(raw: RawDocument, url: string | undefined): { kind: string; name: string }[] {
  const out: { kind: string; name: string }[] = [];
  const add = (kind: string, name: string | null | undefined): void => {
    if (name !== null && name !== undefined && name.trim() !== '') out.push({ kind, name: name.trim() });
  };
  add('declared', raw.declared.outlet);
  add('title-tag', titleTagName(raw.declared.title));
  if (url !== undefined) {
    const host = outletByDomain(url);
    add(host?.aggregator === true ? 'url-aggregator' : 'url-host', host?.name);
    add('url-copied', host?.aggregator === true ? aggregatedSourceOfUrl(url)?.name : null);
  }
  add('file-host', outletByDomain(raw.file.split(/[\\/]/u).pop() ?? '')?.name);
  return out;
}
