import { Menu, type MenuItemConstructorOptions } from 'electron';

export type MenuCommand = 'new-workspace' | 'open-workspace' | 'backup-workspace' | 'import-files' | 'import-folder' | 'export-pdf' | 'export-docx' | 'switch-language';
export type UiLanguage = 'ar' | 'en';

const LABELS: Record<UiLanguage, Record<string, string>> = {
  ar: {
    file: 'ملف', newWorkspace: 'مساحة عمل جديدة…', openWorkspace: 'فتح مساحة عمل…', recent: 'مساحات العمل الأخيرة',
    backup: 'نسخة احتياطية من مساحة العمل…',
    importFiles: 'استيراد ملفات…', importFolder: 'استيراد مجلد…', exportPdf: 'تصدير PDF…', exportDocx: 'تصدير Word…',
    quit: 'خروج', edit: 'تحرير', view: 'عرض', language: 'English', help: 'مساعدة', about: 'عن موجز',
  },
  en: {
    file: 'File', newWorkspace: 'New workspace…', openWorkspace: 'Open workspace…', recent: 'Recent workspaces',
    backup: 'Back up workspace…',
    importFiles: 'Import files…', importFolder: 'Import folder…', exportPdf: 'Export PDF…', exportDocx: 'Export Word…',
    quit: 'Quit', edit: 'Edit', view: 'View', language: 'العربية', help: 'Help', about: 'About Mawjaz',
  },
};

/** The application menu in the UI's language; every command goes through `run`. */
export function buildMenu(language: UiLanguage, recent: string[], run: (command: MenuCommand, arg?: string) => void): Menu {
  const l = LABELS[language];
  const t = (key: string): string => l[key] ?? key;
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('file'),
      submenu: [
        { label: t('newWorkspace'), accelerator: 'CmdOrCtrl+Shift+N', click: () => run('new-workspace') },
        { label: t('openWorkspace'), accelerator: 'CmdOrCtrl+O', click: () => run('open-workspace') },
        { label: t('recent'), submenu: recent.length > 0 ? recent.map((file) => ({ label: file, click: () => run('open-workspace', file) })) : [{ label: '—', enabled: false }] },
        { label: t('backup'), click: () => run('backup-workspace') },
        { type: 'separator' },
        { label: t('importFiles'), accelerator: 'CmdOrCtrl+I', click: () => run('import-files') },
        { label: t('importFolder'), click: () => run('import-folder') },
        { type: 'separator' },
        { label: t('exportPdf'), accelerator: 'CmdOrCtrl+E', click: () => run('export-pdf') },
        { label: t('exportDocx'), click: () => run('export-docx') },
        { type: 'separator' },
        { role: 'quit', label: t('quit') },
      ],
    },
    { label: t('edit'), submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    { label: t('view'), submenu: [{ label: t('language'), click: () => run('switch-language') }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'togglefullscreen' }] },
    { label: t('help'), submenu: [{ label: t('about'), role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
