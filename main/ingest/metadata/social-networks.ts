import { lineKey } from '../lines/line-key.ts';

/**
 * The social platforms a newsroom sends its readers to, in the spellings pages use (keys: lineKey's fold, so «إكس»
 * and «Facebook» are found as «اكس» and «facebook»). A two-word spelling («فيس بوك») is written as pages split it.
 * One list for every reader that tells a platform from a site: a channel promotion names one (clean/channel-promo.ts),
 * a footer's «تابعنا على X» may name one instead of the site (metadata/site-footer.ts).
 */
export const SOCIAL_NETWORKS: readonly string[] = [
  'تلغرام', 'تليغرام', 'تيليغرام', 'تيليجرام', 'تلجرام', 'تليجرام', 'telegram',
  'يوتيوب', 'youtube',
  'واتساب', 'واتس اب', 'whatsapp',
  'فيسبوك', 'فيس بوك', 'facebook',
  'تويتر', 'twitter', 'اكس', 'x',
  'انستغرام', 'انستجرام', 'انستقرام', 'instagram',
  'تيكتوك', 'تيك توك', 'tiktok',
  'لينكدان',
].map(lineKey);

/**
 * The first word of each spelling: what a reader that looks at one word at a time can see of a platform («فيس» of
 * «فيس بوك», «تيك» of «تيك توك»).
 */
export const SOCIAL_NETWORK_WORDS: ReadonlySet<string> = new Set(SOCIAL_NETWORKS.map((n) => n.split(' ')[0] ?? n));
