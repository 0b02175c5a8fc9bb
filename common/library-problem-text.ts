import type { SwitchProblem } from '../main/api/app-contract.ts';

/**
 * Why a team library cannot be used (or a switch did not happen), said in each language of the UI: one sentence per
 * code of the API's LibraryProblem and the shell's refusals. `{about}` stands for what it is about — the library's
 * host:port/database, its location or the password file — shown isolated, left to right, as data. A Record over the
 * codes, with no fallback, so a code added to the API without its sentences fails the typecheck. Shared by the
 * settings view (renderer/app/library-problem-text.ts) and the desktop shell's start-up dialog
 * (main/electron/open-failed-text.ts), so both say a problem in the same words.
 */
export const LIBRARY_PROBLEM_TEXT: Record<'ar' | 'en', Record<SwitchProblem, string>> = {
  ar: {
    'password-refused': 'رفضت مكتبة الفريق في {about} كلمة المرور.',
    'password-missing': 'تطلب مكتبة الفريق في {about} كلمة مرور، ولم تُعطَ: اكتبها في حقل كلمة المرور في «الإعدادات».',
    'user-refused': 'لا تسمح مكتبة الفريق في {about} لهذا المستخدم بالاتصال.',
    'tls-required': 'لا تقبل مكتبة الفريق في {about} إلا اتصالاً مشفّراً: اطلب التشفير في عنوانها.',
    'tls-unsupported': 'يطلب العنوان اتصالاً مشفّراً بمكتبة الفريق في {about}، والخادم لا يوفّره.',
    'no-database': 'لا توجد قاعدة بيانات بهذا الاسم في {about}.',
    'newer-schema': 'حدّث إصدارٌ أحدث من موجز مكتبةَ الفريق في {about}: حدّث موجز لتستعملها.',
    'server-shut-down': 'أُوقف خادم مكتبة الفريق في {about} أثناء العمل.',
    'server-crashed': 'تعطّل خادم مكتبة الفريق في {about} أثناء العمل.',
    'server-starting': 'خادم مكتبة الفريق في {about} يبدأ أو يتوقف، ولا يقبل الاتصال بعد.',
    'too-many-connections': 'في خادم مكتبة الفريق في {about} اتصالات أكثر مما يقبل.',
    'connection-refused': 'رُفض الاتصال بمكتبة الفريق في {about}: هل الخادم يعمل وينتظر الاتصال هناك؟',
    'connection-cut': 'قُطع الاتصال بمكتبة الفريق في {about}.',
    'connection-lost': 'فُقد الاتصال بمكتبة الفريق في {about}.',
    'timed-out': 'انتهت مهلة الاتصال بمكتبة الفريق في {about}.',
    'no-such-host': 'لا يوجد خادم بالاسم المكتوب في {about}.',
    'host-lookup-failed': 'تعذّر البحث عن اسم الخادم في {about}.',
    unreachable: 'لا يمكن الوصول إلى خادم مكتبة الفريق في {about}.',
    'network-unreachable': 'لا يمكن الوصول إلى الشبكة التي فيها {about}.',
    'connection-failed': 'فشل الاتصال بمكتبة الفريق في {about}.',
    'invalid-location': 'ليس العنوان المكتوب عنوانَ مكتبة فريق صالحاً.',
    'password-in-location': 'في العنوان {about} كلمة مرور كانت ستُحفظ نصاً مكشوفاً: احذفها منه واكتبها في حقل كلمة المرور.',
    'password-file-unreadable': 'تعذّرت قراءة ملف كلمة مرور المكتبة {about}.',
    'password-file-not-yours': 'ملف كلمة مرور المكتبة {about} ليس ملكك.',
    'password-file-open': 'يستطيع غيرك قراءة ملف كلمة مرور المكتبة {about}: اجعل صلاحياته 600.',
    'password-file-empty': 'ملف كلمة مرور المكتبة {about} فارغ.',
    'request-refused': 'رفض التطبيق الطلب.',
    'no-switch-here': 'لا يمكن تبديل مساحة العمل من هنا: في المتصفح يعمل موجز على المساحة التي بدأ عليها.',
  },
  en: {
    'password-refused': 'The team library at {about} refused the password.',
    'password-missing': 'The team library at {about} asks for a password and none was given: type it in the password field in Settings.',
    'user-refused': 'The team library at {about} does not let this user connect.',
    'tls-required': 'The team library at {about} accepts only encrypted connections: add ?sslmode=require to the location.',
    'tls-unsupported': 'The location asks for an encrypted connection to the team library at {about}, and the server offers none.',
    'no-database': 'There is no database of that name at {about}.',
    'newer-schema': 'A newer Mawjaz brought the team library at {about} up to date: update Mawjaz to use it.',
    'server-shut-down': 'The server of the team library at {about} was shut down during the work.',
    'server-crashed': 'The server of the team library at {about} crashed during the work.',
    'server-starting': 'The server of the team library at {about} is starting or stopping and does not accept connections yet.',
    'too-many-connections': 'The server of the team library at {about} has too many connections.',
    'connection-refused': 'The connection to the team library at {about} was refused: is the server running and listening there?',
    'connection-cut': 'The connection to the team library at {about} was cut.',
    'connection-lost': 'The connection to the team library at {about} was lost.',
    'timed-out': 'The connection to the team library at {about} timed out.',
    'no-such-host': 'There is no host of the name in {about}.',
    'host-lookup-failed': 'The host name in {about} could not be looked up.',
    unreachable: 'The server of the team library at {about} cannot be reached.',
    'network-unreachable': 'The network of {about} cannot be reached.',
    'connection-failed': 'The connection to the team library at {about} failed.',
    'invalid-location': 'The location typed is not a valid postgres:// address.',
    'password-in-location': 'The location {about} holds a password, which would be kept in plain text: take it out and type it in the password field.',
    'password-file-unreadable': 'The team library’s password file {about} cannot be read.',
    'password-file-not-yours': 'The team library’s password file {about} does not belong to you.',
    'password-file-open': 'Others can read the team library’s password file {about}: make it 600.',
    'password-file-empty': 'The team library’s password file {about} is empty.',
    'request-refused': 'The app refused the request.',
    'no-switch-here': 'The workspace cannot be switched from here: in a browser Mawjaz works on the workspace it was started on.',
  },
};
