// Article metadata from declared fields and from the text itself (see each detector for its evidence).
export type { Detected } from './detected.ts';
export { detectTitle } from './detect-title.ts';
export { inferTitle } from './infer-title.ts';
export { outletNamed, datelineOutlet, logoOutlet, bylineOutlet, closingCreditOutlet } from './outlet-cues.ts';
export { detectOutlet, copyrightHolder, donationOutlet, datelineAgency, selfReferences } from './detect-outlet.ts';
export { detectAuthor } from './detect-author.ts';
export { parseByline, parseAuthorBio, parseOutletByline, parsePlaceByline, parseCredits } from './byline.ts';
export { detectPublished, selfDated } from './detect-published.ts';
export { detectLanguage } from './detect-language.ts';
export { knownOutlets, KnownOutlet, findOutletMentions, outletByName, outletWithin, outletByDomain, type OutletMention } from './known-outlets.ts';
export { maskOutletNames } from './mask-outlets.ts';
