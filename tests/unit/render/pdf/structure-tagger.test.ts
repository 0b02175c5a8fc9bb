import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { renderPdf } from '../../../../main/render/pdf/render-pdf.ts';
import { seedsGoldenBrief } from '../../../helpers/seeds-golden-brief.ts';
import { fontsDir, NOW, root, template, templatesDir } from './fixtures.ts';
import { elementsOf, letters, readTaggedPdf, type TaggedPdf } from './struct-tree.ts';

// The tagged PDF read back as pdf.js (what a screen reader or a reflowing viewer uses) sees it: the seeds' brief
// and the hard brief (long actor table over several pages, an English item, a title with English in it).
const seeds = Brief.parse(JSON.parse(seedsGoldenBrief()));
const hard = Brief.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/briefs/hard.json'), 'utf8')));
const SECTIONS = ['summary', 'actors', 'timeline', 'openQuestions', 'sources'] as const;

async function tagged(brief: Brief, name: string): Promise<TaggedPdf> {
  return readTaggedPdf(await renderPdf(brief, template(name), { fontsDir, templatesDir, now: NOW }));
}

/** How many list items a brief's PDF has: its included summary points and questions, and every source. */
function listItems(brief: Brief): number {
  return brief.summary.filter((p) => p.included).length + brief.openQuestions.filter((q) => q.included).length + brief.sources.length;
}

describe.each([
  ['the seeds\' brief', seeds],
  ['the hard brief', hard],
])('the structure tree of %s (standard template)', (_name, brief) => {
  let pdf: TaggedPdf;
  beforeAll(async () => {
    pdf = await tagged(brief, 'standard');
  }, 60_000);

  it('declares Arabic, the brief\'s title shown by the viewer, and marked content', () => {
    expect(pdf.lang).toBe('ar');
    expect(pdf.title).toBe(brief.title);
    expect(pdf.displayDocTitle).toBe(true);
    expect(pdf.marked).toBe(true);
  });

  it('has the title as the one H1 and each section heading as an H2, in the template\'s order', () => {
    const h1 = elementsOf(pdf, 'H1');
    expect(h1).toHaveLength(1);
    expect(h1[0]?.parent).toBe('Document');
    expect(letters(h1[0]?.text ?? '')).toBe(letters(brief.title));
    const labels = template('standard').labels;
    expect(elementsOf(pdf, 'H2').map((h) => h.text.trim())).toEqual(SECTIONS.map((s) => labels[s].ar));
  });

  it('sets the summary, the questions and the sources as lists: an item per entry, each a label and a body', () => {
    // A label is on an item's first line only, so it is never counted twice when an item runs over a page break.
    expect(elementsOf(pdf, 'Lbl')).toHaveLength(listItems(brief));
    for (const item of elementsOf(pdf, 'LI')) expect(item.parent).toBe('L');
    for (const body of elementsOf(pdf, 'LBody')) expect(body.parent).toBe('LI');
    expect(elementsOf(pdf, 'Lbl').filter((l) => l.text.includes('•'))).toHaveLength(
      brief.summary.filter((p) => p.included).length + brief.openQuestions.filter((q) => q.included).length,
    );
  });

  it('sets the actors and the timeline as tables whose header row is tagged once, however many pages they take', () => {
    const th = elementsOf(pdf, 'TH');
    // Five columns of actors, three of the timeline; a header repeated on a later page is an artifact.
    expect(th).toHaveLength(8);
    expect(th.every((cell) => cell.parent === 'TR')).toBe(true);
    const tables = pdf.pages.filter((p) => p.elements.some((e) => e.role === 'Table')).length;
    expect(tables).toBeGreaterThanOrEqual(2);
    for (const td of elementsOf(pdf, 'TD')) expect(td.parent).toBe('TR');
    for (const tr of elementsOf(pdf, 'TR')) expect(tr.parent).toBe('Table');
  });

  it('makes every citation mark a Link holding its text and its link annotation, read after the text it follows', () => {
    const links = elementsOf(pdf, 'Link');
    expect(links.length).toBe(pdf.pages.reduce((n, p) => n + p.links, 0));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.children.some((c) => c.type === 'object')).toBe(true);
      expect(link.text).toMatch(/^\s*[0-9٠-٩]+\s*$/u);
    }
    // Marks end an item: drawn first (at the left end of an Arabic line), they are read last, after its text.
    const cited = elementsOf(pdf, 'LBody').filter((b) => b.children.some((c) => c.role === 'Link'));
    expect(cited.length).toBeGreaterThan(5);
    for (const body of cited) {
      // The item's text first (plain, or an English Span); then its marks with the commas between them, and at most
      // the muted count of independent sources after them: plain text, never more of the item's own words in a Span.
      const roles = body.children.map((c) => c.role);
      const first = roles.indexOf('Link');
      expect(first).toBeGreaterThan(0);
      expect(roles.slice(first).every((r) => r === 'Link' || r === undefined)).toBe(true);
    }
  });

  it('tags every text it draws, and keeps page numbers and running text out of the structure', () => {
    for (const page of pdf.pages) expect(page.untaggedText.trim()).toBe('');
    pdf.pages.forEach((page, i) => {
      expect(letters(page.artifactText)).toContain(letters(String(i + 1)));
      expect(page.artifactText).toContain('صفحة');
      expect(page.elements.some((e) => e.text.includes('صفحة'))).toBe(false);
    });
  });
});

