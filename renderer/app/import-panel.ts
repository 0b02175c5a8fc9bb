import type { AppContext } from './context.ts';
import { html, nothing, type TemplateResult } from 'lit-html';
import { droppedFiles, supportedFiles } from './dropped-files.ts';
import { t, type Key } from './i18n.ts';
import { importFailureText } from './import-failure-text.ts';
import type { ImportFailure, ImportReport } from './types.ts';

// One request stays well under the host's body limit and lets the analyst stop a long import between batches.
const BATCH_FILES = 25;
const BATCH_BYTES = 24 * 1024 * 1024;
// The readers' own limit (main/ingest/read-document.ts): a larger file would be refused after its upload, and
// one over ~48 MB would not even fit the host's body limit once in base64. It is refused here, by name.
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** A report in which every one of `files` failed for `error` (`code` for the UI). */
function failedReport(files: readonly { name: string; error: string }[], code: ImportFailure): ImportReport {
  return {
    entries: files.map((f) => ({ file: f.name, status: 'failed', error: f.error, code })),
    totals: { files: files.length, imported: 0, duplicate: 0, 'near-duplicate': 0, failed: files.length },
    cancelled: false,
  };
}

let cancelRequested = false;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function batches(files: File[]): File[][] {
  const out: File[][] = [];
  let current: File[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || size + file.size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function merge(a: ImportReport | null, b: ImportReport): ImportReport {
  if (!a) return b;
  const sum = (k: keyof ImportReport['totals']): number => a.totals[k] + b.totals[k];
  return {
    entries: [...a.entries, ...b.entries],
    totals: { files: sum('files'), imported: sum('imported'), duplicate: sum('duplicate'), 'near-duplicate': sum('near-duplicate'), failed: sum('failed') },
    cancelled: a.cancelled || b.cancelled,
  };
}

/** Imports files the analyst picked or dropped: read here as bytes, sent in batches, one report for all. */
export async function importFiles(ctx: AppContext, files: File[]): Promise<void> {
  if (files.length === 0 || ctx.state.importProgress) return;
  ctx.clearMessages();
  cancelRequested = false;
  const { state } = ctx;
  state.importReport = null;
  state.importProgress = { done: 0, total: files.length, label: '' };
  ctx.rerender();
  const tooLarge = files.filter((f) => f.size > MAX_FILE_BYTES);
  let report: ImportReport | null =
    tooLarge.length === 0
      ? null
      : failedReport(tooLarge.map((f) => ({ name: f.name, error: `the file is ${megabytes(f.size)} MB, more than the ${megabytes(MAX_FILE_BYTES)} MB limit` })), 'too-large');
  let done = tooLarge.length;
  for (const batch of batches(files.filter((f) => f.size <= MAX_FILE_BYTES))) {
    if (cancelRequested) {
      report = merge(report, { entries: [], totals: { files: 0, imported: 0, duplicate: 0, 'near-duplicate': 0, failed: 0 }, cancelled: true });
      break;
    }
    // A batch the host could not take (or the page could not read) fails as a whole, file by file; the next
    // batch still goes.
    let r: ImportReport;
    try {
      const payload = await Promise.all(batch.map(async (f) => ({ name: f.name, base64: await toBase64(f) })));
      const answer = await ctx.client.call('articles:importFiles', { files: payload });
      r = answer.ok ? answer.value : failedReport(batch.map((f) => ({ name: f.name, error: answer.error.message })), 'not-sent');
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      r = failedReport(batch.map((f) => ({ name: f.name, error: message })), 'not-sent');
    }
    report = merge(report, r);
    done += batch.length;
    state.importProgress = { done, total: files.length, label: '' };
    if (r.cancelled) break;
    ctx.rerender();
  }
  state.importProgress = null;
  state.importReport = report;
  if (report?.cancelled) ctx.notice(t('importCancelled'));
  await Promise.all([ctx.refreshWorkspace(), ctx.refreshTopics()]);
  await ctx.refreshLibrary();
}

const STATUS: Record<string, Key> = { imported: 'statusImported', duplicate: 'statusDuplicate', 'near-duplicate': 'statusNearDuplicate', failed: 'statusFailed' };

function reportBox(ctx: AppContext, report: ImportReport): TemplateResult {
  const close = (): void => {
    ctx.state.importReport = null;
    ctx.rerender();
  };
  return html`<div class="import-report" id="import-report">
    <p>${t('importReport', { imported: report.totals.imported, duplicates: report.totals.duplicate, near: report.totals['near-duplicate'], failed: report.totals.failed })}</p>
    <ul>
      ${report.entries.map(
        (item) => html`<li class=${`report-${item.status}`}>${item.status === 'failed'
          ? html`<span class="error-text"><bdi translate="no">${item.file}</bdi>: ${t('importFailed')} — ${item.code === undefined ? html`<bdi>${item.error ?? ''}</bdi>` : importFailureText(item.code)}</span>${item.code !== undefined && item.error !== undefined
            // The reader's own sentence, in English, kept at hand for a report to the developers: folded and marked as English.
            ? html` <details class="error-detail"><summary>${t('importErrorDetail')}</summary><span lang="en" dir="ltr" translate="no">${item.error}</span></details>`
            : nothing}`
          : html`<span><bdi class="file-name" translate="no">${item.file}</bdi> — ${t(STATUS[item.status] ?? 'statusFailed')}${item.duplicateOfName ? ` (${t('duplicateOf', { title: item.duplicateOfName })})` : ''}</span>`}</li>`,
      )}
    </ul>
    <button type="button" class="link" @click=${close}>${t('close')}</button>
  </div>`;
}

export function importPanel(ctx: AppContext): TemplateResult {
  const { state } = ctx;
  const picked = (e: Event, keep: (files: File[]) => File[]): void => {
    const input = e.currentTarget as HTMLInputElement;
    const files = keep([...(input.files ?? [])]);
    input.value = '';
    void importFiles(ctx, files);
  };
  const click = (id: string) => (): void => document.getElementById(id)?.click();
  const progress = state.importProgress;
  const busy = progress !== null;
  const cancel = (): void => {
    cancelRequested = true;
    void ctx.call('articles:importCancel', {});
  };
  // The extensions main/ingest/read-document.ts reads (SUPPORTED_EXTENSIONS), and no others. The folder picker
  // takes a whole folder, recursively: the browser hands over every file inside it; Mawjaz keeps the ones it reads.
  return html`<div class="import-panel">
    <input type="file" id="import-input" class="visually-hidden" multiple accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf" aria-label=${t('importFiles')} @change=${(e: Event) => picked(e, (f) => f)}>
    <button type="button" class="primary" id="import-button" data-key="import-button" ?disabled=${busy} @click=${click('import-input')}>${t('importFiles')}</button>
    <input type="file" id="import-folder-input" class="visually-hidden" multiple webkitdirectory aria-label=${t('importFolder')} @change=${(e: Event) => picked(e, supportedFiles)}>
    <button type="button" id="import-folder-button" data-key="import-folder-button" ?disabled=${busy} @click=${click('import-folder-input')}>${t('importFolder')}</button>
    <span class="hint">${t('importHint')}</span>
    ${progress
      ? html`<div class="import-progress">
          <label for="import-progress" id="import-progress-label">${t('importing', { done: progress.done, total: progress.total })}</label>
          <progress id="import-progress" .max=${Math.max(1, progress.total)} .value=${progress.done}></progress>
          <button type="button" id="import-cancel" data-key="import-cancel" @click=${cancel}>${t('importCancel')}</button>
        </div>`
      : nothing}
    ${state.importReport ? reportBox(ctx, state.importReport) : nothing}
  </div>`;
}

/** Files dropped anywhere on the window are imported; the overlay says so while dragging. */
export function installDropZone(ctx: AppContext): void {
  // Outside the screens (lit-html renders those): a fixed element of the page, shown while files are dragged over it.
  const overlay = Object.assign(document.createElement('div'), { className: 'drop-overlay', id: 'drop-overlay', hidden: true });
  overlay.setAttribute('aria-hidden', 'true');
  overlay.appendChild(document.createElement('p'));
  document.body.appendChild(overlay);
  let depth = 0;
  const hasFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    const p = overlay.firstElementChild;
    if (p) p.textContent = t('dropHere');
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const data = e.dataTransfer;
    if (!data) return;
    // Entries must be taken while the drop event lasts; the folders are walked afterwards.
    void droppedFiles(data).then((files) => {
      if (files.length === 0) return;
      ctx.state.screen = 'library';
      void importFiles(ctx, files);
    });
  });
}
