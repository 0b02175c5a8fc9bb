import { describe, expect, it } from 'vitest';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';
import { parseHtmlDocument } from '../../../../main/ingest/readers/dom-shape.ts';
import { siteFurnitureNames } from '../../../../main/ingest/readers/site-furniture-names.ts';

const STORY =
  '<main><h1>افتتاح جسر جديد فوق النهر</h1><p>افتتح المحافظ صباح اليوم الجسر الجديد الذي يربط ضفتي النهر بعد عامين من الأعمال.</p>' +
  '<p>وقال المهندس المسؤول إن الجسر سيخفف الزحام عن وسط المدينة في ساعات الذروة.</p></main>';

function names(body: string): string[] {
  return siteFurnitureNames(parseHtmlDocument(`<html><head><title>t</title></head><body>${body}${STORY}</body></html>`));
}

describe('siteFurnitureNames', () => {
  it("reads a logo's alt and title text, named by its address, class or container", () => {
    expect(names('<img src="/img/site-logo.png" alt="نبض الوادي">')).toEqual(['نبض الوادي']);
    expect(names('<img class="Brand-Mark" src="/a.png" title="Wadi Pulse">')).toEqual(['Wadi Pulse']);
    expect(names('<div class="logo"><img src="/a.svg" alt="نبض الوادي" title="Wadi Pulse"></div>')).toEqual(['نبض الوادي', 'Wadi Pulse']);
  });
  it("reads a header's image linked to the site's home page, whatever it is called", () => {
    expect(names('<header><a href="/ar"><img src="/a.svg" alt="نبض الوادي"></a></header>')).toEqual(['نبض الوادي']);
    expect(names('<header><a href="https://example.org/"><img src="/a.svg" alt="نبض الوادي"></a></header>')).toEqual(['نبض الوادي']);
  });
  it('ignores pictures of the story and long descriptions', () => {
    expect(names('<header><a href="/ar/news/1234"><img src="/a.jpg" alt="المحافظ"></a></header>')).toEqual([]);
    expect(names('<figure><img src="/photo.jpg" alt="الجسر الجديد"></figure>')).toEqual([]);
    expect(names('<img src="/logo.png" alt="صورة المحافظ وهو يقص الشريط أمام الجسر الجديد">')).toEqual([]);
  });
  it("stays out of the article's text: the reader's lines are those of the page without it", () => {
    const head = '<title>افتتاح جسر جديد فوق النهر | Wadi Pulse</title>';
    const withLogo = readHtmlFile('a.html', Buffer.from(`<html><head>${head}</head><body><header><img src="/logo.svg" alt="نبض الوادي"></header>${STORY}</body></html>`));
    const without = readHtmlFile('b.html', Buffer.from(`<html><head>${head}</head><body><header><img src="/logo.svg"></header>${STORY}</body></html>`));
    expect(withLogo.text).toBe(without.text);
    expect(withLogo.text).not.toContain('نبض الوادي');
    expect(withLogo.declared.siteNames).toEqual(['Wadi Pulse', 'نبض الوادي']);
    expect(without.declared.siteNames).toEqual(['Wadi Pulse']);
  });
  it("keeps every name the head gives the site, not only the declared one", () => {
    const head = '<title>افتتاح جسر جديد فوق النهر | نبض الوادي</title><meta property="og:site_name" content="Wadi Pulse">';
    const doc = readHtmlFile('a.html', Buffer.from(`<html><head>${head}</head><body>${STORY}</body></html>`));
    expect(doc.declared.outlet).toBe('Wadi Pulse');
    expect(doc.declared.siteNames).toEqual(['Wadi Pulse', 'نبض الوادي']);
  });
});
