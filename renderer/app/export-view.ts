import { briefPreview } from './brief-preview.ts';
import { exportViewer, showExport } from './pdf-view.ts';
import type { AppContext } from './context.ts';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { safeHref } from './safe-href.ts';
import { language, t } from './i18n.ts';
import { formatPartialDate } from './format-date.ts';
import { emptyState, field, select } from './widgets.ts';

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
  // The file just made, in view: a PDF's pages, a Word file's page count.
  void showExport(ctx, r.fileName);
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

/** The time of day of an ISO timestamp, in the machine's zone, with Western digits as the dates have. */
function clockTime(iso: string): string {
  return new Intl.DateTimeFormat(language() === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
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
  const href = r?.href ? safeHref(r.href) : null;
  if (href !== null) {
    // A link the page clicks once, outside the screens (lit-html renders those): the browser downloads the file.
    const link = Object.assign(document.createElement('a'), { href, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

async function saveExportAs(ctx: AppContext, name: string): Promise<void> {
  const saved = await ctx.client.saveExportAs(name);
  // The copy's name, not the folder the analyst chose in the dialog: no absolute path on screen.
  if (saved !== null) ctx.notice(t('savedAs', { path: isolate(saved.split(/[\\/]/).pop() ?? saved) }));
}

/** Shows the file in its folder (the app); the browser host cannot, and the export screen says where it is. */
async function showInFolder(ctx: AppContext, name: string): Promise<void> {
  if (!(await ctx.client.showExport(name))) ctx.notice(t('exportFolderWhere', { workspace: isolate(ctx.state.workspace?.name ?? '') }));
}

/** The buttons of one exported file: open (or download), and in the app, save a copy elsewhere. */
function fileActions(ctx: AppContext, name: string, ids: { open?: string; saveAs?: string; folder?: string } = {}): TemplateResult {
  const view = html`<button type="button" class="view-export" aria-label=${t('viewDocumentLabel', { name })} @click=${() => void showExport(ctx, name)}>${t('viewDocument')}</button>`;
  const open = html`${view} <button type="button" id=${ids.open ?? nothing} data-key=${ids.open ?? nothing} @click=${() => void openExport(ctx, name)}>${t('openFile')}</button>`;
  if (ctx.client.host !== 'electron') return open;
  return html`${open} <button type="button" id=${ids.folder ?? nothing} @click=${() => void showInFolder(ctx, name)}>${t('openFolder')}</button>
    <button type="button" id=${ids.saveAs ?? nothing} @click=${() => void saveExportAs(ctx, name)}>${t('saveAs')}</button>`;
}

/** Every file in the exports folder, newest first, each with its size, date and actions. */
function exportsList(ctx: AppContext): TemplateResult {
  const files = ctx.state.exports;
  if (files === null) {
    void refreshExports(ctx);
    return html`<section class="panel exports-list" id="exports-list"><h2>${t('exportedFiles')}</h2><p>${t('loading')}</p></section>`;
  }
  return html`<section class="panel exports-list" id="exports-list" aria-label=${t('exportedFiles')}>
    <h2>${t('exportedFiles')}</h2>
    ${ctx.client.host === 'electron' ? nothing : html`<p class="hint" id="exports-where">${t('exportFolderWhere', { workspace: isolate(ctx.state.workspace?.name ?? '') })}</p>`}
    ${files.length === 0
      ? emptyState(t('noExports'))
      : html`<ul>
          ${repeat(files, (f) => f.name, (f) => html`<li data-name=${f.name}>
            <bdi dir="auto" class="path" translate="no">${f.name}</bdi>
            <span class="meta">${t('exportedFileMeta', { kb: kilobytes(f.bytes), date: `${formatPartialDate(f.modifiedAt.slice(0, 10))} ${clockTime(f.modifiedAt)}` })}</span>
            ${fileActions(ctx, f.name)}
          </li>`)}
        </ul>`}
  </section>`;
}

export function exportScreen(ctx: AppContext): TemplateResult {
  const { state } = ctx;
  const brief = state.draft?.brief;
  // The files already exported are listed even before a brief is open.
  if (!brief) return html`<div class="export"><h1>${t('exportTitle')}</h1>${emptyState(t('noBriefToExport'))}${exportViewer(ctx)}${exportsList(ctx)}</div>`;
  const format = html`<fieldset class="formats">
    <legend>${t('format')}</legend>
    ${(['pdf', 'docx'] as const).map(
      (f) => html`<span class="radio"><input type="radio" name="format" id=${`format-${f}`} value=${f} data-key=${`format-${f}`} .checked=${state.exportFormat === f} @change=${() => (state.exportFormat = f)}><label for=${`format-${f}`}>${f === 'pdf' ? t('formatPdf') : t('formatDocx')}</label></span>`,
    )}
  </fieldset>`;
  const templates = state.templates.length > 0 ? state.templates : [{ name: 'standard', label: { ar: 'standard', en: 'standard' } }];
  const template = select('export-template', templates.map((tp) => ({ value: tp.name, label: tp.label[language()] })), state.exportTemplate, (v) => (state.exportTemplate = v));
  const done = state.exported;
  return html`<div class="export">
    <h1>${t('exportTitle')}</h1>
    <div class="panel export-form">
      ${format}
      ${field(t('template'), 'export-template', template)}
      <button type="button" class="primary" id="export" data-key="export" ?disabled=${state.exporting} @click=${() => void runExport(ctx)}>${t('exportButton')}</button>
      ${state.exporting
        ? // No value: the bar says "working" without pretending to know how far.
          html`<div class="export-progress">
            <label for="export-progress">${t('exporting')}</label>
            <progress id="export-progress"></progress>
            <button type="button" id="export-cancel" data-key="export-cancel" @click=${() => void ctx.call('brief:exportCancel', {})}>${t('exportCancel')}</button>
          </div>`
        : nothing}
      ${done
        ? // A name is Arabic or Latin as its title was: its own first letter sets its direction.
          html`<p class="exported" id="exported"><bdi dir="auto" class="path" translate="no">${done.fileName}</bdi> ${fileActions(ctx, done.fileName, { open: 'open-export', saveAs: 'save-export-as', folder: 'open-export-folder' })}</p>`
        : nothing}
    </div>
    ${exportViewer(ctx)}
    ${exportsList(ctx)}
    <section class="panel preview" aria-labelledby="h-outline"><h2 id="h-outline">${t('quickOutline')}</h2><p class="hint">${t('quickOutlineHint')}</p>${briefPreview(brief)}</section>
  </div>`;
}
