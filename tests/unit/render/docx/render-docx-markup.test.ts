// The Word markup of a rendered brief, checked as normalised XML trees (ECMA-376 Part 1).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../../../main/model/brief.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import type { Template } from '../../../../main/render/template.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';
import { all, child, el, shape, textOf, type XmlNode } from './xml-tree.ts';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /[A-Za-z]/;

let brief: Brief;
let template: Template;
let part: ReturnType<typeof docxParts>;
let body: XmlNode;

beforeAll(async () => {
  brief = sampleBrief();
  template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
  part = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
  const documentBody = child(part.xml('word/document.xml'), 'w:body');
  if (documentBody === undefined) throw new Error('no w:body');
  body = documentBody;
});

function styleById(id: string): XmlNode {
  const style = all(part.xml('word/styles.xml'), 'w:style').filter((s) => s.attrs['w:styleId'] === id);
  expect(style, `style ${id} defined once`).toHaveLength(1);
  return style[0] as XmlNode;
}

const styleOf = (p: XmlNode): string | undefined => child(child(p, 'w:pPr'), 'w:pStyle')?.attrs['w:val'];

describe('renderDocx styles', () => {
  it('defines the brief styles, each paragraph style right-to-left', () => {
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'ListBullet', 'ListNumber', 'Quote', 'FootnoteText']) {
      const style = styleById(id);
      expect(style.attrs['w:type']).toBe('paragraph');
      expect(child(child(style, 'w:pPr'), 'w:bidi'), `${id} has w:bidi`).toBeDefined();
    }
    expect(styleById('BriefTable').attrs['w:type']).toBe('table');
  });

  it('sets Heading 1 in the heading face with its complex-script twins: cs font, bCs, szCs', () => {
    expect(shape(child(styleById('Heading1'), 'w:rPr') as XmlNode)).toEqual(el('w:rPr', {}, [
      el('w:rFonts', { 'w:ascii': 'Noto Serif', 'w:cs': 'Noto Kufi Arabic', 'w:hAnsi': 'Noto Serif' }),
      el('w:b'), el('w:bCs'),
      el('w:color', { 'w:val': '123C5A' }),
      el('w:sz', { 'w:val': String(template.sizes.h1 * 2) }), el('w:szCs', { 'w:val': String(template.sizes.h1 * 2) }),
    ]));
  });

  it('puts the Arabic face, sizes and ar-SA in the document defaults', () => {
    const rPr = child(child(all(part.xml('word/styles.xml'), 'w:docDefaults')[0], 'w:rPrDefault'), 'w:rPr') as XmlNode;
    expect(shape(child(rPr, 'w:rFonts') as XmlNode)).toEqual(el('w:rFonts', { 'w:ascii': 'Noto Serif', 'w:cs': 'Amiri', 'w:hAnsi': 'Noto Serif' }));
    expect(child(rPr, 'w:szCs')?.attrs['w:val']).toBe('25');
    expect(child(rPr, 'w:lang')?.attrs).toEqual({ 'w:val': 'en-US', 'w:bidi': 'ar-SA' });
  });

  it('doubles every bold, italic and size with its complex-script property in every style', () => {
    for (const rPr of all(part.xml('word/styles.xml'), 'w:rPr')) {
      const names = rPr.children.map((c) => c.name);
      if (names.includes('w:b')) expect(names).toContain('w:bCs');
      if (names.includes('w:i')) expect(names).toContain('w:iCs');
      if (names.includes('w:sz')) expect(names).toContain('w:szCs');
    }
  });
});

