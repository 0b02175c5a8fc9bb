import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../main/model/brief.ts';
import { actorMapChart } from '../../../../main/render/pdf/actor-map-chart.ts';
import { renderPdfWithLog } from '../../../../main/render/pdf/render-pdf.ts';
import { memoisedLayout } from '../../../../main/render/pdf/typeset/layout-memo.ts';
import { seedsBrief } from '../../../helpers/graded-brief.ts';
import { fontsDir, NOW, template, templatesDir } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';
import { expectLabelsShapedAsHbShape, hasHbShape } from '../../../helpers/hb-shape.ts';

describe('the actor map in the PDF', () => {
  it('sets every label and legend word with the glyphs hb-shape gives for the same text and font', async (ctx) => {
    ctx.skip(!hasHbShape(), 'hb-shape (HarfBuzz\'s command-line tool) is not installed');
    const brief = seedsBrief();
    const t = template('agency');
    const { geometry } = actorMapChart(brief, t, 'rtl', 595.28 - 2 * t.page.margins.inline, { regular: STYLES.small, bold: STYLES.smallBold }, memoisedLayout());
    // Actors' names, the legend's words and the words on the ties (the seeds' brief prints some).
    const tieWords = geometry.edges.flatMap((e) => (e.label ? [e.label.text.text] : []));
    expect(tieWords.length).toBeGreaterThan(0);
    const labels = new Set([...geometry.nodes.flatMap((n) => (n.label ? [n.label.text.text] : [])), ...geometry.legend.map((l) => l.text.text), ...tieWords]);
    expect(labels.size).toBeGreaterThan(10);
    const { log } = await renderPdfWithLog(brief, t, { fontsDir, templatesDir, now: NOW });
    expectLabelsShapedAsHbShape(log, labels);
  }, 60_000);

  it('gives the same bytes for the same brief, and a different picture when a tie goes', async () => {
    const brief = seedsBrief();
    const render = async (b: Brief): Promise<Uint8Array> => (await renderPdfWithLog(b, template('agency'), { fontsDir, templatesDir, now: NOW })).bytes;
    const bytes = await render(brief);
    expect(await render(brief)).toEqual(bytes);
    const fewer = { ...brief, actors: brief.actors.map((a, i) => (i === 0 ? { ...a, included: false } : a)) };
    expect(await render(fewer)).not.toEqual(bytes);
  }, 60_000);

  it('is left out where the template turns it off, and says in its caption how many actors it leaves out', async () => {
    const brief = seedsBrief();
    const t = template('agency');
    const on = await renderPdfWithLog(brief, t, { fontsDir, templatesDir, now: NOW });
    const off = await renderPdfWithLog(brief, { ...t, charts: { ...t.charts, actors: { ...t.charts.actors, placement: 'off' } } }, { fontsDir, templatesDir, now: NOW });
    const text = (log: typeof on.log): string => log.map((l) => l.text).join(' ');
    expect(text(on.log)).toContain('ملحق: شبكة الفاعلين');
    expect(text(off.log)).not.toContain('شبكة الفاعلين');
    // The seeds' 84 actors: the template's named ones, its small unnamed ones inside the ring, and the rest left off.
    const { nodes, small } = t.charts.actors;
    const others = brief.actors.filter((a) => a.included).length - nodes - small;
    expect(others).toBeGreaterThan(10);
    expect(text(on.log)).toContain(`أكثر الفاعلين ارتباطًا (${nodes} فاعلًا) بأسمائهم، ورُسم في وسطه بلا أسماء ${small} فاعلًا آخر`);
    expect(text(on.log)).toContain(`و${others} فاعلًا آخر لم يُرسموا`);
  }, 60_000);
});
