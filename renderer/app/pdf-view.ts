import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { AppContext, ExportViewer } from './context.ts';
import { count, language, t } from './i18n.ts';
import { pageForKey } from './page-keys.ts';
import { drawPage, isOpen, openPdf } from './pdf-document.ts';

const THUMB_WIDTH = 110;
const PAGE_WIDTH = 620;

/**
 * Shows the exported file `name` on the export screen: a PDF's pages drawn by pdf.js, a Word file's page count.
 * The view's state goes on the screen at once (so it says "drawing"), then fills in.
 */
export async function showExport(ctx: AppContext, name: string): Promise<void> {
  const r = await ctx.call('exports:view', { name });
  if (!r) return;
  if (r.format === 'docx') {
    ctx.state.viewer = { format: 'docx', name, pages: r.pages, basis: r.basis };
    ctx.rerender();
    return;
  }
  const viewer: ExportViewer = { format: 'pdf', name, pages: null, page: 1 };
  ctx.state.viewer = viewer;
  ctx.rerender();
  try {
    viewer.pages = await openPdf(name, r.base64);
  } catch (e) {
    viewer.error = e instanceof Error ? e.message : String(e);
  }
  if (ctx.state.viewer === viewer) ctx.rerender();
}

/** A canvas that pdf.js fills with page `n` once lit-html has put it on the page. */
function pageCanvas(name: string, n: number, width: number, label: string | null): TemplateResult {
  const draw = (el: Element | undefined): void => {
    if (el instanceof HTMLCanvasElement && isOpen(name)) void drawPage(el, name, n, width);
  };
  return label === null
    ? html`<canvas class="pdf-thumb-canvas" aria-hidden="true" ${ref(draw)}></canvas>`
    : html`<canvas class="pdf-page-canvas" role="img" aria-label=${label} data-page=${String(n)} ${ref(draw)}></canvas>`;
}

function pdfPages(ctx: AppContext, viewer: Extract<ExportViewer, { format: 'pdf' }>, total: number): TemplateResult {
  const go = (n: number, focus: boolean): void => {
    viewer.page = n;
    ctx.rerender();
    if (focus) document.querySelector<HTMLElement>(`#pdf-thumbs [data-page="${n}"]`)?.focus();
  };
  const keys = (e: KeyboardEvent): void => {
    const next = pageForKey(e.key, viewer.page, total, language() === 'ar');
    if (next === null) return;
    e.preventDefault();
    go(next, true);
  };
  const pages = Array.from({ length: total }, (_, i) => i + 1);
  const label = t('pdfPageLabel', { n: viewer.page, total });
  // One tab stop for the thumbnails (the page in view); the arrows move within the list.
  return html`<div class="pdf-layout">
    <nav class="pdf-thumbs" aria-label=${t('pdfPages')}>
      <p class="hint" id="pdf-thumbs-hint">${t('pdfThumbsHint')}</p>
      <ol id="pdf-thumbs" @keydown=${keys}>
        ${pages.map(
          (n) => html`<li><button type="button" class="pdf-thumb" data-page=${String(n)} tabindex=${n === viewer.page ? '0' : '-1'}
            aria-current=${n === viewer.page ? 'page' : nothing} aria-describedby="pdf-thumbs-hint" @click=${() => go(n, false)}>
            ${pageCanvas(viewer.name, n, THUMB_WIDTH, null)}<span class="pdf-thumb-number">${t('pdfThumbLabel', { n })}</span>
          </button></li>`,
        )}
      </ol>
    </nav>
    <div class="pdf-page">
      <div class="pdf-page-bar">
        <button type="button" id="pdf-prev" ?disabled=${viewer.page <= 1} @click=${() => go(viewer.page - 1, false)}>${t('pdfPrev')}</button>
        <span id="pdf-page-status" role="status">${label}</span>
        <button type="button" id="pdf-next" ?disabled=${viewer.page >= total} @click=${() => go(viewer.page + 1, false)}>${t('pdfNext')}</button>
      </div>
      ${pageCanvas(viewer.name, viewer.page, PAGE_WIDTH, label)}
    </div>
  </div>`;
}

/** The exported file in view: the PDF's pages with their thumbnails, or the Word file's page count. */
export function exportViewer(ctx: AppContext): TemplateResult | typeof nothing {
  const viewer = ctx.state.viewer;
  if (!viewer) return nothing;
  const heading = html`<h2 id="h-pdf-view">${t('pdfViewTitle')}: <bdi dir="auto" class="path">${viewer.name}</bdi></h2>`;
  if (viewer.format === 'docx') {
    const pages = count(viewer.pages, 'page');
    return html`<section class="panel pdf-view" id="pdf-view" aria-labelledby="h-pdf-view">${heading}
      <p id="docx-pages" data-basis=${viewer.basis}>${viewer.basis === 'properties' ? t('docxPagesStated', { pages }) : t('docxPagesEstimated', { pages })}</p>
    </section>`;
  }
  const body = viewer.error !== undefined
    ? html`<p class="error-line">${t('pdfFailed', { reason: viewer.error })}</p>`
    : viewer.pages === null
      ? html`<p>${t('pdfLoading')}</p>`
      : pdfPages(ctx, viewer, viewer.pages);
  return html`<section class="panel pdf-view" id="pdf-view" aria-labelledby="h-pdf-view" data-pages=${viewer.pages === null ? nothing : String(viewer.pages)}>${heading}${body}</section>`;
}
