/**
 * The Content-Security-Policy of the UI, the same in the Electron window and from the browser host:
 * only the app's own scripts, styles and fonts; no inline script, no remote anything, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
