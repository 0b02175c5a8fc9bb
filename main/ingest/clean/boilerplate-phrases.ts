import type { RemovedReason } from '../../model/removed-reason.ts';
import { lineKey } from '../lines/line-key.ts';
import { isChannelPromo } from './channel-promo.ts';

/**
 * Common web-page boilerplate of Arabic (and English) news sites, by the reason a line is removed.
 * Phrases are written as people type them and compared on matching keys, so «اقرأ أيضاً» and «اقرا ايضا»
 * are one phrase. `whole` phrases must be the entire line; `start` phrases open a short line;
 * `contains` phrases may sit anywhere in a short line. None of them is tied to one site.
 */
interface PhraseRule {
  reason: RemovedReason;
  whole?: string[];
  start?: string[];
  contains?: string[];
  /** Longer lines are prose that happens to use the phrase, not boilerplate. */
  maxWords: number;
}

const RULES: PhraseRule[] = [
  {
    reason: 'ad-marker',
    whole: ['إعلان', '- إعلان -', 'إعلانات', 'محتوى مدفوع', 'محتوى برعاية', 'advertisement', 'ad', 'sponsored', 'sponsored content', 'promoted'],
    maxWords: 3,
  },
  {
    reason: 'ticker',
    whole: ['عاجل', 'عاجل:', 'خبر عاجل', 'أخبار عاجلة', 'breaking', 'breaking news', 'الآن', 'عاجل الآن'],
    maxWords: 3,
  },
  {
    reason: 'related-links',
    whole: [
      'أخبار ذات علاقة', 'أخبار ذات صلة', 'أخبار متعلقة', 'مقالات ذات صلة', 'مقالات متعلقة', 'مواضيع ذات صلة',
      'مواضيع متعلقة', 'موضوعات ذات صلة', 'موضوعات متعلقة', 'ذات صلة', 'تقارير ذات صلة', 'قصص ذات صلة',
      'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر شعبية', 'اخترنا لك', 'قد يهمك أيضا', 'قد يهمك',
      'قد يعجبك أيضا', 'المزيد من الأخبار', 'المزيد من الأخبار المتعلقة', 'آخر الأخبار', 'أخبار أخرى', 'مقالات أخرى',
      'أحدث الأخبار', 'أهم الأخبار', 'أبرز الأخبار', 'اقرأ المزيد من الأخبار', 'المزيد من المقالات', 'أخبار مشابهة',
      'related', 'related articles', 'related news', 'related stories', 'related posts', 'read more', 'more stories',
      'you may also like', 'recommended', 'most read', 'most popular', 'more from',
    ],
    start: ['اقرأ أيضا', 'اقرأ أيضًا', 'إقرأ أيضا', 'اقرأ المزيد', 'شاهد أيضا', 'شاهد أيضًا', 'طالع أيضا', 'طالع أيضًا', 'إقرأ المزيد', 'read also', 'also read', 'see also', 'read more:', 'watch:'],
    maxWords: 25,
  },
  {
    reason: 'donation',
    start: ['ادعم', 'ادعمنا', 'ادعموا', 'تبرع', 'تبرّع', 'تبرعوا', 'ساهم في دعم', 'ساهموا', 'donate', 'support us', 'support our', 'become a member'],
    contains: ['للمساهمة', 'للتبرع', 'ادعم الصحافة', 'دعم الصحافة المستقلة', 'دعمكم', 'make a donation'],
    maxWords: 15,
  },
  {
    reason: 'copyright',
    contains: ['©', 'جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'الحقوق محفوظة', 'حقوق النشر', 'حقوق الطبع', 'all rights reserved', 'copyright'],
    maxWords: 30,
  },
  {
    reason: 'social',
    start: [
      'تابعونا على', 'تابعونا عبر', 'تابعنا على', 'تابعنا عبر', 'تابعوا', 'تابعونا', 'تابعه على', 'تابعها على', 'اتبعه على', 'اتبعها على',
      'تابع الكاتب', 'انضم إلى قناتنا', 'انضموا إلى', 'اشترك في قناتنا', 'لمتابعة آخر الأخبار', 'follow us', 'follow him on',
      'follow her on', 'follow me on', 'join our', 'find us on', 'like us on',
    ],
    maxWords: 15,
  },
  {
    // A messaging app's mark over a forwarded text («↪️ تمت إعادة توجيهه عدة مرات», «Forwarded many times»): the
    // app's label, never the text's headline. «Forwarded from X» names a channel and is read apart (page-host.ts).
    reason: 'social',
    whole: ['تمت إعادة توجيهه', 'تمت إعادة توجيهه عدة مرات', 'تمت إعادة التوجيه', 'تمت إعادة التوجيه عدة مرات', 'أعيد توجيهه', 'أعيد توجيهها', 'forwarded', 'forwarded many times'],
    maxWords: 6,
  },
  {
    // App-store badges and download prompts: «حمّل تطبيق …», «… on Apple Store», «متوفر على Google Play».
    reason: 'app-promo',
    start: ['حمل تطبيق', 'حمل التطبيق', 'حمّل تطبيق', 'حملوا تطبيق', 'نزل تطبيق', 'نزّل تطبيق', 'تحميل تطبيق', 'تحميل التطبيق', 'ثبت تطبيق', 'download the app', 'download our app', 'get the app'],
    contains: ['app store', 'apple store', 'google play', 'play store', 'app gallery', 'appgallery', 'متجر التطبيقات', 'متجر جوجل', 'متجر غوغل', 'متجر آبل', 'متجر ابل'],
    maxWords: 15,
  },
  {
    // Channel promotions: «اشترك في قناتنا على يوتيوب», «انضم لقناتنا على تلغرام», «فعّل الجرس».
    reason: 'channel-promo',
    contains: ['قناتنا على يوتيوب', 'قناتنا على تلغرام', 'قناتنا على تليغرام', 'قناتنا على تيليجرام', 'قناتنا على واتساب', 'قناة على يوتيوب', 'اشترك في القناة', 'اشتركوا في القناة', 'فعل الجرس', 'فعّل زر الجرس', 'subscribe to our channel', 'join our channel', 'subscribe on youtube'],
    maxWords: 20,
  },
  {
    reason: 'newsletter',
    whole: ['اشترك', 'البريد الإلكتروني', 'عنوان البريد الإلكتروني', 'email address', 'your email'],
    contains: [
      'النشرة البريدية', 'النشرة الإخبارية البريدية', 'اشترك في النشرة', 'اشترك في نشرتنا', 'نشرتنا البريدية', 'نشرتنا الإخبارية',
      'اشترك الآن', 'أدخل بريدك الإلكتروني', 'بريدك الإلكتروني', 'newsletter', 'subscribe', 'sign up for',
    ],
    maxWords: 25,
  },
  {
    reason: 'form-message',
    whole: ['نجاح', 'خطأ', 'تم', 'إرسال', 'أرسل', 'إلغاء', 'success', 'error', 'submit', 'cancel', 'send'],
    contains: [
      'تم إرسال', 'تم الإرسال', 'بنجاح', 'حدث خطأ', 'يرجى المحاولة', 'الرجاء المحاولة', 'حاول مرة أخرى', 'شكرا لك!',
      'please try again', 'something went wrong', 'thank you for', 'has been sent',
    ],
    maxWords: 15,
  },
  {
    reason: 'comments',
    whole: ['تعليقات', 'التعليقات', 'تعليق', 'أضف تعليق', 'أضف تعليقا', 'أضف تعليقك', 'اترك تعليقا', 'اترك تعليقاً', 'اكتب تعليقك', 'comments', 'comment', 'leave a comment', 'add a comment'],
    maxWords: 4,
  },
  {
    // Prompts and house rules of the comment box: «لا توجد تعليقات. كن أول من يعلق», «المرجو عدم نشر تعليقات تتضمن…».
    reason: 'comments',
    contains: [
      'كن أول من يعلق', 'كن أول من يعلّق', 'لا توجد تعليقات', 'لا يوجد تعليقات', 'قواعد التعليق', 'شروط التعليق', 'سياسة التعليق', 'نشر تعليقات',
      'نشر التعليقات', 'be the first to comment', 'no comments yet', 'comment policy',
    ],
    maxWords: 15,
  },
  {
    reason: 'tags',
    start: ['الوسوم', 'وسوم', 'كلمات مفتاحية', 'الكلمات المفتاحية', 'الكلمات الدلالية', 'كلمات دلالية', 'الموضوعات:', 'tags:', 'tags', 'topics:'],
    maxWords: 30,
  },
  {
    reason: 'disclaimer',
    contains: ['الآراء الواردة', 'لا تعبر بالضرورة', 'لا يعبر بالضرورة', 'لا تعكس بالضرورة', 'تعبر عن رأي كاتبها', 'تعبر عن آراء كتابها', 'تعبر عن آراء أصحابها', 'the views expressed', 'do not necessarily reflect'],
    maxWords: 40,
  },
  {
    reason: 'share-icons',
    whole: ['شارك', 'شاركها', 'شارك الخبر', 'شارك المقال', 'مشاركة', 'مشاركة الخبر', 'طباعة', 'نسخ الرابط', 'انسخ الرابط', 'تم نسخ الرابط', 'رابط مختصر', 'الرابط المختصر', 'حجم الخط', 'share', 'share this', 'share this article', 'tweet', 'print', 'copy link', 'email'],
    start: ['شارك على', 'شاركها على', 'مشاركة عبر', 'share on', 'share via', 'رابط مختصر'],
    maxWords: 8,
  },
  {
    reason: 'navigation',
    whole: [
      'logo', 'menu', 'home', 'search', 'close', 'next', 'previous', 'more', 'back to top', 'skip to content', 'skip to main content',
      'الرئيسية', 'الصفحة الرئيسية', 'القائمة', 'القائمة الرئيسية', 'بحث', 'ابحث', 'إغلاق', 'اغلاق', 'التالي', 'السابق', 'المزيد',
      'للأعلى', 'إلى الأعلى', 'زر الذهاب إلى الأعلى', 'العودة إلى الأعلى', 'الذهاب إلى الأعلى', 'تخطى إلى المحتوى', 'انتقل إلى المحتوى',
      'مركز الإشعارات', 'الإشعارات', 'تسجيل الدخول', 'تسجيل الخروج', 'تسجيل', 'الدخول', 'login', 'log in', 'sign in', 'اضغط هنا', 'click here',
      'النسخة الكاملة', 'عرض النسخة الكاملة', 'اتصل بنا', 'من نحن', 'سياسة الخصوصية', 'شروط الاستخدام', 'contact us', 'about us', 'privacy policy',
    ],
    maxWords: 6,
  },
  {
    // A blogging platform's label page announces its filter above the posts («إظهار الرسائل ذات التسميات X. إظهار
    // كافة الرسائل»): the platform's own words, whatever the blog.
    reason: 'navigation',
    start: ['إظهار الرسائل ذات التسميات', 'عرض الرسائل ذات التسميات', 'إظهار كافة الرسائل', 'showing posts with label'],
    maxWords: 14,
  },
];

// The buttons of a cookie banner, left on their own line by the scrape.
const COOKIE_BUTTONS = new Set(['موافق', 'أوافق', 'قبول', 'قبول الكل', 'أقبل', 'accept', 'accept all', 'i agree', 'agree', 'got it'].map(phraseKey));

interface CompiledRule {
  reason: RemovedReason;
  whole: Set<string>;
  start: string[];
  contains: string[];
  maxWords: number;
}

const COMPILED: CompiledRule[] = RULES.map((r) => ({
  reason: r.reason,
  whole: new Set((r.whole ?? []).map(phraseKey)),
  start: (r.start ?? []).flatMap((p) => [phraseKey(p), phraseKey(p).replace(/[!:]/g, '').trim()]),
  contains: (r.contains ?? []).map(phraseKey),
  maxWords: r.maxWords,
}));

/** A line or phrase reduced to its letters and digits: punctuation around a menu word does not make it prose. */
function phraseKey(text: string): string {
  return lineKey(text)
    .replace(/[^\p{L}\p{N}©!:\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function startsWithWord(key: string, phrase: string): boolean {
  if (!key.startsWith(phrase)) return false;
  const next = key[phrase.length];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next);
}

// A cookie banner names cookies and asks for consent or talks of browsing; a story about cookies does neither in a few words.
const COOKIE = /(?:ملفات\s+تعريف\s+الارتباط|ملفات\s+الارتباط|الكوكيز|cookies?)(?![\p{L}])/iu;
// Only the site speaking to its reader: «نستخدم», «موقعنا», «تجربتك», «توافق»; «تستخدم الشركات ملفات الارتباط» is news.
const CONSENT = /(?:نستخدم|يستخدم هذا الموقع|موقعنا|تصفحك|التصفح|توافق|موافقتك|تجربتك|we use|this (?:site|website) uses|you agree|your experience|consent|browsing)/iu;
const COUNTED_COMMENTS = /^(?:ال)?(?:تعليقات|تعليق|comments?)\s*[:(]?\s*\d+\s*\)?$/iu;

// The most words a line may have for a word-limited test below to apply (the cookie banner's 45, each rule's limit).
const COOKIE_MAX_WORDS = 45;
const MOST_WORDS = Math.max(COOKIE_MAX_WORDS, ...RULES.map((r) => r.maxWords));
const AD_MARKER = /^\[?\s*ad[_ ]?\d*\s*\]?$/iu;

/** The boilerplate reason for a line that is a known phrase of web-page furniture, or null. */
export function boilerplatePhraseReason(text: string, words: number): RemovedReason | null {
  // A paragraph is longer than any phrase rule takes: only the two whole-line patterns are left to test (both need
  // letters, so a line with an empty key never matches them), and keying its phrase would be wasted.
  if (words > MOST_WORDS) return AD_MARKER.test(text.trim()) ? 'ad-marker' : COUNTED_COMMENTS.test(lineKey(text)) ? 'comments' : null;
  const key = phraseKey(text);
  if (key.length === 0) return null;
  if (AD_MARKER.test(text.trim())) return 'ad-marker';
  if (words <= COOKIE_MAX_WORDS && COOKIE.test(text) && CONSENT.test(text)) return 'cookie-notice';
  if (COUNTED_COMMENTS.test(lineKey(text))) return 'comments';
  if (words <= 3 && COOKIE_BUTTONS.has(key.replace(/[!:]/g, '').trim())) return 'cookie-notice';
  const bare = key.replace(/[!:]/g, '').replace(/\s+/g, ' ').trim();
  for (const rule of COMPILED) {
    if (words > rule.maxWords) continue;
    if (rule.whole.has(bare) || rule.whole.has(key)) return rule.reason;
    if (rule.start.some((p) => startsWithWord(key, p) || startsWithWord(bare, p))) return rule.reason;
    if (rule.contains.some((p) => key.includes(p))) return rule.reason;
  }
  // The phrases above name a few channel promotions; any other is told by its shape.
  return isChannelPromo(text, words) ? 'channel-promo' : null;
}
