import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface StaticFiles {
  /** renderer/: index.html, styles.css and other plain assets. */
  rendererDir: string;
  fontsDir: string;
  /** pdf.js's browser build (pdfjs-dist/build): only the two files the export screen loads are served from it. */
  pdfjsDir?: string;
  /** The bundled renderer script (renderer/app/main.ts built by esbuild). */
  bundle: () => Promise<string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The files of pdf.js the page loads (the library, then its worker), under /pdfjs/, as the Electron build copies them. */
export const PDFJS_FILES = ['pdf.min.mjs', 'pdf.worker.min.mjs'] as const;

// Only plain file names from known folders: no path from the request ever reaches the file system unchecked.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export async function serveStatic(files: StaticFiles, pathname: string): Promise<{ type: string; body: string | Buffer } | null> {
  if (pathname === '/' || pathname === '/index.html') {
    return { type: TYPES['.html'] ?? '', body: await readFile(path.join(files.rendererDir, 'index.html')) };
  }
  if (pathname === '/app.js') return { type: TYPES['.js'] ?? '', body: await files.bundle() };
  // Browsers ask for /favicon.ico on their own, whatever the page links.
  const [, folder, name, ...rest] = pathname === '/favicon.ico' ? ['', 'assets', 'favicon.ico'] : pathname.split('/');
  if (rest.length > 0 || name === undefined || !SAFE_NAME.test(name)) return null;
  const type = TYPES[path.extname(name)];
  if (type === undefined) return null;
  const pdfjs = folder === 'pdfjs' && (PDFJS_FILES as readonly string[]).includes(name) ? (files.pdfjsDir ?? null) : null;
  const dir = folder === 'fonts' ? files.fontsDir : folder === 'assets' ? path.join(files.rendererDir, 'assets') : pdfjs;
  if (dir === null) return null;
  try {
    return { type, body: await readFile(path.join(dir, name)) };
  } catch {
    return null;
  }
}
