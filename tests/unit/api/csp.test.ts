import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/api/csp.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const directives = (policy: string): string[] => policy.split(';').map((d) => d.trim()).filter((d) => d.length > 0).sort();

describe('the Content-Security-Policy', () => {
  it('is the same in the Electron window (meta tag) and from the browser host (header)', () => {
    const html = readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors has no effect in a meta tag (CSP 3 §6.4.2): the header alone carries it.
    const header = directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors'));
    expect(directives(meta ?? '')).toEqual(header);
  });

  it('is the strict policy, widened only by workers from the app’s own files (pdf.js draws an exported PDF)', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(
      [
        "default-src 'none'",
        "script-src 'self'",
        "worker-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].sort(),
    );
  });

  it('allows nothing inline and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
