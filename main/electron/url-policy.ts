import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Pure URL decisions of the Electron shell, apart from the glue so that they can be tested without Electron.

/** The link the system browser may open for `url`: http(s) only, as the URL parser re-serialises it; null otherwise. */
export function externalLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Is `frameUrl` our own page? IPC handlers answer only the app's own top frame. */
export function isAppFrame(frameUrl: string | undefined, indexHtml: string): boolean {
  if (frameUrl === undefined) return false;
  try {
    const url = new URL(frameUrl);
    // fileURLToPath, not the bare pathname: it decodes and handles Windows drive letters and UNC hosts.
    return url.protocol === 'file:' && path.resolve(fileURLToPath(url)) === path.resolve(indexHtml);
  } catch {
    return false;
  }
}

/**
 * Is the sender of an IPC message the app's own page in its top frame? A subframe (even one showing our page) and a
 * frame already gone (null) are refused (GHSA-mq8j-3h7h-p8g7). Every `api:*` and `app:*` handler asks this first.
 */
export function isAppTopFrame(frame: { url: string; parent: unknown } | null | undefined, indexHtml: string): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppFrame(frame.url, indexHtml);
}

/** The URL of the app's own page: the one place navigation may go. */
export function appPageUrl(indexHtml: string): string {
  return pathToFileURL(path.resolve(indexHtml)).href;
}
