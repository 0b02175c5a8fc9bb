import { language, type Language } from './i18n.ts';
import type { RemovedReason } from './types.ts';

/**
 * Why a line is out of the story, in each language of the UI: a short noun phrase per code of the API's
 * RemovedReason (what the cleaner took the line for). A Record over the codes, with no fallback, so a reason added
 * to the cleaner without its words here fails the typecheck.
 */
export const REMOVED_REASON_TEXT: Record<Language, Record<RemovedReason, string>> = {
  ar: {
    navigation: 'قائمة تنقّل',
    'related-links': 'روابط لمقالات أخرى',
    ticker: 'شريط عناوين',
    'ad-marker': 'إعلان',
    'share-icons': 'أزرار مشاركة',
    social: 'حسابات التواصل الاجتماعي',
    link: 'رابط وحده',
    tags: 'وسوم',
    comments: 'تعليقات القرّاء',
    newsletter: 'دعوة إلى الاشتراك في النشرة',
    'form-message': 'رسالة من نموذج في الصفحة',
    'app-promo': 'ترويج لتطبيق',
    'channel-promo': 'ترويج لقناة',
    donation: 'طلب تبرّع',
    copyright: 'حقوق النشر',
    disclaimer: 'إخلاء مسؤولية',
    'cookie-notice': 'إشعار ملفات تعريف الارتباط',
    'reader-notice': 'تنويه موجّه إلى القرّاء أو المشاهدين',
    'site-name': 'اسم الموقع',
    masthead: 'ترويسة الموقع',
    byline: 'سطر الكاتب',
    'author-bio': 'نبذة عن الكاتب',
    dateline: 'سطر التاريخ',
    credits: 'أسماء المعدّين',
    'source-credit': 'نسبة إلى المصدر',
    caption: 'تعليق على صورة',
    'story-teaser': 'مقتطف من الخبر نفسه قبل نصه',
    'short-fragment': 'جزء قصير بين أسطر محذوفة',
    duplicate: 'سطر مكرّر',
    'repeated-headline': 'العنوان مكرّراً',
    'cross-document-repeat': 'يتكرّر في مقالات أخرى من الدفعة نفسها',
    analyst: 'أخرجه المحلل',
  },
  en: {
    navigation: 'a navigation menu',
    'related-links': 'links to other articles',
    ticker: 'headline ticker',
    'ad-marker': 'advertisement',
    'share-icons': 'share buttons',
    social: 'social media accounts',
    link: 'a bare link',
    tags: 'a line of tags',
    comments: 'readers’ comments',
    newsletter: 'newsletter sign-up',
    'form-message': 'a message from a form on the page',
    'app-promo': 'app promotion',
    'channel-promo': 'channel promotion',
    donation: 'donation appeal',
    copyright: 'copyright notice',
    disclaimer: 'a disclaimer',
    'cookie-notice': 'cookie notice',
    'reader-notice': 'notice to readers or viewers',
    'site-name': 'the site’s name',
    masthead: 'the site’s masthead',
    byline: 'the byline',
    'author-bio': 'about the author',
    dateline: 'the date line',
    credits: 'the credits',
    'source-credit': 'source credit',
    caption: 'picture caption',
    'story-teaser': 'the story’s own excerpt above it',
    'short-fragment': 'a short fragment between removed lines',
    duplicate: 'a repeated line',
    'repeated-headline': 'the headline repeated',
    'cross-document-repeat': 'repeated in other articles of the same batch',
    analyst: 'taken out by the analyst',
  },
};

/** Why a line is out of the story, in the UI's language. */
export function removedReasonText(code: RemovedReason, lang: Language = language()): string {
  return REMOVED_REASON_TEXT[lang][code];
}
