// A year-unknown day in the Word file: said in words as the PDF, the UI and the brief copied as text say it.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';
import { textOf } from './xml-tree.ts';

describe('the timeline and the sources in the Word file', () => {
  it('say a day without its year as such, never as «--08-26»', async () => {
    const brief = sampleBrief();
    const [first, ...rest] = brief.timeline;
    const [source, ...others] = brief.sources;
    if (first === undefined || source === undefined) throw new Error('the sample brief has a timeline and sources');
    const partial = { ...brief, timeline: [{ ...first, date: '--08-26', approximate: false }, ...rest], sources: [{ ...source, published: '--02-29' }, ...others] };
    const template = standardTemplate((t) => ({ ...t, digits: 'arabic-indic', docx: { ...t.docx, embedFonts: false } }));
    const text = textOf(docxParts(await renderDocx(partial, template, { fontsDir: FONTS_DIR, now: NOW })).xml('word/document.xml'));
    expect(text).toContain('٢٦\u00a0أغسطس، السنة غير معروفة');
    expect(text).toContain('٢٩\u00a0فبراير، السنة غير معروفة');
    expect(text).not.toMatch(/--\d\d-\d\d|--[٠-٩]{2}-[٠-٩]{2}/u);
  });
});
