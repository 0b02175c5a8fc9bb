import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());

const { buildMenu } = await import('../../../main/electron/menu.ts');
type Run = Parameters<typeof buildMenu>[2];

interface Item {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: Item[];
}

function template(language: 'ar' | 'en', recent: string[] = [], run: Run = () => undefined): Item[] {
  return (buildMenu(language, recent, run) as unknown as { template: Item[] }).template;
}

/** Every item that runs a command: its label and what clicking it asks for. */
function commands(language: 'ar' | 'en', recent: string[] = []): [string, unknown[]][] {
  const run = vi.fn<Run>();
  const clicked: [string, unknown[]][] = [];
  const visit = (items: Item[]): void => {
    for (const item of items) {
      if (item.click) {
        run.mockClear();
        item.click();
        expect(run, item.label).toHaveBeenCalledTimes(1);
        clicked.push([item.label ?? '', run.mock.calls[0] ?? []]);
      }
      if (item.submenu) visit(item.submenu);
    }
  };
  visit(template(language, recent, run));
  return clicked;
}

describe('the application menu', () => {
  it('has File, Edit, View and Help in Arabic and in English', () => {
    expect(template('ar').map((m) => m.label)).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة']);
    expect(template('en').map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('runs one command per item, the same commands in both languages, each label in the menu\'s language', () => {
    expect(commands('en')).toEqual([
      ['New workspace…', ['new-workspace']],
      ['Open workspace…', ['open-workspace']],
      ['Back up workspace…', ['backup-workspace']],
      ['Import files…', ['import-files']],
      ['Import folder…', ['import-folder']],
      ['Export PDF…', ['export-pdf']],
      ['Export Word…', ['export-docx']],
      ['العربية', ['switch-language']],
    ]);
    expect(commands('ar')).toEqual([
      ['مساحة عمل جديدة…', ['new-workspace']],
      ['فتح مساحة عمل…', ['open-workspace']],
      ['نسخة احتياطية من مساحة العمل…', ['backup-workspace']],
      ['استيراد ملفات…', ['import-files']],
      ['استيراد مجلد…', ['import-folder']],
      ['تصدير PDF…', ['export-pdf']],
      ['تصدير Word…', ['export-docx']],
      ['English', ['switch-language']],
    ]);
  });

  it('lists the recent workspaces, each opening its own file, or one disabled dash when there are none', () => {
    const recent = ['/home/a/desk.mawjaz', '/home/a/مكتب.mawjaz'];
    const opened = commands('en', recent).filter(([label]) => recent.includes(label));
    expect(opened).toEqual([
      ['/home/a/desk.mawjaz', ['open-workspace', '/home/a/desk.mawjaz']],
      ['/home/a/مكتب.mawjaz', ['open-workspace', '/home/a/مكتب.mawjaz']],
    ]);
    const none = template('ar')[0]?.submenu?.find((i) => i.label === 'مساحات العمل الأخيرة')?.submenu;
    expect(none).toEqual([{ label: '—', enabled: false }]);
  });

  it('keeps the shortcuts and the standard roles (quit, editing, zoom, about)', () => {
    const file = template('en')[0]?.submenu ?? [];
    const shortcuts = Object.fromEntries(file.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(shortcuts).toEqual({ 'New workspace…': 'CmdOrCtrl+Shift+N', 'Open workspace…': 'CmdOrCtrl+O', 'Import files…': 'CmdOrCtrl+I', 'Export PDF…': 'CmdOrCtrl+E' });
    expect(file.at(-1)).toEqual({ role: 'quit', label: 'Quit' });
    expect(template('ar')[0]?.submenu?.at(-1)).toEqual({ role: 'quit', label: 'خروج' });
    const roles = (items: Item[] | undefined): string[] => (items ?? []).flatMap((i) => (i.role ? [i.role] : []));
    const [, edit, view, help] = template('en');
    expect(roles(edit?.submenu)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(view?.submenu)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(help?.submenu).toEqual([{ label: 'About Mawjaz', role: 'about' }]);
  });
});
