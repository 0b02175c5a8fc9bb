import { describe, expect, it } from 'vitest';
import { TIMELINE_CHART_ANNEX } from '../../../../main/render/brief-labels.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { CHART_DPI } from '../../../../main/render/docx/chart-picture.ts';
import { loadTemplate } from '../../../../main/render/load-template.ts';
import { decodeGrayPng } from '../pdf/png-gray.ts';
import { docxParts, FONTS_DIR, NOW, ROOT, sampleBrief, standardTemplate } from './docx-parts.ts';

const render = (template = standardTemplate()): Promise<Uint8Array> => renderDocx(sampleBrief(), template, { fontsDir: FONTS_DIR, templatesDir: `${ROOT}/templates`, now: NOW });

describe('the timeline chart in the Word file', () => {
  it('is a print-resolution PNG, inline after the summary, as wide as the text block, with its caption beside it', async () => {
    const bytes = await render();
    const parts = docxParts(bytes);
    const media = parts.paths.filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const image = decodeGrayPng(parts.raw(media[0] ?? ''));
    const template = standardTemplate();
    const widthPt = 595.28 - 2 * template.page.margins.inline;
    expect(image.width).toBe(Math.ceil(widthPt * CHART_DPI / 72));
    // Ink on white: the axis and its marks are drawn.
    expect(image.pixels.filter((v) => v < 64).length).toBeGreaterThan(image.width);
    const text = new TextDecoder().decode(parts.raw('word/document.xml'));
    const chartAt = text.indexOf('<w:drawing>');
    expect(chartAt).toBeGreaterThan(text.indexOf(template.labels.summary.ar));
    expect(chartAt).toBeLessThan(text.indexOf(template.labels.actors.ar));
    expect(text.indexOf('التسلسل الزمني في مخطط')).toBeGreaterThan(chartAt);
    expect(await render()).toEqual(bytes);
  }, 60_000);

  it('ends the agency brief as an annex, and is left out where the template turns it off', async () => {
    const agency = new TextDecoder().decode(docxParts(await render(loadTemplate('agency', `${ROOT}/templates`))).raw('word/document.xml'));
    expect(agency.lastIndexOf('<w:drawing>')).toBeGreaterThan(agency.indexOf(TIMELINE_CHART_ANNEX.slice(0, 4)));
    const off = await render(standardTemplate((t) => ({ ...t, charts: { ...t.charts, timeline: { ...t.charts.timeline, placement: 'off' } } })));
    expect(docxParts(off).paths.some((p) => p.startsWith('word/media/'))).toBe(false);
  }, 60_000);
});
