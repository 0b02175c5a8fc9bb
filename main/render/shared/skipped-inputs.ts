import type { SkippedInput } from '../../model/brief.ts';
import type { ImportFailure } from '../../library/import-report.ts';

/**
 * The heading line of the note under the source list that names the inputs a brief could not read: a reader the PDF
 * is sent on to must see that the brief was made without them.
 */
export const SKIPPED_INPUTS_LEAD = 'لم تُقرأ هذه الملفات، فلم يُبنَ عليها الموجز:';

/**
 * Why an input was not read, in a few printed words per ImportFailure code (the UI's longer sentences advise the
 * analyst what to do; a brief's reader only needs the problem). A Record without fallback, so a code added to the API
 * without its words fails the typecheck.
 */
export const SKIPPED_REASON: Record<ImportFailure, string> = {
  'not-found': 'لا يوجد ملف بهذا الاسم',
  unreadable: 'تعذّرت قراءته',
  unsupported: 'نوع ملف لا يقرؤه موجز',
  empty: 'ملف فارغ',
  'too-large': 'أكبر مما يقرؤه موجز بأمان',
  'too-complex': 'صفحة أعقد بنيةً مما يقرؤه موجز بأمان',
  binary: 'ملف ثنائي وليس نصًا',
  encoding: 'ترميز نصه غير معروف',
  malformed: 'ملف تالف أو غير مكتمل',
  protected: 'محمي بكلمة مرور',
  'no-text': 'لا نص مقروءًا فيه',
  cancelled: 'أُوقفت قراءته',
  'timed-out': 'استغرقت قراءته أطول من المسموح',
  'not-cleaned': 'قُرئ ولم تُستخرج منه مقالة',
  'upload-name': 'اسمه لا يصلح اسمًا لملف',
  'upload-failed': 'تعذّر حفظه مؤقتًا لقراءته',
  'not-sent': 'لم يصل إلى موجز',
};

/** One skipped input as the note lists it: its file's name (no folder) and the problem. */
export interface SkippedLine {
  file: string;
  reason: string;
}

/**
 * The note's lines, in the brief's order (the order the inputs were given). The file's own name, without its folder:
 * the folder is the analyst's machine's and says nothing to the reader the brief is sent to. The reason is said in
 * Arabic from its code; a brief saved before the code was kept prints the English line it has.
 */
export function skippedInputLines(skipped: readonly SkippedInput[] | undefined): SkippedLine[] {
  return (skipped ?? []).map((input) => ({
    file: input.file.split(/[\\/]/).filter((part) => part !== '').pop() ?? input.file,
    reason: input.code !== undefined && input.code in SKIPPED_REASON ? SKIPPED_REASON[input.code as ImportFailure] : input.reason,
  }));
}
