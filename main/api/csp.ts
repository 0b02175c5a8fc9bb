/**
 * The Content-Security-Policy of the UI: the browser host sends it as a header, and renderer/index.html carries
 * the same policy in its meta tag for the Electron window (tests/unit/api/csp.test.ts keeps the two equal).
 * Only the app's own scripts, styles and fonts; no inline script, no remote anything, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // pdf.js draws an exported PDF with its worker, loaded from the app's own files (the export screen's page view).
  "worker-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
