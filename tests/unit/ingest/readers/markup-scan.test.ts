import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../main/ingest/readers/dom-shape.ts';
import { measureHtml } from '../../../../main/ingest/readers/html-budget.ts';
import { scanMarkup } from '../../../../main/ingest/readers/markup-scan.ts';

const LIMITS = { maxDepth: 1_000, maxElements: 100_000 };

describe('scanMarkup', () => {
  it('counts nesting the parser will build, and not what it closes on its own', () => {
    expect(scanMarkup('<div><section><div>x</div></section></div>', LIMITS)).toEqual({ startTags: 3, depth: 3 });
    // Unclosed paragraphs and list items close each other; void elements have no content.
    expect(scanMarkup(`<ul>${'<li><p>a<br><img src=x>'.repeat(50)}</ul>`, LIMITS).depth).toBe(1);
    // An end tag closes what was left open inside it.
    expect(scanMarkup(`${'<div><span><b>x</div>'.repeat(200)}`, LIMITS).depth).toBe(3);
  });

  it('skips comments and the text of scripts and styles', () => {
    const html = `<!-- ${'<div>'.repeat(5000)} --><script>var s = "${'<div>'.repeat(5000)}";</script><style>a{}</style><div>x</div>`;
    expect(scanMarkup(html, LIMITS)).toEqual({ startTags: 3, depth: 1 });
  });

  it('stops as soon as a limit is passed', () => {
    expect(scanMarkup('<div>'.repeat(1_000_000), LIMITS).depth).toBe(1_001);
    expect(scanMarkup('<i></i>'.repeat(1_000_000), LIMITS).startTags).toBe(100_001);
  });

  it('never reads less depth than the parsed page has', () => {
    const pages = [
      `<html><body>${'<div><p>x'.repeat(40)}</body></html>`,
      `<table>${'<tr><td><table><tr><td>'.repeat(10)}x</table>`,
      `<body>${'<b><i><u>'.repeat(15)}x</body>`,
      `<ol>${'<li><ol>'.repeat(30)}<li>x</ol>`,
    ];
    for (const html of pages) {
      const parsed = measureHtml(parseHtmlDocument(html)).depth;
      // The parsed depth also counts html and body and the elements that cannot nest: at most three per level
      // that can (a table's tbody, tr and td).
      expect(4 * scanMarkup(html, LIMITS).depth + 3, html.slice(0, 40)).toBeGreaterThanOrEqual(parsed);
    }
  });
});
