// A short line a page prints about itself stands where a logo or a name would, and the forms that read a short line
// for a name take it: a skip link («تخطى إلى المحتوى»), a salutation to its readers («قرّاءنا الأعزاء»), a desk
// («المكتب الإعلامي»), a tagline or its describing words («صحيفة يومية», «إلكترونية مغربية»), a navigation item.
// None is ever an outlet's name; the cleaner's and the rules' own readers of those lines say which they are.
import { boilerplatePhraseReason } from '../clean/boilerplate-phrases.ts';
import { isReaderPrompt } from '../clean/headline-candidate.ts';
import { isReaderSalutation } from '../clean/reader-notice.ts';
import { deskOrLabel } from '../metadata/outlet-name-guard.ts';
import { isDescriptionOnly, isOutletTagline } from '../metadata/outlet-tagline.ts';
import { spaceRunCount } from '../../text/arabic/index.ts';

/** Whether a name is one of the page's words about itself (see above), never an outlet's. */
export function pagePhrase(name: string): boolean {
  const text = name.trim();
  return isReaderPrompt(text) || isReaderSalutation(text) || deskOrLabel(text) || isOutletTagline(text) || isDescriptionOnly(text) || boilerplatePhraseReason(text, spaceRunCount(text)) !== null;
}
