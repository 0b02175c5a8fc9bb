import { dialog, type BrowserWindow } from 'electron';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { findExport, readExportFile, writeNewFile } from '../files/exports-folder.ts';
import { inputWrittenOver } from '../files/output-file.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import type { UiLanguage } from './menu.ts';

const TEXT = {
  ar: { own: 'لا يمكن الحفظ فوق «{name}»: إنه من ملفات مساحة العمل المفتوحة.', ownDetail: 'اختر اسمًا أو مجلدًا آخر.', exists: 'يوجد ملف بهذا الاسم: «{name}».', detail: 'اختر: استبداله، أو حفظ النسخة باسم جديد بجانبه.', cancel: 'إلغاء', replace: 'استبدال', keep: 'الإبقاء على الاثنين' },
  en: { own: 'Cannot save over «{name}»: it is one of the open workspace\'s own files.', ownDetail: 'Choose another name or folder.', exists: 'A file named «{name}» already exists.', detail: 'Choose: replace it, or save the copy under a new name beside it.', cancel: 'Cancel', replace: 'Replace', keep: 'Keep both' },
} as const;

/**
 * "Save a copy as…": copies the export `name` (a regular file of the exports folder, links refused) to where the
 * analyst chooses in a native dialog. A file already there is replaced only if the analyst says so; "keep both" saves
 * the copy under a new name beside it. Either way the copy appears whole (temporary file, then rename or link).
 * The open workspace's own files (its database and journals, its exports) are never replaced: the analyst is told so.
 * Returns where the copy went, or null when refused or cancelled.
 */
export async function saveExportAs(
  window: BrowserWindow, exportsDir: string, name: string, language: UiLanguage, workspace: string | null = null,
): Promise<string | null> {
  if ((await findExport(exportsDir, name)) === null) return null;
  const r = await dialog.showSaveDialog(window, { defaultPath: name });
  if (r.canceled || !r.filePath) return null;
  const data = await readExportFile(exportsDir, name);
  if (data === null) return null;
  const target = r.filePath;
  const own = workspace === null ? [exportsDir] : [exportsDir, workspace, `${workspace}-wal`, `${workspace}-shm`, `${workspace}-journal`];
  if ((await inputWrittenOver(target, own)) !== null) {
    const t = TEXT[language];
    await dialog.showMessageBox(window, { type: 'warning', title: 'Mawjaz', message: t.own.replace('{name}', path.basename(target)), detail: t.ownDetail });
    return null;
  }
  const choice = await overwriteChoice(window, target, language);
  if (choice === 'cancel') return null;
  if (choice === 'replace') {
    await writeFileAtomic(target, data);
    return target;
  }
  const extension = path.extname(target);
  const written = await writeNewFile(path.dirname(target), path.basename(target, extension), extension.slice(1), data);
  return path.join(path.dirname(target), written);
}

/** 'new' when nothing is at `target`; otherwise what the analyst chose in a message box. */
async function overwriteChoice(window: BrowserWindow, target: string, language: UiLanguage): Promise<'new' | 'replace' | 'cancel'> {
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (!exists) return 'new';
  const t = TEXT[language];
  const answer = await dialog.showMessageBox(window, {
    type: 'question',
    title: 'Mawjaz',
    message: t.exists.replace('{name}', path.basename(target)),
    detail: t.detail,
    buttons: [t.cancel, t.replace, t.keep],
    defaultId: 2,
    cancelId: 0,
  });
  return answer.response === 1 ? 'replace' : answer.response === 2 ? 'new' : 'cancel';
}
