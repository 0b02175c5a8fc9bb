/**
 * Only links inside the app (relative, or to our own host) and blob downloads: never javascript: or data: URLs.
 * lit-html binds an href as given, so every link the renderer makes goes through here.
 */
export function safeHref(href: string): string | null {
  if (/^(\/|\.\/|#|blob:)/.test(href)) return href;
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin ? url.href : null;
  } catch {
    return null;
  }
}
