import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';
import { all, child, textOf, type XmlNode } from './xml-tree.ts';

const runStyle = (r: XmlNode): string | undefined => child(child(r, 'w:rPr'), 'w:rStyle')?.attrs['w:val'];

describe('independent sources in the Word file', () => {
  it('ends a counted point and a counted timeline entry with the count, in the muted Corroboration style', async () => {
    const base = sampleBrief();
    const brief = {
      ...base,
      summary: base.summary.map((p) => ({ ...p, independentSources: 3 })),
      timeline: base.timeline.map((e, i) => (i === 0 ? { ...e, independentSources: 1 } : e)),
    };
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const part = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
    const body = child(part.xml('word/document.xml'), 'w:body') as XmlNode;
    const counted = all(body, 'w:r').filter((r) => runStyle(r) === 'Corroboration').map(textOf);
    // A point the analyst rewrote shows none (the sample has one): the count vouched for the sentence as assembled.
    const points = brief.summary.filter((p) => p.included && !p.edited && !p.manual).length;
    expect(counted.filter((t) => t === '—\u00a03\u00a0مصادر\u00a0مستقلة')).toHaveLength(points);
    expect(counted.filter((t) => t === '—\u00a0مصدر\u00a0مستقل\u00a0واحد')).toHaveLength(1);
    const style = all(part.xml('word/styles.xml'), 'w:style').find((s) => s.attrs['w:styleId'] === 'Corroboration');
    expect(style?.attrs['w:type']).toBe('character');
  });

  it('prints no count after a point or an entry the analyst rewrote: its edited mark stands there', async () => {
    const base = sampleBrief();
    const brief = {
      ...base,
      summary: base.summary.map((p, i) => ({ ...p, edited: i === 0, manual: false, independentSources: 3 })),
      timeline: base.timeline.map((e, i) => (i === 0 ? { ...e, edited: true, independentSources: 1 } : e)),
    };
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const part = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
    const body = child(part.xml('word/document.xml'), 'w:body') as XmlNode;
    const counted = all(body, 'w:r').filter((r) => runStyle(r) === 'Corroboration').map(textOf);
    const points = brief.summary.filter((p) => p.included && !p.edited).length;
    expect(counted.filter((t) => t === '—\u00a03\u00a0مصادر\u00a0مستقلة')).toHaveLength(points);
    expect(counted.filter((t) => t.includes('واحد'))).toHaveLength(0);
  });

  it('marks a composed point, in the muted Corroboration style, and no other', async () => {
    const base = sampleBrief();
    const brief = { ...base, summary: base.summary.map((p, i) => (i === 0 ? { ...p, composed: true } : p)) };
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const part = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
    const body = child(part.xml('word/document.xml'), 'w:body') as XmlNode;
    const marks = all(body, 'w:r').filter((r) => runStyle(r) === 'Corroboration').map(textOf).filter((t) => t.includes('مركّبة'));
    expect(marks).toEqual(['—\u00a0صياغة\u00a0مركّبة']);
  });

  it('marks a point that recounts background, after the composed mark, and no other', async () => {
    const base = sampleBrief();
    const event = { actors: [], places: [], background: true };
    const brief = { ...base, summary: base.summary.map((p, i) => (i === 0 ? { ...p, composed: true, event } : i === 1 ? { ...p, event: { ...event, background: false } } : p)) };
    const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const part = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
    const body = child(part.xml('word/document.xml'), 'w:body') as XmlNode;
    const marks = all(body, 'w:r').filter((r) => runStyle(r) === 'Corroboration').map(textOf).filter((t) => /مركّبة|خلفية/u.test(t));
    expect(marks).toEqual(['—\u00a0صياغة\u00a0مركّبة', '—\u00a0خلفية']);
  });
});
