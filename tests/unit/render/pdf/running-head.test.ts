import { describe, expect, it } from 'vitest';
import { renderPdfWithLog } from '../../../../main/render/pdf/render-pdf.ts';
import { fontsDir, NOW, sampleBrief, template, templatesDir } from './fixtures.ts';

// Page furniture read from the layout log: what is drawn above the top margin of each page.
async function heads(brief: ReturnType<typeof sampleBrief>, name: string): Promise<{ pages: number; heads: Map<number, string[]> }> {
  const t = template(name);
  const rendered = await renderPdfWithLog(brief, t, { fontsDir, templatesDir, now: NOW });
  const heads = new Map<number, string[]>();
  for (const line of rendered.log.filter((l) => l.baseline < t.page.margins.top)) heads.set(line.page, [...(heads.get(line.page) ?? []), line.text]);
  return { pages: rendered.pages, heads };
}

describe('the running head of the PDF', () => {
  it('without a marking, runs the brief\'s title at the head of every page after the first', async () => {
    const brief = { ...sampleBrief(), marking: '' };
    const { pages, heads: drawn } = await heads(brief, 'standard');
    expect(pages).toBeGreaterThan(1);
    expect(drawn.get(0)).toBeUndefined();
    for (let p = 1; p < pages; p++) expect(drawn.get(p)).toEqual([brief.title]);
  });

  it('shortens a title too long for one line to its first words and an ellipsis', async () => {
    const long = Array.from({ length: 12 }, () => 'الحدود السورية العراقية بعد سقوط النظام').join(' ');
    const { heads: drawn } = await heads({ ...sampleBrief(), marking: '', title: long }, 'standard');
    const head = drawn.get(1)?.[0] ?? '';
    expect(head.endsWith('…')).toBe(true);
    expect(long.startsWith(head.slice(0, -1))).toBe(true);
  });

  it('keeps the marking banner instead where the brief or the template has one', async () => {
    const { pages, heads: drawn } = await heads(sampleBrief(), 'agency');
    const marking = template('agency').marking;
    for (let p = 0; p < pages; p++) expect(drawn.get(p)).toEqual([marking]);
  });
});
