import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appPageUrl, externalLink, isAppFrame } from '../../../main/electron/url-policy.ts';

describe('externalLink', () => {
  it('lets http(s) links through, re-serialised', () => {
    expect(externalLink('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(externalLink('HTTP://Example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme and anything that does not parse', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'data:text/html,x', 'not a url', '']) {
      expect(externalLink(url)).toBeNull();
    }
  });
});

describe('isAppFrame', () => {
  const index = path.resolve('/opt/mawjaz/renderer/index.html');

  it('accepts the app page itself, with or without a fragment', () => {
    expect(isAppFrame(appPageUrl(index), index)).toBe(true);
    expect(isAppFrame(`${appPageUrl(index)}#brief`, index)).toBe(true);
  });

  it('refuses other pages, other schemes and a missing frame', () => {
    expect(isAppFrame(pathToFileURL(path.resolve('/opt/mawjaz/renderer/other.html')).href, index)).toBe(false);
    expect(isAppFrame(pathToFileURL(path.resolve('/tmp/index.html')).href, index)).toBe(false);
    expect(isAppFrame('https://example.org/opt/mawjaz/renderer/index.html', index)).toBe(false);
    expect(isAppFrame(undefined, index)).toBe(false);
    expect(isAppFrame('::', index)).toBe(false);
  });

  it('decodes the path before comparing (spaces and Arabic folder names)', () => {
    const arabic = path.resolve('/home/محلل/My Apps/mawjaz/index.html');
    expect(isAppFrame(appPageUrl(arabic), arabic)).toBe(true);
  });
});
