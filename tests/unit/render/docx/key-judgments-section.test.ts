import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import type { Brief } from '../../../../main/model/brief.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';

const base = sampleBrief();
const judged: Brief = {
  ...base,
  keyJudgments: [{ id: 'kj-1', included: true, edited: false, manual: true, text: 'ستستمر المحادثات الأمنية بين البلدين.', band: 'roughly-even-chance', confidence: 'high', evidence: base.summary[0]?.sources ?? [] }],
};
const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));

async function body(brief: Brief): Promise<string> {
  const parts = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
  return new TextDecoder().decode(parts.raw('word/document.xml'));
}

describe('key judgments in the Word file', () => {
  it('first, under their heading, each with its band and range and, apart, its confidence, and a note per source', async () => {
    const xml = await body(judged);
    const heading = xml.indexOf('الأحكام الرئيسية');
    expect(heading).toBeGreaterThan(-1);
    expect(heading).toBeLessThan(xml.indexOf('الخلاصة'));
    expect(xml).toContain('ستستمر المحادثات الأمنية بين البلدين.');
    expect(xml).toContain('احتمال متكافئ');
    expect(xml).toContain('درجة الثقة: ثقة عالية');
    expect(xml.slice(heading, xml.indexOf('الخلاصة'))).toContain('w:footnoteReference');
  });

  it('a brief without judgments has no such heading', async () => {
    expect(await body(base)).not.toContain('الأحكام الرئيسية');
  });
});
