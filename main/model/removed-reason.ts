import { z } from 'zod';

/**
 * Why a line is not in the article's story: what the cleaner took it for (web-page furniture, the page's own
 * byline, date line or credits, a fragment between removed lines, a repeat), or 'analyst' when the analyst took it
 * out. Codes, not sentences: the CLI's JSON carries them as they are and the UI says each in the analyst's language.
 */
export const RemovedReason = z.enum([
  // furniture of the page
  'navigation',
  'related-links',
  'ticker',
  'ad-marker',
  'share-icons',
  'social',
  'link',
  'tags',
  'comments',
  'newsletter',
  'form-message',
  'app-promo',
  'channel-promo',
  'donation',
  'copyright',
  'disclaimer',
  'cookie-notice',
  'reader-notice',
  'site-name',
  'masthead',
  // the article's own apparatus
  'byline',
  'author-bio',
  'dateline',
  'credits',
  'source-credit',
  'caption',
  'story-teaser',
  // what the surrounding lines decide
  'short-fragment',
  'duplicate',
  'repeated-headline',
  'cross-document-repeat',
  // the analyst's correction
  'analyst',
]);
export type RemovedReason = z.infer<typeof RemovedReason>;