describe('renderDocx body', () => {
  it('sets every line at the template\'s exact distance, the PDF\'s, not a multiple of the font\'s own height', () => {
    const spacing = child(child(styleById('Normal'), 'w:pPr'), 'w:spacing');
    expect(spacing?.attrs).toMatchObject({
      'w:line': String(Math.round(template.sizes.body * template.sizes.lineHeight * 20)), 'w:lineRule': 'exact',
    });
    for (const style of all(part.xml('word/styles.xml'), 'w:style')) {
      const rule = child(child(style, 'w:pPr'), 'w:spacing')?.attrs['w:lineRule'];
      if (rule !== undefined) expect(rule, style.attrs['w:styleId']).toBe('exact');
    }
  });

  it('makes every paragraph of the body bidi', () => {
    const paragraphs = all(body, 'w:p');
    expect(paragraphs.length).toBeGreaterThan(40);
    for (const p of paragraphs) expect(child(child(p, 'w:pPr'), 'w:bidi'), textOf(p)).toBeDefined();
  });

  it('marks Arabic runs, their digits and punctuation included, rtl and complex script; Latin runs ltr', () => {
    const runs = all(body, 'w:r').filter((r) => textOf(r).trim() !== '');
    const latin = runs.filter((r) => LATIN.test(textOf(r)));
    expect(latin.map(textOf)).toContain('SANA');
    expect(runs.map(textOf).some((t) => /^[^A-Za-z]*\p{Script=Arabic}[^A-Za-z]* 1905 [^A-Za-z]*$/u.test(t))).toBe(true);
    for (const r of runs) {
      const rPr = child(r, 'w:rPr');
      const rtl = child(rPr, 'w:rtl') !== undefined;
      if (LATIN.test(textOf(r))) {
        expect(ARABIC.test(textOf(r)), textOf(r)).toBe(false);
        expect(rtl, textOf(r)).toBe(false);
      } else {
        expect(rtl, textOf(r)).toBe(true);
        expect(child(rPr, 'w:cs'), textOf(r)).toBeDefined();
      }
    }
  });

  it('writes the sections in the template order under Heading 1', () => {
    const headings = all(body, 'w:p').filter((p) => styleOf(p) === 'Heading1').map(textOf);
    // Key judgments are left out whole from a brief without any (the sample has none).
    expect(brief.keyJudgments).toBeUndefined();
    expect(headings).toEqual(template.sections.filter((name) => name !== 'keyJudgments').map((name) => template.labels[name].ar));
  });

  it('starts with the title block: title, dates, author, topics (the marking is in the header only)', () => {
    const [title, date, author, topics] = all(body, 'w:p');
    expect(title && styleOf(title)).toBe('Title');
    expect(textOf(body)).not.toContain(brief.marking);
    expect(title && textOf(title)).toBe(brief.title);
    expect(date && textOf(date)).toMatch(/^التاريخ: 10\u00a0أبريل\u00a02025 — 12\u00a0شوال\u00a01446\u00a0هـ$/);
    expect(author && textOf(author)).toBe(`إعداد: ${brief.author}`);
    expect(topics && textOf(topics)).toBe(`الموضوعات: ${brief.topics.join('، ')}`);
  });

  it('lists the included key points as List Bullet, marks edits and leaves excluded points out', () => {
    const bullets = all(body, 'w:p').filter((p) => styleOf(p) === 'ListBullet');
    const included = brief.summary.filter((s) => s.included);
    expect(bullets).toHaveLength(included.length);
    for (const p of bullets) expect(child(child(p, 'w:pPr'), 'w:numPr')).toBeDefined();
    const excluded = brief.summary.find((s) => !s.included);
    expect(excluded).toBeDefined();
    expect(textOf(body)).not.toContain(excluded?.text);
    const editedIndex = included.findIndex((s) => s.edited);
    const mark = all(bullets[editedIndex] as XmlNode, 'w:r').find((r) => child(child(r, 'w:rPr'), 'w:rStyle')?.attrs['w:val'] === 'EditedMark');
    expect(mark && textOf(mark)).toBe('(معدّل)');
  });

  it('lays out the actors and timeline as right-to-left tables in the brief table style', () => {
    const tables = all(body, 'w:tbl');
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const tblPr = child(table, 'w:tblPr');
      expect(shape(child(tblPr, 'w:tblStyle') as XmlNode)).toEqual(el('w:tblStyle', { 'w:val': 'BriefTable' }));
      expect(child(tblPr, 'w:bidiVisual')).toBeDefined();
      expect(child(child(child(table, 'w:tr'), 'w:trPr'), 'w:tblHeader')).toBeDefined();
    }
    const [actors, timeline] = tables as [XmlNode, XmlNode];
    expect(all(actors, 'w:tr')).toHaveLength(1 + brief.actors.filter((a) => a.included).length);
    expect(all(timeline, 'w:tr')).toHaveLength(1 + brief.timeline.filter((t) => t.included).length);
    const firstActor = all(actors, 'w:tr')[1] as XmlNode;
    // As the PDF: name (other names), type, roles, mentions, and the numbers of the sources that name the actor.
    const actor = brief.actors.find((a) => a.included);
    const numbers = [...new Set(actor?.sources.map((c) => brief.sources.findIndex((s) => s.id === c.sourceId) + 1))];
    expect(all(firstActor, 'w:tc').map(textOf)).toEqual([
      `${actor?.name} (${actor?.aliases.join('، ')})`, 'شخص', actor?.roles.join('؛ '), String(actor?.mentions), numbers.join('، '),
    ]);
    for (const table of tables) {
      // Every row kept on one page, every border drawn by the table itself, fixed widths filling the measure.
      for (const row of all(table, 'w:tr')) expect(child(child(row, 'w:trPr'), 'w:cantSplit'), textOf(row)).toBeDefined();
      const borders = child(child(table, 'w:tblPr'), 'w:tblBorders') as XmlNode;
      expect(borders.children.map((b) => b.name).sort()).toEqual(
        ['w:bottom', 'w:insideH', 'w:insideV', 'w:left', 'w:right', 'w:top'].sort());
      const grid = all(child(table, 'w:tblGrid') as XmlNode, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(Math.round((595.3 - 2 * template.page.margins.inline) * 20));
    }
    // No citation notes in the tables: sources are a column.
    expect(all(actors, 'w:footnoteReference')).toHaveLength(0);
    expect(all(timeline, 'w:footnoteReference')).toHaveLength(0);
  });

  it('cites key points with one footnote per source, references separated, naming the source', () => {
    const references = all(body, 'w:footnoteReference').map((r) => r.attrs['w:id']);
    const perPoint = brief.summary.filter((s) => s.included).map((s) => new Set(s.sources.map((c) => c.sourceId)).size);
    expect(references).toHaveLength(perPoint.reduce((a, b) => a + b, 0));
    // Two references never touch: a superscript «، » stands between them.
    for (const p of all(body, 'w:p')) {
      const runs = all(p, 'w:r');
      runs.forEach((run, i) => {
        const next = runs[i + 1];
        if (child(run, 'w:footnoteReference') && next) expect(child(next, 'w:footnoteReference'), textOf(p)).toBeUndefined();
      });
    }
    const notes = new Map(all(part.xml('word/footnotes.xml'), 'w:footnote')
      .filter((f) => f.attrs['w:type'] === undefined).map((f) => [f.attrs['w:id'], f]));
    for (const id of references) expect(notes.has(id), `footnote ${id}`).toBe(true);
    const first = notes.get(references[0]) as XmlNode;
    const firstCitation = brief.summary[0]?.sources[0];
    const sourceNumber = brief.sources.findIndex((s) => s.id === firstCitation?.sourceId) + 1;
    if (firstCitation?.quote !== brief.summary[0]?.text) expect(textOf(first)).toContain(`«${firstCitation?.quote}»`);
    expect(textOf(first)).toContain(`المصدر ${sourceNumber}، ${brief.sources[sourceNumber - 1]?.outlet}`);
    expect(styleOf(child(first, 'w:p') as XmlNode)).toBe('FootnoteText');
  });

  it('numbers the sources in the brief order as List Number', () => {
    const numbered = all(body, 'w:p').filter((p) => styleOf(p) === 'ListNumber').map(textOf);
    const sources = numbered.slice(-brief.sources.length);
    // Fields are parted by a dash between right-to-left marks, so a Latin title never takes the date's day.
    const gap = '\u200f — \u200f';
    expect(sources[0]).toBe(`${brief.sources[0]?.outlet}${gap}${brief.sources[0]?.title}${gap}8\u00a0أبريل\u00a02025`);
    // The file name is isolated (FSI…PDI), so its digits and dot stay inside the brackets.
    expect(sources[4]).toMatch(/^جهة نشر غير معروفة\u200f — \u200fبلا عنوان \(\u2068004_738c4e5b00d9a6d1\.txt\u2069\)\u200f — \u200f/);
  });

  it('marks the section right-to-left on an A4 page', () => {
    const sectPr = child(body, 'w:sectPr') as XmlNode;
    expect(child(sectPr, 'w:bidi')).toBeDefined();
    expect(child(sectPr, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const names = sectPr.children.map((c) => c.name);
    expect(names.indexOf('w:bidi')).toBe(names.indexOf('w:docGrid') - 1);
  });
});

describe('renderDocx page furniture and properties', () => {
  it('puts the marking once per page, in the header, and «صفحة N من M» fields in the footer', () => {
    const header = part.xml('word/header1.xml');
    expect(textOf(header)).toBe(brief.marking);
    const footer = part.xml('word/footer1.xml');
    const fields = all(footer, 'w:instrText').map((i) => i.text.trim());
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer)).toMatch(/^صفحة .* من .*$/);
    expect(textOf(footer)).not.toContain(brief.marking);
  });

  it('writes core properties with pinned dates and the language', () => {
    const core = part.xml('docProps/core.xml');
    const value = (name: string): string | undefined => all(core, name)[0]?.text;
    expect(value('dc:title')).toBe(brief.title);
    expect(value('dc:creator')).toBe(brief.author);
    expect(value('dc:language')).toBe('ar-SA');
    expect(value('dcterms:created')).toBe('2025-04-10T09:00:00Z');
    expect(value('dcterms:modified')).toBe('2025-04-10T09:00:00Z');
    expect(value('dc:description')).toContain('موجز');
  });
});

