import { lineKey } from '../lines/line-key.ts';

/**
 * A promotion for the site's channel, page or account on a social platform, told by its shape rather than by a
 * phrase: an invitation to subscribe, join or follow, then a channel, page or account noun and a platform's name,
 * on a short line: «اشترك في قناة موقعنا على تلغرام», «للانضمام إلى مجموعتنا على واتساب اضغط هنا», «تابعوا صفحتنا
 * الرسمية عبر فيسبوك». Such a line is never a headline nor story text, whatever site writes it.
 */

// The invitation: a plural or polite imperative («اشتركوا», «تابعونا»), or the verbal noun after «ل» («للاشتراك»,
// «لمتابعة»), read anywhere; a bare singular («اشترك», «تابع») is also a perfect («اشترك الجيش في …», «وتابع أن …»)
// and counts only as the line's first word.
const INVITATION = /^[وف]?(?:اشتركوا|اشتركي|انضموا|انضمي|تابعوا|تابعونا|تابعنا|تابعي|اتبعونا|ل(?:ل|ال)?(?:اشتراك|انضمام)|لل?متابعه|subscribe|join|follow)$/u;
const OPENING_INVITATION = /^(?:اشترك|انضم|تابع|اتبع)$/u;
// The channel: a noun for it, bare, possessed («قناتنا») or after a preposition written onto it («لقناتنا», «بصفحة»).
const CHANNEL = /^[وف]?(?:[بل]|لل|ال|بال)?(?:قناه|قنات\p{L}{0,3}|قنوات\p{L}{0,3}|صفح[ةه]|صفحت\p{L}{0,3}|صفحات\p{L}{0,3}|حساب\p{L}{0,4}|مجموع[ةه]|مجموعت\p{L}{0,3}|channel|page|account|group)$/u;
// The platforms a newsroom sends readers to, in the spellings pages use; a conjunction or «ب» may be written onto them.
const PLATFORM = /^[وب]?(?:تلغرام|تليغرام|تيليغرام|تيليجرام|تلجرام|تليجرام|يوتيوب|واتساب|واتس|فيسبوك|فيس|تويتر|اكس|انستغرام|انستجرام|انستقرام|تيك|تيكتوك|لينكدان|telegram|youtube|whatsapp|facebook|twitter|instagram|tiktok|x)$/u;

// A promotion is a line of its own, not a paragraph that mentions a channel.
const MAX_WORDS = 20;

/** True when a line invites the reader to a channel, page or account on a social platform (see above). */
export function isChannelPromo(text: string, words: number): boolean {
  if (words > MAX_WORDS) return false;
  const tokens = lineKey(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  const verb = tokens.findIndex((t, i) => INVITATION.test(t) || (i === 0 && OPENING_INVITATION.test(t)));
  if (verb < 0) return false;
  const channel = tokens.findIndex((t, i) => i > verb && CHANNEL.test(t));
  // «على تلغرام» after the channel in Arabic, «our Telegram channel» before it in English: either, after the invitation.
  return channel > 0 && tokens.some((t, i) => i > verb && i !== channel && PLATFORM.test(t));
}
