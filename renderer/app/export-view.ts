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
  ctx.notice(t('exported', { path: r.path ?? r.fileName, kb: Math.max(1, Math.round(r.bytes / 1024)) }));
  document.getElementById('open-export')?.focus();
}

/** Opens the exported file: the app hands it to the system's viewer; the browser host answers with a link to follow. */
async function openExport(ctx: AppContext): Promise<void> {
  const path = ctx.state.exported?.path;
  if (!path) return;
  const r = await ctx.call('files:open', { path });
  if (r?.href) {
    const link = el('a', { href: r.href, download: ctx.state.exported?.fileName ?? '' });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

async function saveExportAs(ctx: AppContext): Promise<void> {
  const path = ctx.state.exported?.path;
  if (!path) return;
  const saved = await ctx.client.saveExportAs(path);
  if (saved !== null) ctx.notice(t('savedAs', { path: saved }));
}

export function exportScreen(ctx: AppContext): HTMLElement {
  const { state } = ctx;
  const brief = state.draft?.brief;
  if (!brief) return el('div', { class: 'export' }, el('h1', {}, t('exportTitle')), emptyState(t('noBriefToExport')));
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
            el('span', { dir: 'ltr', class: 'path' }, done.path ?? done.fileName),
            ' ',
            done.path ? button(t('openFile'), () => void openExport(ctx), { id: 'open-export', data: { key: 'open-export' } }) : null,
            done.path && ctx.client.host === 'electron' ? button(t('saveAs'), () => void saveExportAs(ctx), { id: 'save-export-as' }) : null,
          )
        : null,
    ),
    el('section', { class: 'panel preview', aria: { label: t('preview') } }, el('h2', {}, t('preview')), briefPreview(brief)),
  );
}
