// Bylines that name no person: a CMS account («admin», «editor», «Unknown»), the placeholder a blog platform prints
// when the post has no writer («بواسطة Unknown»), and a widget's text that sits where a byline would («كتابة مدونة حول
// هذه المشاركة», Blogger's link to blog about the post). None of them is an author.
import { normalise } from '../../text/arabic/index.ts';

// What a byline's name may still carry of its cue when a reader kept it: «بواسطة Unknown», «Posted by admin».
const CUE = /^(?:بواسطة|نشر بواسطة|كتبه|by|posted by)\s+/iu;
// Accounts and placeholders CMSs and blog platforms print for a post without a named writer.
const PLACEHOLDERS = new Set(
  [
    'admin', 'administrator', 'editor', 'editors', 'unknown', 'anonymous', 'guest', 'user', 'webmaster', 'staff', 'author',
    'root', 'moderator', 'superadmin', 'site admin', 'site editor', 'web editor', 'newsroom', 'content team',
    'مدير الموقع', 'ادارة الموقع', 'الادارة', 'الإدارة', 'المشرف', 'المدير', 'مجهول', 'غير معروف', 'زائر', 'محرر الموقع', 'ادمن', 'أدمن',
  ].map((w) => normalise(w.toLowerCase())),
);
// Words of a page's own interface, never of a person's name: sharing, commenting, posting, reading on.
const UI_WORDS = new Set(
  [
    'مشاركة', 'المشاركة', 'مشاركات', 'المشاركات', 'مدونة', 'المدونة', 'تدوينة', 'التدوينة', 'تعليق', 'تعليقات', 'التعليقات',
    'ارسال', 'إرسال', 'بالبريد', 'الإلكتروني', 'الالكتروني', 'اشترك', 'تسجيل', 'الدخول', 'دخول', 'الرئيسية', 'المزيد',
    'هذه', 'هذا', 'حول', 'رسالة', 'أحدث', 'أقدم', 'الصفحة', 'رابط', 'الرابط', 'نسخ', 'طباعة',
  ].map((w) => normalise(w)),
);
// «Forwarded from واع»: a messaging app's mark over a post another channel wrote first (page-host.ts reads its channel).
const FORWARD_MARK = /^forwarded from\s/iu;
// A login's shape: one Latin token, lower case, or with digits or an underscore («user_12», «newsdesk»).
const LOGIN = /^(?:[a-z][a-z0-9._-]*|[a-z0-9._-]*[0-9_][a-z0-9._-]*)$/u;

/**
 * Whether a byline's name is an account, a placeholder or interface text rather than a person: a known placeholder
 * («admin», «Unknown», «مدير الموقع»), a single Latin login-shaped token with no Arabic beside it, or a line with a
 * word of the page's interface («مشاركة», «مدونة», «هذه»). «H.Samir» or «Jane Doe» stay names.
 */
export function isAccountByline(name: string): boolean {
  const bare = name.trim().replace(CUE, '').trim();
  if (bare === '' || FORWARD_MARK.test(bare)) return true;
  if (PLACEHOLDERS.has(normalise(bare.toLowerCase()))) return true;
  if (!/\p{Script=Arabic}/u.test(bare) && !/\s/u.test(bare) && LOGIN.test(bare)) return true;
  return bare.split(/\s+/u).some((w) => UI_WORDS.has(normalise(w)));
}
