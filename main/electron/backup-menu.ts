import { dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Method, Result } from '../api/contract.ts';
import type { UiLanguage } from './menu.ts';

const TEXT = {
  ar: { done: 'حُفظت النسخة الاحتياطية.', detail: '{file}\nلاستعادتها: mawjaz restore --workspace مساحة-العمل ملف-النسخة' },
  en: { done: 'The backup is saved.', detail: '{file}\nTo restore it: mawjaz restore --workspace WORKSPACE BACKUP' },
} as const;

/** A backup file name for today: the workspace's name and the day, beside nothing it could replace unasked. */
export function backupFileName(workspace: string, day: string): string {
  return `${path.basename(workspace, path.extname(workspace))}-backup-${day}.mawjaz`;
}

/**
 * The menu's "Back up workspace…": the analyst picks where (the native dialog asks before replacing a file), then
 * the API process copies the open workspace there through SQLite's online backup, so the app keeps working
 * meanwhile. Returns the file written, or null when cancelled; a failure throws with the API's message.
 */
export async function backupFromMenu(
  window: BrowserWindow,
  api: { workspace: string; call: (method: Method, request: unknown) => Promise<Result<unknown>> },
  language: UiLanguage,
  day: string = new Date().toISOString().slice(0, 10),
): Promise<string | null> {
  const r = await dialog.showSaveDialog(window, {
    defaultPath: path.join(path.dirname(api.workspace), backupFileName(api.workspace, day)),
    filters: [{ name: 'Mawjaz', extensions: ['mawjaz'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (r.canceled || !r.filePath) return null;
  const answer = await api.call('workspace:backup', { to: r.filePath });
  if (!answer.ok) throw new Error(answer.error.message);
  const t = TEXT[language];
  await dialog.showMessageBox(window, { type: 'info', title: 'Mawjaz', message: t.done, detail: t.detail.replace('{file}', r.filePath) });
  return r.filePath;
}
