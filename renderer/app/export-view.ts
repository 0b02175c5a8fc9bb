import { briefPreview } from './brief-preview.ts';
import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import { language, t } from './i18n.ts';
import { button, emptyState, field, select } from './widgets.ts';

async function runExport(ctx: AppContext): Promise<void> {
  const { state } = ctx;
  const brief = state.draft?.brief;
  if (!brief) return;
  ctx.clearMessages();
  state.exporting = true;
  ctx.rerender();
  const answer = await ctx.client.call('brief:export', { brief, format: state.exportFormat, template: state.exportTemplate });
  state.exporting = false;
  if (!answer.ok) {
    // Stopped by the analyst: a notice, not an error.
    if (answer.error.code === 'cancelled') ctx.notice(t('exportCancelled'));
    else ctx.error(answer.error);
    ctx.rerender();
    return;
  }
  const r = answer.value;
  state.exported = r;
  ctx.rerender();
  ctx.notice(t('exported', { path: isolate(r.fileName), kb: kilobytes(r.bytes) }));
  // After any listing already under way, so the new file is in the list.
  void (listing ?? Promise.resolve()).then(() => refreshExports(ctx));
  document.getElementById('open-export')?.focus();
}

/** A file name inside a sentence, isolated (FSI … PDI) so its dashes and dots stay with it in either direction. */
function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

function kilobytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

let listing: Promise<void> | null = null;

/** Lists the exports folder again (every export is a file of its own there: none is replaced); one call at a time. */
function refreshExports(ctx: AppContext): Promise<void> {
  listing ??= ctx.call('exports:list', {}).then((r) => {
    listing = null;
    ctx.state.exports = r ? r.files : [];
    ctx.rerender();
  });
  return listing;
}

/** Opens an exported file by name: the app hands it to the system's viewer; the browser host answers with a link. */
async function openExport(ctx: AppContext, name: string): Promise<void> {
  const r = await ctx.call('files:open', { name });
  if (r?.href) {
    const link = el('a', { href: r.href, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

async function saveExportAs(ctx: AppContext, name: string): Promise<void> {
  const saved = await ctx.client.saveExportAs(name);
  if (saved !== null) ctx.notice(t('savedAs', { path: saved }));
}

/** The buttons of one exported file: open (or download), and in the app, save a copy elsewhere. */
function fileActions(ctx: AppContext, name: string, ids: { open?: string; saveAs?: string } = {}): HTMLElement[] {
  const open = button(t('openFile'), () => void openExport(ctx, name), ids.open ? { id: ids.open, data: { key: ids.open } } : {});
  if (ctx.client.host !== 'electron') return [open];
  return [open, button(t('saveAs'), () => void saveExportAs(ctx, name), ids.saveAs ? { id: ids.saveAs } : {})];
}

/** Every file in the exports folder, newest first, each with its size, date and actions. */
function exportsList(ctx: AppContext): HTMLElement {
  const files = ctx.state.exports;
  if (files === null) {
    void refreshExports(ctx);
    return el('section', { class: 'panel exports-list', id: 'exports-list' }, el('h2', {}, t('exportedFiles')), el('p', {}, t('loading')));
  }
  return el(
    'section',
    { class: 'panel exports-list', id: 'exports-list', aria: { label: t('exportedFiles') } },
    el('h2', {}, t('exportedFiles')),
    files.length === 0
      ? emptyState(t('noExports'))
      : el(
          'ul',
          {},
          ...files.map((f) =>
            el(
              'li',
              { data: { name: f.name } },
              el('bdi', { dir: 'auto', class: 'path' }, f.name),
              ' ',
              el('span', { class: 'meta' }, t('exportedFileMeta', { kb: kilobytes(f.bytes), date: new Date(f.modifiedAt).toLocaleString(language()) })),
              ' ',
              ...fileActions(ctx, f.name),
            ),
          ),
        ),
  );
}

export function exportScreen(ctx: AppContext): HTMLElement {
  const { state } = ctx;
  const brief = state.draft?.brief;
  // The files already exported are listed even before a brief is open.
  if (!brief) return el('div', { class: 'export' }, el('h1', {}, t('exportTitle')), emptyState(t('noBriefToExport')), exportsList(ctx));
  const format = el(
    'fieldset',
    { class: 'formats' },
    el('legend', {}, t('format')),
    ...(['pdf', 'docx'] as const).map((f) =>
      el(
        'span',
        { class: 'radio' },
        el('input', {
          type: 'radio',
          name: 'format',
          id: `format-${f}`,
          value: f,
          checked: state.exportFormat === f,
          data: { key: `format-${f}` },
          on: { change: () => (state.exportFormat = f) },
        }),
        el('label', { for: `format-${f}` }, f === 'pdf' ? t('formatPdf') : t('formatDocx')),
      ),
    ),
  );
  const templates = state.templates.length > 0 ? state.templates : [{ name: 'standard', label: { ar: 'standard', en: 'standard' } }];
  const template = select(templates.map((tp) => ({ value: tp.name, label: tp.label[language()] })), state.exportTemplate, (v) => (state.exportTemplate = v), {
    id: 'export-template',
    data: { key: 'export-template' },
  });
  const done = state.exported;
  return el(
    'div',
    { class: 'export' },
    el('h1', {}, t('exportTitle')),
    el(
      'div',
      { class: 'panel export-form' },
      format,
      field(t('template'), template),
      button(t('exportButton'), () => void runExport(ctx), { class: 'primary', id: 'export', data: { key: 'export' }, disabled: state.exporting }),
      state.exporting
        ? el(
            'div',
            { class: 'export-progress' },
            // No value: the bar says "working" without pretending to know how far.
            el('label', { for: 'export-progress' }, t('exporting')),
            el('progress', { id: 'export-progress' }),
            button(t('exportCancel'), () => void ctx.call('brief:exportCancel', {}), { id: 'export-cancel', data: { key: 'export-cancel' } }),
          )
        : null,
      done
        ? el(
            'p',
            { class: 'exported', id: 'exported' },
            // A name is Arabic or Latin as its title was: its own first letter sets its direction.
            el('bdi', { dir: 'auto', class: 'path' }, done.fileName),
            ' ',
            ...fileActions(ctx, done.fileName, { open: 'open-export', saveAs: 'save-export-as' }),
          )
        : null,
    ),
    exportsList(ctx),
    el('section', { class: 'panel preview', aria: { label: t('preview') } }, el('h2', {}, t('preview')), briefPreview(brief)),
  );
}
