import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock } from '../../../../main/render/pdf/blocks.ts';
import { briefBlocks } from '../../../../main/render/pdf/brief-blocks.ts';
import { sourceDestination } from '../../../../main/render/pdf/citation-marks.ts';
import { NOTHING_AR } from '../../../../main/render/pdf/pdf-labels.ts';
import { SHORT_SOURCE_LIST } from '../../../../main/render/pdf/sources-section.ts';
import { NOW, sampleBrief, template } from './fixtures.ts';
import { STYLES, withNothingIncluded } from './section-fixtures.ts';

const text = (block: Block | undefined): string =>
  block?.kind === 'paragraph' ? block.spans.map((s) => s.text).join('') : `<${block?.kind}>`;
const headings = (blocks: Block[]): ParagraphBlock[] =>
  blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph' && b.outline !== undefined);

describe('briefBlocks', () => {
  const brief = sampleBrief();

  it('gives each of the template\'s sections a heading, in the template\'s order (key judgments only when the brief has some)', () => {
    expect(brief.keyJudgments).toBeUndefined();
    const judged = { ...brief, keyJudgments: [{ id: 'kj-1', included: true, edited: false, manual: true, text: 'حكم.', band: 'likely' as const, confidence: 'low' as const, evidence: [] }] };
    for (const name of ['standard', 'flash', 'letter']) {
      const t = template(name);
      expect(headings(briefBlocks(brief, t, STYLES, NOW)).map((h) => h.outline)).toEqual(t.sections.filter((s) => s !== 'keyJudgments').map((s) => t.labels[s].ar));
      expect(headings(briefBlocks(judged, t, STYLES, NOW)).map((h) => h.outline)).toEqual(t.sections.map((s) => t.labels[s].ar));
    }
  });

  it('opens with the title, then the date line; a logo, when given, comes first', () => {
    const t = template('standard');
    const blocks = briefBlocks(brief, t, STYLES, NOW);
    expect(text(blocks[0])).toBe(brief.title);
    expect(text(blocks[1])).toContain(`${t.labels.date.ar}: `);
    const logo = { file: 'logo.png', bytes: new Uint8Array([1, 2, 3]), format: 'png' as const, width: 80, height: 40 };
    const withLogo = briefBlocks(brief, t, STYLES, NOW, logo);
    expect(withLogo[0]?.kind).toBe('image');
    expect(text(withLogo[1])).toBe(brief.title);
  });

  it('caps each section at the template\'s items per section', () => {
    const t = { ...template('standard'), itemsPerSection: 2 };
    const blocks = briefBlocks(brief, t, STYLES, NOW);
    const summaryAt = blocks.findIndex((b) => b.kind === 'paragraph' && b.outline === t.labels.summary.ar);
    const bullets = blocks.slice(summaryAt + 1).findIndex((b) => b.kind !== 'paragraph' || b.marker?.[0]?.text !== '•');
    expect(bullets).toBe(2);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.map((b) => b.kind === 'table' && b.rows.length)).toEqual([2, 2]);
  });

  it('says there is nothing under the heading of a section with nothing included, but still lists every source', () => {
    const t = template('standard');
    const blocks = briefBlocks(withNothingIncluded(brief), t, STYLES, NOW);
    for (const heading of headings(blocks)) {
      const next = blocks[blocks.indexOf(heading) + 1];
      if (heading.outline === t.labels.sources.ar) expect(text(next)).not.toBe(NOTHING_AR);
      else expect(text(next)).toBe(NOTHING_AR);
    }
    const destinations = blocks.flatMap((b) => (b.kind === 'paragraph' && b.destination ? [b.destination] : []));
    expect(destinations).toEqual(brief.sources.map((_, i) => sourceDestination(i + 1)));
  });

  it('keeps a short source list together (each entry kept with the next) and lets a long one break', () => {
    const t = template('standard');
    const sourceEntries = (b: typeof brief): ParagraphBlock[] => briefBlocks(b, t, STYLES, NOW)
      .filter((x): x is ParagraphBlock => x.kind === 'paragraph' && x.destination !== undefined);
    expect(sourceEntries(brief).map((e) => e.keepWithNext)).toEqual([true, true, true, true, false]);
    const source = brief.sources[0];
    if (!source) throw new Error('the sample has sources');
    const many = { ...brief, sources: Array.from({ length: SHORT_SOURCE_LIST + 1 }, (_, i) => ({ ...source, id: `s${i}` })) };
    expect(sourceEntries(many).some((e) => e.keepWithNext)).toBe(false);
  });
});

describe('briefBlocks: the timeline chart', () => {
  const brief = sampleBrief();
  const kinds = (blocks: Block[]): string[] => blocks.map((b) => (b.kind === 'paragraph' ? b.outline ?? 'p' : b.kind));

  it('follows the summary in the standard template, ends the agency brief as an annex, and is left out of the flash brief', () => {
    const standard = template('standard');
    const blocks = briefBlocks(brief, standard, STYLES, NOW);
    const chartAt = blocks.findIndex((b) => b.kind === 'chart');
    const order = kinds(blocks);
    expect(order.indexOf(standard.labels.summary.ar)).toBeLessThan(chartAt);
    expect(order.indexOf(standard.labels.actors.ar)).toBeGreaterThan(chartAt);
    const chart = blocks[chartAt];
    expect(chart?.kind === 'chart' && chart.alt).toContain('التسلسل الزمني في مخطط');
    expect(text(blocks[chartAt + 1])).toBe(chart?.kind === 'chart' ? chart.alt : '');
    const agency = briefBlocks(brief, template('agency'), STYLES, NOW);
    // The actor map's annex follows the timeline chart's.
    expect(kinds(agency).slice(-6)).toEqual(['ملحق: التسلسل الزمني في مخطط', 'chart', 'p', 'ملحق: شبكة الفاعلين', 'chart', 'p']);
    expect(briefBlocks(brief, template('flash'), STYLES, NOW).some((b) => b.kind === 'chart')).toBe(false);
  });

  it('is left out when the template turns it off', () => {
    const t = template('standard');
    const off = { ...t, charts: { ...t.charts, timeline: { ...t.charts.timeline, placement: 'off' as const } } };
    expect(briefBlocks(brief, off, STYLES, NOW).some((b) => b.kind === 'chart')).toBe(false);
  });
});
