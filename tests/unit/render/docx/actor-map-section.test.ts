import { describe, expect, it } from 'vitest';
import { ACTOR_MAP_ANNEX } from '../../../../main/render/brief-labels.ts';
import { CHART_DPI } from '../../../../main/render/docx/chart-picture.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { loadTemplate } from '../../../../main/render/load-template.ts';
import type { Template } from '../../../../main/render/template.ts';
import { seedsBrief } from '../../../helpers/graded-brief.ts';
import { decodeGrayPng } from '../pdf/png-gray.ts';
import { docxParts, FONTS_DIR, NOW, ROOT } from './docx-parts.ts';

const TEMPLATES = `${ROOT}/templates`;
const render = (template: Template): Promise<Uint8Array> => renderDocx(seedsBrief(), template, { fontsDir: FONTS_DIR, templatesDir: TEMPLATES, now: NOW });
const withMap = (placement: Template['charts']['actors']['placement']): Template => {
  const t = loadTemplate('agency', TEMPLATES);
  return { ...t, charts: { ...t.charts, actors: { ...t.charts.actors, placement } } };
};

describe('the actor map in the Word file', () => {
  it('ends the agency brief as a print-resolution PNG after its annex heading, with its caption, the same bytes each time', async () => {
    const bytes = await render(withMap('annex'));
    const parts = docxParts(bytes);
    const text = new TextDecoder().decode(parts.raw('word/document.xml'));
    const heading = text.indexOf(ACTOR_MAP_ANNEX);
    expect(heading).toBeGreaterThan(0);
    const drawing = text.indexOf('<w:drawing>', heading);
    expect(drawing).toBeGreaterThan(heading);
    expect(text.indexOf('شبكة الفاعلين: الشكل نوع الفاعل', drawing)).toBeGreaterThan(drawing);
    const rel = /r:embed="(rId[^"]+)"/.exec(text.slice(drawing))?.[1];
    const target = new RegExp(`Id="${rel ?? ''}"[^>]*Target="([^"]+)"`).exec(new TextDecoder().decode(parts.raw('word/_rels/document.xml.rels')))?.[1];
    const image = decodeGrayPng(parts.raw(`word/${target ?? ''}`));
    const t = withMap('annex');
    expect(image.width).toBe(Math.ceil((595.28 - 2 * t.page.margins.inline) * CHART_DPI / 72));
    expect(image.height).toBe(Math.ceil(t.charts.actors.height * CHART_DPI / 72));
    // Ink on white: the nodes and their ties are drawn.
    expect(image.pixels.filter((v) => v < 64).length).toBeGreaterThan(image.width * 4);
    expect(await render(withMap('annex'))).toEqual(bytes);
  }, 60_000);

  it('follows the actors\' section when the template says so, and is left out when it is off', async () => {
    const t = withMap('after-actors');
    const text = new TextDecoder().decode(docxParts(await render(t)).raw('word/document.xml'));
    const caption = text.indexOf('شبكة الفاعلين: الشكل نوع الفاعل');
    expect(caption).toBeGreaterThan(text.indexOf(t.labels.actors.ar));
    expect(caption).toBeLessThan(text.indexOf(t.labels.timeline.ar, text.indexOf(t.labels.actors.ar)));
    const off = new TextDecoder().decode(docxParts(await render(withMap('off'))).raw('word/document.xml'));
    expect(off).not.toContain('شبكة الفاعلين');
  }, 60_000);
});
