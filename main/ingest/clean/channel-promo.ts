import { lineKey } from '../lines/line-key.ts';
import { SOCIAL_NETWORK_WORDS } from '../metadata/social-networks.ts';

/**
 * A promotion for the site's channel, page or account on a social platform, told by its shape rather than by a
 * phrase: an invitation to subscribe, join or follow, then a channel, page or account noun and a platform's name,
 * on a short line: «اشترك في قناة موقعنا على تلغرام», «للانضمام إلى مجموعتنا على واتساب اضغط هنا», «تابعوا صفحتنا
 * الرسمية عبر فيسبوك». Such a line is never a headline nor story text, whatever site writes it.
 */

// The invitation, the line's first word: a plural or polite imperative («اشتركوا», «تابعونا»), or the verbal noun after
// «ل» («للاشتراك», «لمتابعة»). Only first: «انضموا», «اشتركوا», «تابعوا» are also the story's plural perfects («إن
// المشتبه بهم انضموا إلى مجموعة على تلغرام»). A bare singular («اشترك», «تابع») is a perfect too («اشترك الجيش في …»):
// its subject, a definite noun that is no channel («تابع المشاهدون البث …»), tells the sentence.
const INVITATION = /^[وف]?(?:اشتركوا|اشتركي|انضموا|انضمي|تابعوا|تابعونا|تابعنا|تابعي|اتبعونا|ل(?:ل|ال)?(?:اشتراك|انضمام)|لل?متابعه|subscribe|join|follow)$/u;
const OPENING_INVITATION = /^(?:اشترك|انضم|تابع|اتبع)$/u;
// The channel: a noun for it, bare, possessed («قناتنا») or after a preposition written onto it («لقناتنا», «بصفحة»).
const CHANNEL = /^[وف]?(?:[بل]|لل|ال|بال)?(?:قناه|قنات\p{L}{0,3}|قنوات\p{L}{0,3}|صفح[ةه]|صفحت\p{L}{0,3}|صفحات\p{L}{0,3}|حساب\p{L}{0,4}|مجموع[ةه]|مجموعت\p{L}{0,3}|channel|page|account|group)$/u;
// A platform's word (social-networks.ts), with a conjunction or «ب» written onto it or not («وتلغرام», «بفيسبوك»).
function isPlatform(token: string): boolean {
  return SOCIAL_NETWORK_WORDS.has(token) || (/^[وب]/u.test(token) && SOCIAL_NETWORK_WORDS.has(token.slice(1)));
}

// A promotion is a line of its own, not a paragraph that mentions a channel.
const MAX_WORDS = 20;
// A sentence closed by its stop, or one reporting what someone said («أن», «قال»), is the story's, not a call.
const SENTENCE_END = /[.!?؟。]\s*$/u;
const REPORTING = /^[وف]?(?:ان|انه|انها|قال|قالت|اوضح|اوضحت|اضاف|اضافت|ذكر|ذكرت|افاد|افادت|اكد|اكدت)$/u;

/** True when a line invites the reader to a channel, page or account on a social platform (see above). */
export function isChannelPromo(text: string, words: number): boolean {
  if (words > MAX_WORDS) return false;
  if (SENTENCE_END.test(text)) return false;
  const tokens = lineKey(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  const [first = '', second = ''] = tokens;
  const opens = INVITATION.test(first) || (OPENING_INVITATION.test(first) && !(second.startsWith('ال') && !CHANNEL.test(second)));
  if (!opens || tokens.some((t) => REPORTING.test(t))) return false;
  // The invitation is the first token: the channel and the platform come after it.
  const channel = tokens.findIndex((t, i) => i > 0 && CHANNEL.test(t));
  // «على تلغرام» after the channel in Arabic, «our Telegram channel» before it in English: either, after the invitation.
  return channel > 0 && tokens.some((t, i) => i > 0 && i !== channel && isPlatform(t));
}