describe('renderDocx template options', () => {
  it('writes endnotes instead of footnotes when the template asks', async () => {
    const endnotes = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false, citations: 'endnotes' } }));
    const parts = docxParts(await renderDocx(brief, endnotes, { fontsDir: FONTS_DIR, now: NOW }));
    const doc = parts.xml('word/document.xml');
    expect(all(doc, 'w:footnoteReference')).toHaveLength(0);
    expect(all(doc, 'w:endnoteReference').length).toBeGreaterThan(3);
    expect(all(parts.xml('word/styles.xml'), 'w:style').some((s) => s.attrs['w:styleId'] === 'EndnoteText')).toBe(true);
  });

  it('cites by superscript source numbers, with no notes, when the template asks for the PDF\'s scheme', async () => {
    const numbered = standardTemplate((t) => ({ ...t, digits: 'arabic-indic', docx: { ...t.docx, embedFonts: false, citations: 'sources' } }));
    const doc = docxParts(await renderDocx(brief, numbered, { fontsDir: FONTS_DIR, now: NOW })).xml('word/document.xml');
    expect(all(doc, 'w:footnoteReference')).toHaveLength(0);
    expect(all(doc, 'w:endnoteReference')).toHaveLength(0);
    const marks = all(doc, 'w:r').filter((r) => child(child(r, 'w:rPr'), 'w:vertAlign')?.attrs['w:val'] === 'superscript');
    const point = brief.summary.find((s) => s.included && new Set(s.sources.map((c) => c.sourceId)).size > 1);
    expect(point).toBeDefined();
    expect(marks.map(textOf)).toContain([...new Set(point?.sources.map((c) => brief.sources.findIndex((s) => s.id === c.sourceId) + 1))]
      .map((n) => String.fromCharCode(0x0660 + n)).join('\u060c\u00a0'));
    // The source list numbers itself in the template's digits, as text.
    const items = all(doc, 'w:p').filter((p) => styleOf(p) === 'ListNumber').map(textOf);
    expect(items.at(-brief.sources.length)).toMatch(/^١\./);
    expect(items.at(-1)).toMatch(new RegExp(`^${String.fromCharCode(0x0660 + brief.sources.length)}\\.`));
  });

  it('adds a table of contents field, follows a changed section order and Arabic-Indic digits', async () => {
    const custom = standardTemplate((t) => ({
      ...t, sections: ['timeline', 'summary'], digits: 'arabic-indic', hijriDate: false,
      docx: { ...t.docx, embedFonts: false, tableOfContents: true },
    }));
    const parts = docxParts(await renderDocx(brief, custom, { fontsDir: FONTS_DIR, now: NOW }));
    const doc = parts.xml('word/document.xml');
    expect(all(doc, 'w:instrText').map((i) => i.text).join(' ')).toMatch(/TOC \\/);
    const headings = all(doc, 'w:p').filter((p) => styleOf(p) === 'Heading1').map(textOf);
    expect(headings).toEqual([custom.labels.timeline.ar, custom.labels.summary.ar]);
    expect(all(doc, 'w:p').map(textOf)).toContain('التاريخ: ١٠\u00a0أبريل\u00a0٢٠٢٥');
    // Numbered items carry their Arabic-Indic number as text: LibreOffice would print hindiNumbers as Western digits.
    const timelineTable = all(doc, 'w:tbl')[0] as XmlNode;
    expect(textOf(timelineTable)).not.toMatch(/[0-9]/);
    expect(all(doc, 'w:sectPr').flatMap((s) => all(s, 'w:pgNumType')).map((n) => n.attrs['w:fmt'])).toContain('hindiNumbers');
  });
});
