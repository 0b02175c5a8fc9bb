import { lineKey } from '../lines/line-key.ts';
import { outletInSlot } from './known-outlets.ts';
import { outletShaped } from './outlet-shape.ts';
import { SOCIAL_NETWORKS } from './social-networks.ts';
import { spaceSplitCount } from '../../text/arabic/index.ts';

// What a page's own footer says to send the reader back to it: «للمزيد: موقع X، …», «للمزيد من الأخبار تابعوا X»,
// «تابعنا على X», and WordPress's feed line «The post … first appeared on X.» («ظهرت المقالة … أولاً على X»).
const MORE = /^(?:لل?مزيد(?:\s+من\s+(?:الأخبار|الاخبار|التفاصيل|المعلومات))?|لمتابعة\s+(?:المزيد|آخر\s+الأخبار|اخر\s+الاخبار))\s*[:：\-–]?\s*(?:(?:زوروا|زر|تابعوا|تابعونا\s+على|تابعنا\s+على)\s+)?(?:(?:ال)?موقع\s+)?(.{2,50})$/u;
const FOLLOW = /(?:تابعنا|تابعونا|تابعوا|follow)\s+(?:على|عبر|في|on)?\s*(.{2,40})$/iu;
const FIRST_APPEARED = /(?:first appeared on|ظهرت المقالة .{0,80} أولاً على|ظهرت المقالة .{0,80} أولا على)\s+(.{2,50}?)\.?$/iu;
// Where «تابعنا على» sends the reader when it names a network rather than the site: a platform (social-networks.ts),
// a news aggregator, the networks at large, or the site's own page or channel on one.
const NETWORKS = new Set([
  ...SOCIAL_NETWORKS,
  ...['جوجل نيوز', 'google news', 'مواقع التواصل', 'مواقع التواصل الاجتماعي', 'صفحتنا', 'قناتنا'].map(lineKey),
]);

// «منصة X», «تطبيق تلغرام», «قناتنا على يوتيوب»: the noun a network's name may follow; the network is still no site.
const NETWORK_NOUN = /^(?:منصة|منصه|منصات|تطبيق|حساب|حسابنا|حساباتنا)\s+/u;

// «تابعوا البشاير على جوجل نيوز»: the site followed, then the network it is followed on.
const ON_NETWORK = /\s+(?:على|عبر|on|via)\s+(.+)$/iu;

/** A name without the network a «follow» line names after it («X على جوجل نيوز» → «X»); a name not so followed as it is. */
function withoutNetwork(name: string): string {
  const on = ON_NETWORK.exec(name);
  if (on === null) return name;
  const network = lineKey((on[1] ?? '').replace(NETWORK_NOUN, ''));
  return NETWORKS.has(network) || NETWORKS.has(network.split(' ')[0] ?? '') ? name.slice(0, on.index) : name;
}

function siteName(text: string): string | null {
  // «منصة X: @handle»: the handle after the colon is the network's account, not part of a name.
  const name = withoutNetwork(text.split(/\s*[،,|؛:：]\s*|\s+[-–—]\s+/u)[0]?.replace(/^["'«“]+|["'»”.!]+$/gu, '').trim() ?? '');
  const network = lineKey(name.replace(NETWORK_NOUN, ''));
  // «حسابنا @handle» without a colon: a handle is an account on a network, never the site's name.
  if (name.length < 2 || name.includes('@') || NETWORKS.has(network) || NETWORKS.has(network.split(' ')[0] ?? '')) return null;
  const known = outletInSlot(name);
  if (known) return known.name;
  return outletShaped(name) ? name : null;
}

/**
 * The site a footer line names as the page's own: «للمزيد: موقع صوت الساحل، تابعنا على صوت الساحل», «تابعونا على
 * بوابة الجنوب», «The post … first appeared on اليوم التالي.». Social networks are not the site; an unknown name
 * counts only when it is built like an outlet's.
 */
export function footerOutlet(line: string): string | null {
  const text = line.trim();
  if (spaceSplitCount(text, 31) > 30) return null;
  const appeared = FIRST_APPEARED.exec(text);
  if (appeared) return siteName(appeared[1] ?? '');
  const more = MORE.exec(text);
  if (more) {
    const named = siteName(more[1] ?? '');
    if (named) return named;
  }
  const follow = /^(?:تابعنا|تابعونا|تابعوا|follow)/iu.test(text) || more !== null ? FOLLOW.exec(text) : null;
  return follow ? siteName(follow[1] ?? '') : null;
}
