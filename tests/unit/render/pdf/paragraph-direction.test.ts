import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { renderPdfWithLog, type RenderedPdf } from '../../../../main/render/pdf/render-pdf.ts';
import type { LoggedLine } from '../../../../main/render/pdf/typeset/types.ts';
import { editedMark } from '../../../../main/render/shared/edited-mark.ts';
import { bboxWords, fontsDir, NOW, pdfFile, root, template, templatesDir } from './fixtures.ts';

// The hard brief's items that start with a Latin word («CNN قالت…») or are wholly English must keep the list's
// right-to-left direction, as a browser sets them under dir="rtl": bullet on the right, text from the right margin,
// the final period and the citation marks at the paragraph's end (its left). Read from the typesetter's layout log
// (what was drawn where) and, for one template, from pdftotext -bbox.
const hard = Brief.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/briefs/hard.json'), 'utf8')));
const ITEMS = [
  { first: 'CNN', lastWord: 'نقاط.' },
  { first: 'The Iraqi army', lastWord: '2025).' },
];
// Citation marks: numbers and commas, kept together by word joiners and right-to-left marks.
const CITATION = /^[\s\d\u0660-\u0669،,\u2060\u200F]*$/u;
const ANALYST_MARK = editedMark({ edited: false, manual: true }) ?? '';

function linesOf(rendered: RenderedPdf, first: string): { lines: LoggedLine[]; bullet: LoggedLine | undefined } {
  const lines = rendered.log.filter((l) => l.paragraph.startsWith(first) && l.text !== '•');
  const at = rendered.log.indexOf(lines[0] as LoggedLine);
  // The list marker is drawn right after the paragraph's first line.
  const bullet = rendered.log[at + 1]?.text === '•' ? rendered.log[at + 1] : undefined;
  return { lines, bullet };
}

/** The line's text in visual order, left to right (runs are logged left to right, each in logical order). */
function leftToRight(line: LoggedLine): string[] {
  return line.runs.map((r) => r.text);
}

describe('paragraphs starting with a Latin word, and English items, in an Arabic brief', () => {
  for (const name of ['standard', 'agency', 'letter']) {
    it(`${name}: keep the list's right-to-left direction`, async () => {
      const t = template(name);
      const rendered = await renderPdfWithLog(hard, t, { fontsDir, templatesDir, now: NOW });
      for (const item of ITEMS) {
        const { lines, bullet } = linesOf(rendered, item.first);
        expect(lines.length, item.first).toBeGreaterThan(1);
        const firstLine = lines[0] as LoggedLine;
        const lastLine = lines[lines.length - 1] as LoggedLine;
        // The paragraph starts on the right: its first word is in the rightmost run of its first line.
        expect(leftToRight(firstLine).at(-1), item.first).toMatch(new RegExp(`^${item.first}`, 'u'));
        // The bullet is on the right of the text, on the same baseline.
        expect(bullet, `${item.first}: bullet drawn`).toBeDefined();
        expect(bullet?.baseline).toBe(firstLine.baseline);
        expect(bullet?.x ?? 0, `${item.first}: bullet on the right`).toBeGreaterThan(firstLine.x + 200);
        // The short last line is right-aligned: it does not start at the left margin.
        expect(lastLine.x, `${item.first}: last line right-aligned`).toBeGreaterThan(t.page.margins.inline + 50);
        // At its left end (the paragraph's end) only citation marks precede the last word and its period.
        const visual = leftToRight(lastLine);
        const closing = visual.findIndex((text) => text.includes(item.lastWord));
        expect(closing, `${item.first}: «${item.lastWord}» on the last line`).toBeGreaterThanOrEqual(0);
        // Both items are the analyst's: the mark «(أضافه المحلل)» sits right after the text, so left of its end.
        const leftOfEnd = visual.slice(0, closing).join('');
        expect(leftOfEnd, `${item.first}: the analyst's mark left of the end`).toContain(ANALYST_MARK);
        expect(leftOfEnd.replace(ANALYST_MARK, ''), `${item.first}: only citations left of the end`).toMatch(CITATION);
        expect(leftOfEnd.replace(ANALYST_MARK, '').trim(), `${item.first}: the item cites`).not.toBe('');
      }
    }, 30_000);
  }

  it('standard, as pdftotext -bbox reads the page: bullets on the right, lines from the right margin', async () => {
    const rendered = await renderPdfWithLog(hard, template('standard'), { fontsDir, templatesDir, now: NOW });
    const words = bboxWords(pdfFile(rendered.bytes));
    const onLine = (needle: string) => {
      const hit = words.find((w) => w.text === needle);
      expect(hit, needle).toBeDefined();
      return words.filter((w) => w.page === hit?.page && Math.abs(w.yMin - (hit?.yMin ?? 0)) < 3).sort((a, b) => b.xMax - a.xMax);
    };
    // Right to left: the bullet, then the Arabic item's first word, at the text's right edge.
    const cnn = onLine('CNN');
    expect(cnn[0]?.text).toBe('•');
    expect(cnn[1]?.text).toBe('CNN');
    const rightEdge = cnn[1]?.xMax ?? Number.NaN;
    // The English item's first line also has its bullet on the right (its words read left to right inside it) and
    // its short last line ends at the same right edge, not at the left margin.
    expect(onLine('The')[0]?.text).toBe('•');
    const last = onLine('January');
    expect(last[0]?.xMax).toBeCloseTo(rightEdge, 0);
    expect(last[last.length - 1]?.xMin).toBeGreaterThan(300);
    // Every bullet of the summary is in one column, on the right half of the page.
    const bullets = words.filter((w) => w.text === '•');
    expect(bullets.length).toBeGreaterThan(8);
    expect(new Set(bullets.map((b) => b.xMin.toFixed(1))).size).toBe(1);
    expect(bullets[0]?.xMin).toBeGreaterThan(400);
  }, 30_000);
});