describe('a paragraph over a page break', () => {
  it('stays one list item: its label once, its body on both pages, read in order', async () => {
    const [first, ...rest] = seeds.summary.filter((p) => p.included);
    if (!first) throw new Error('the seeds\' brief has a summary');
    // A point of some sixty lines cannot stay on the first page under the title.
    const long = { ...first, text: Array.from({ length: 20 }, () => first.text).join(' ') };
    const pdf = await tagged({ ...seeds, summary: [long, ...rest] }, 'standard');
    const bodies = pdf.pages.map((p) => p.elements.filter((e) => e.role === 'LBody' && e.parent === 'LI'));
    expect(elementsOf(pdf, 'Lbl')).toHaveLength(listItems(seeds));
    // Page 1 ends with the long point's first lines, page 2 goes on with it: the same item, continued.
    const lastOnPage1 = bodies[0]?.[bodies[0].length - 1];
    const firstOnPage2 = bodies[1]?.[0];
    expect(lastOnPage1?.text).toContain(first.text.split(' ')[0]);
    expect(firstOnPage2).toBeDefined();
    expect(letters(`${lastOnPage1?.text ?? ''}${firstOnPage2?.text ?? ''}`).length).toBeGreaterThan(letters(first.text).length);
  }, 60_000);
});

describe('languages and figures', () => {
  it('declares English on an English item and on English text inside Arabic (the hard brief\'s title)', async () => {
    // As assembled, the English item is all English: its list body declares it.
    const assembled = { ...hard, summary: hard.summary.map((p) => ({ ...p, edited: false, manual: false })) };
    const english = elementsOf(await tagged(assembled, 'standard'), 'LBody').filter((b) => b.lang === 'en');
    expect(english).toHaveLength(1);
    expect(english[0]?.text).toContain('Iraqi');
    // Written by the analyst, it ends with the Arabic mark «(أضافه المحلل)»: the body is then the document's Arabic and
    // the English text a Span of its own.
    const pdf = await tagged(hard, 'standard');
    expect(elementsOf(pdf, 'LBody').filter((b) => b.lang === 'en')).toHaveLength(0);
    expect(elementsOf(pdf, 'Span').some((s) => s.parent === 'LBody' && s.lang === 'en' && s.text.startsWith('The Iraqi army'))).toBe(true);
    const titleSpans = elementsOf(pdf, 'Span').filter((s) => s.parent === 'H1');
    expect(titleSpans.map((s) => s.lang)).toEqual(['en']);
    expect(titleSpans[0]?.text).toContain('Mixed-direction test brief');
    expect(elementsOf(pdf, 'Span').every((s) => s.lang === 'en')).toBe(true);
  }, 60_000);

  it('gives the agency logo, the timeline chart and the actor map alternate text, each a Figure', async () => {
    const pdf = await tagged(seeds, 'agency');
    const figures = elementsOf(pdf, 'Figure');
    expect(figures).toHaveLength(3);
    expect(figures[0]?.alt).toBe(`شعار ${template('agency').label.ar}`);
    // A chart's alternate text is its caption: how to read it, and what it leaves out.
    expect(figures[1]?.alt).toMatch(/^التسلسل الزمني في مخطط: /u);
    expect(figures[2]?.alt).toMatch(/^شبكة الفاعلين: /u);
    expect(elementsOf(await tagged(seeds, 'standard'), 'Figure').map((f) => f.alt)).toEqual([figures[1]?.alt]);
    expect(elementsOf(await tagged(seeds, 'flash'), 'Figure')).toHaveLength(0);
  }, 60_000);
});
