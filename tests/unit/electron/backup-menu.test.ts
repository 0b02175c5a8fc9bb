import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron } from './electron-mock.ts';

vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());

const { backupFromMenu, backupFileName } = await import('../../../main/electron/backup-menu.ts');
const { createApi } = await import('../../../main/api/handlers/create-api.ts');

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-backup-menu-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backing up from the menu', () => {
  it('copies the open workspace where the analyst chose, through the API, and says where', async () => {
    const workspace = path.join(dir, 'desk.mawjaz');
    const api = await createApi({ workspace, exportsDir: path.join(dir, 'exports') });
    try {
      const to = path.join(dir, backupFileName(workspace, '2026-12-02'));
      expect(path.basename(to)).toBe('desk-backup-2026-12-02.mawjaz');
      electron().dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: to });
      electron().dialog.showMessageBox.mockResolvedValue({ response: 0 });
      expect(await backupFromMenu({} as never, api, 'en', '2026-12-02')).toBe(to);
      expect(electron().dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: to, properties: expect.arrayContaining(['showOverwriteConfirmation']) });
      expect(readFileSync(to).subarray(0, 15).toString()).toBe('SQLite format 3');
      expect(electron().dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: 'The backup is saved.' });
    } finally {
      await api.close();
    }
  });

  it('does nothing when the dialog is cancelled, and says why a backup failed', async () => {
    const call = vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'unwritable' as const, message: '/x/y.mawjaz: the disk is full' } }));
    const api = { workspace: path.join(dir, 'w.mawjaz'), call };
    electron().dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await backupFromMenu({} as never, api, 'ar')).toBeNull();
    expect(call).not.toHaveBeenCalled();
    electron().dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'b.mawjaz') });
    await expect(backupFromMenu({} as never, api, 'ar')).rejects.toThrow('/x/y.mawjaz: the disk is full');
    expect(call).toHaveBeenCalledWith('workspace:backup', { to: path.join(dir, 'b.mawjaz') });
  });
});
