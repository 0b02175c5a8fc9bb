import { language, type Language } from './i18n.ts';
import type { ImportFailure } from './types.ts';

/**
 * Why a file was not imported, said in each language of the UI: one sentence per code of the API's ImportFailure.
 * A Record over the codes, with no fallback, so a code added to the API without its sentences fails the typecheck.
 */
export const IMPORT_FAILURE_TEXT: Record<Language, Record<ImportFailure, string>> = {
  ar: {
    'not-found': 'لا يوجد ملف أو مجلد بهذا الاسم.',
    unreadable: 'تعذّرت قراءة الملف: لا إذن بقراءته أو في القرص خطأ.',
    unsupported: 'لا يقرأ موجز هذا النوع من الملفات: استورد نصاً أو صفحة HTML أو Markdown أو مستند Word بصيغة docx أو PDF، أو استورد المجلد كله.',
    empty: 'الملف فارغ، لا نص فيه.',
    'too-large': 'الملف أكبر مما يقرؤه موجز بأمان (الحد 20 ميغابايت للملف، وأقل لصفحة أو مستند ضخم البنية).',
    'too-complex': 'عناصر الصفحة متداخلة بعضها في بعض أعمق مما يقرؤه موجز بأمان.',
    binary: 'هذا ملف ثنائي وليس نصاً.',
    encoding: 'لم يُعرف ترميز النص: احفظه بترميز UTF-8 ثم استورده من جديد.',
    malformed: 'الملف تالف، أو ليس من النوع الذي يدل عليه امتداده.',
    protected: 'الملف محمي بكلمة مرور: احفظ نسخة منه بلا كلمة مرور ثم استوردها.',
    'no-text': 'لا نص مقروءاً في الملف (صفحات ممسوحة ضوئياً؟): مرّره على برنامج تعرّف ضوئي على الحروف أولاً.',
    cancelled: 'أُوقفت قراءة الملف.',
    'timed-out': 'استغرقت قراءة الملف أو تنظيفه أطول من المسموح فأُوقفت، ومضى باقي الملفات.',
    'not-cleaned': 'قُرئ الملف لكن تعذّر استخراج المقالة من نصه.',
    'upload-name': 'اسم الملف لا يصلح اسماً لملف: غيّره ثم أعد استيراده.',
    'upload-failed': 'تعذّر حفظ الملف مؤقتاً لقراءته (هل القرص ممتلئ؟).',
    'not-sent': 'لم يصل الملف إلى موجز: انقطع الاتصال أو رُفض الطلب. أعد المحاولة.',
  },
  en: {
    'not-found': 'There is no file or folder of this name.',
    unreadable: 'The file could not be read: no permission to read it, or a disk error.',
    unsupported: 'Mawjaz does not read this kind of file: import text, an HTML page, Markdown, a Word .docx document or a PDF, or import the whole folder.',
    empty: 'The file is empty: there is no text in it.',
    'too-large': 'The file is larger than Mawjaz reads safely (20 MB a file, less for a page or document of huge structure).',
    'too-complex': 'The page’s elements are nested inside each other deeper than Mawjaz reads safely.',
    binary: 'This is a binary file, not text.',
    encoding: 'The text’s encoding was not recognised: save it as UTF-8 and import it again.',
    malformed: 'The file is damaged, or not the kind of file its extension says.',
    protected: 'The file is password-protected: save a copy without the password and import that.',
    'no-text': 'There is no readable text in the file (scanned pages?): run it through OCR first.',
    cancelled: 'Reading the file was stopped.',
    'timed-out': 'Reading or cleaning the file took longer than allowed and was stopped; the other files went on.',
    'not-cleaned': 'The file was read, but no article could be made of its text.',
    'upload-name': 'The file’s name cannot be used as a file name: rename it and import it again.',
    'upload-failed': 'The file could not be put aside for reading (is the disk full?).',
    'not-sent': 'The file did not reach Mawjaz: the connection failed or the request was refused. Try again.',
  },
};

/** The sentence for an import failure in the UI's language. */
export function importFailureText(code: ImportFailure, lang: Language = language()): string {
  return IMPORT_FAILURE_TEXT[lang][code];
}
