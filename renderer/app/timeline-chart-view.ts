import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit-html';
import { openCard } from './brief-section.ts';
import { chartText, INK, MUTED, FILL } from './chart-svg.ts';
import type { AppContext } from './context.ts';
import { formatPartialDate } from './format-date.ts';
import { count, language, t } from './i18n.ts';
import { pageForKey } from './page-keys.ts';
import { timelineChartOf, type TimelineChart } from './timeline-chart-data.ts';
import type { Brief } from './types.ts';

type Item = TimelineChart['geometry']['items'][number];

/**
 * The entry the chart shows in its detail line: the one focused, else the one under the pointer. Kept apart, since
 * a redraw moves the page under a still pointer and the browser then reports it entering another mark: the keyboard's
 * choice must not be taken by that.
 */
let focused: string | null = null;
let hovered: string | null = null;
const activeEntry = (): string | null => focused ?? hovered;
/** The one tab stop among the marks (roving tabindex): the last one focused. */
let current = 0;

/** Opens an entry in the editor (its card too, when its section is folded): its text field scrolled into view and focused. */
function selectEntry(ctx: AppContext, id: string): void {
  openCard(ctx, 'timeline', id);
  const field = document.getElementById(`text-timeline-${id}`);
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

function mark(ctx: AppContext, chart: TimelineChart, brief: Brief, item: Item, index: number): SVGTemplateResult {
  const entry = brief.timeline.find((e) => e.id === item.entryId);
  const { cx, cy, r } = item.badge;
  const firm = !item.approximate;
  const label = entry ? `${formatPartialDate(entry.date)}: ${entry.text}` : item.entryId;
  const focus = (id: string | null) => (): void => {
    focused = id;
    ctx.rerender();
  };
  const hover = (id: string | null) => (): void => {
    hovered = id;
    ctx.rerender();
  };
  const keys = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectEntry(ctx, item.entryId);
      return;
    }
    const next = pageForKey(e.key, index + 1, chart.geometry.items.length, chart.direction === 'rtl');
    if (next === null) return;
    e.preventDefault();
    current = next - 1;
    document.querySelector<SVGGElement>(`#timeline-chart [data-mark="${current}"]`)?.focus();
  };
  // translate="no": the mark's label quotes the entry (the brief's own text, in its sources' words).
  return svg`<g class="chart-mark" translate="no" role="button" tabindex=${index === current ? 0 : -1} data-mark=${index} data-entry=${item.entryId}
    aria-label=${label} @focus=${() => { current = index; focus(item.entryId)(); }} @blur=${focus(null)}
    @mouseenter=${hover(item.entryId)} @mouseleave=${hover(null)} @click=${() => selectEntry(ctx, item.entryId)} @keydown=${keys}>
    ${item.label ? svg`<line x1=${item.label.leader.x} y1=${item.label.leader.y0} x2=${item.label.leader.x} y2=${item.label.leader.y1} stroke=${MUTED} stroke-width="0.4"/>` : nothing}
    <circle cx=${cx} cy=${cy} r=${r} fill=${firm ? INK : '#ffffff'} stroke=${INK} stroke-width=${firm ? 0.5 : 0.9}/>
    ${chartText(item.badge.count, firm ? '#ffffff' : INK, true, 'ltr')}
    ${item.label ? chartText(item.label.text, INK, false, chart.direction) : nothing}
    ${activeEntry() === item.entryId ? svg`<circle cx=${cx} cy=${cy} r=${r + 2} fill="none" stroke=${INK} stroke-width="1" class="chart-focus"/>` : nothing}
  </g>`;
}

function axis(chart: TimelineChart): SVGTemplateResult {
  const g = chart.geometry;
  return svg`<g aria-hidden="true">
    ${g.axis.pieces.map((p) => svg`<line x1=${p.x0} y1=${g.axis.y} x2=${p.x1} y2=${g.axis.y} stroke=${INK} stroke-width="0.9"/>`)}
    ${g.breaks.map((b) => [-2.5, 2.5].map((dx) => svg`<line x1=${b.x + dx - 2} y1=${b.y + 4} x2=${b.x + dx + 2} y2=${b.y - 4} stroke=${INK} stroke-width="0.8"/>`))}
    ${g.ticks.map((tick) => svg`<line x1=${tick.x} y1=${tick.y0} x2=${tick.x} y2=${tick.y1} stroke=${MUTED} stroke-width="0.5"/>
      ${tick.gregorian ? chartText(tick.gregorian, MUTED, false, chart.direction) : nothing}${tick.hijri ? chartText(tick.hijri, MUTED, false, chart.direction) : nothing}`)}
    ${g.items.map((i) => (i.bar ? svg`<rect x=${i.bar.x0} y=${i.bar.y} width=${i.bar.x1 - i.bar.x0} height=${i.bar.height}
      fill=${i.approximate ? 'url(#chart-hatch)' : FILL} stroke=${INK} stroke-width="0.5"/>` : nothing))}
    ${g.overflows.map((o) => svg`<g><title>${t('chartMore', { n: count(o.entryIds.length, 'event') })}</title>${chartText(o.text, INK, true, 'ltr')}</g>`)}
  </g>`;
}

/** The entry in focus or under the pointer, in words: its date and its text (as text, never HTML). */
function detail(brief: Brief): TemplateResult {
  const id = activeEntry();
  const entry = id === null ? undefined : brief.timeline.find((e) => e.id === id);
  return html`<p class="chart-detail" id="timeline-chart-detail" aria-live="polite">${entry
    ? html`<strong>${formatPartialDate(entry.date)}</strong> <bdi translate="no">${entry.text}</bdi>`
    : html`<span class="muted">${t('chartHint')}</span>`}</p>`;
}

/**
 * The draft's timeline chart in the editor, drawn as SVG from the geometry the exports draw: each entry's mark a
 * button (one tab stop; the arrows move along the axis as the language reads, Home and End to its ends), its date and
 * text shown on focus or hover, Enter or a click opening the entry in the editor below.
 */
export function timelineChartPanel(ctx: AppContext, brief: Brief): TemplateResult {
  const chart = timelineChartOf(ctx, brief);
  if (chart === null || chart.geometry.items.length === 0) return html``;
  const g = chart.geometry;
  if (current >= g.items.length) current = 0;
  const dir = chart.direction;
  return html`<section class="panel timeline-chart" aria-labelledby="h-timeline-chart">
    <h2 id="h-timeline-chart">${t('chartTitle')} <span class="count">${count(g.items.length, 'event')}</span></h2>
    <svg id="timeline-chart" viewBox=${`0 0 ${g.width} ${g.height}`} width="100%" role="group" aria-label=${t('chartTitle')}
      lang=${language()} dir=${dir}>
      <defs><pattern id="chart-hatch" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="3" height="3" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="3" stroke=${INK} stroke-width="0.5"/></pattern></defs>
      ${axis(chart)}
      ${g.items.map((item, index) => mark(ctx, chart, brief, item, index))}
    </svg>
    ${detail(brief)}
  </section>`;
}
