import type * as PdfJs from 'pdfjs-dist';

/**
 * An exported PDF drawn by pdf.js, loaded from the app's own files (the web host serves them under /pdfjs/, the
 * Electron build copies them beside the page): the library on first use only, its worker from the same place, so
 * the strict CSP needs nothing but `worker-src 'self'`. One document is open at a time.
 */
let library: Promise<typeof PdfJs> | null = null;
let open: { name: string; doc: Promise<PdfJs.PDFDocumentProxy> } | null = null;
const drawing = new WeakMap<HTMLCanvasElement, PdfJs.RenderTask>();

function loadLibrary(): Promise<typeof PdfJs> {
  library ??= (async () => {
    const url = new URL('pdfjs/pdf.min.mjs', document.baseURI).href;
    // A URL known only at run time: the bundler leaves the import to the browser, which fetches it from the app.
    const pdfjs = (await import(url)) as typeof PdfJs;
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs/pdf.worker.min.mjs', document.baseURI).href;
    return pdfjs;
  })();
  return library;
}

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Opens the PDF `name` (its bytes as base64) and resolves with its page count; the one open before is closed. */
export async function openPdf(name: string, base64: string): Promise<number> {
  const before = open;
  const pdfjs = await loadLibrary();
  // No eval (the CSP forbids it: pdf.js would try and log a violation). The embedded fonts are drawn as outlines by
  // pdf.js itself, not handed to the browser as font faces: so handed over, Chromium drew the PDF's already shaped
  // Arabic glyphs out of place (letters pulled apart or run together, seen on the seeds' brief), where outlines land
  // where the PDF puts them, as poppler draws them. No font face also means nothing for the CSP's font-src to allow.
  const doc = pdfjs.getDocument({ data: bytesOf(base64), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  open = { name, doc };
  if (before) void before.doc.then((d) => d.destroy()).catch(() => undefined);
  return (await doc).numPages;
}

/** Whether `name` is the PDF open now (a canvas of an earlier one must not be drawn). */
export function isOpen(name: string): boolean {
  return open?.name === name;
}

/**
 * Draws page `n` of the open PDF into `canvas`, `width` CSS pixels wide (sharp on high-density screens). A canvas
 * already showing that page at that width is left alone: lit-html hands the same canvas back on every update.
 */
export async function drawPage(canvas: HTMLCanvasElement, name: string, n: number, width: number): Promise<void> {
  const key = `${name}#${n}@${width}`;
  if (!open || open.name !== name || canvas.dataset.drawn === key) return;
  canvas.dataset.drawn = key;
  const page = await (await open.doc).getPage(n);
  const scale = width / page.getViewport({ scale: 1 }).width;
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  // Set through the CSSOM, which the CSP allows (no style attribute in markup).
  canvas.style.width = `${width}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  // A canvas takes one drawing at a time: a page asked for while another is being drawn stops that one.
  drawing.get(canvas)?.cancel();
  const task = page.render({ canvas, viewport });
  drawing.set(canvas, task);
  try {
    await task.promise;
    if (canvas.dataset.drawn === key) canvas.dataset.rendered = key;
  } catch (e) {
    if (!(e instanceof Error && e.name === 'RenderingCancelledException')) throw e;
  } finally {
    if (drawing.get(canvas) === task) drawing.delete(canvas);
  }
}
