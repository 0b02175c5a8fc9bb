import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit-html';
import { actorMapOf, pickOn, type ActorMap, type MapEdge, type MapNode, type MapPick } from './actor-map-data.ts';
import { ACTOR_TYPE } from './brief-section.ts';
import { chartText, FILL, INK, MUTED, PAPER } from './chart-svg.ts';
import type { AppContext } from './context.ts';
import { count, language, t } from './i18n.ts';
import { pageForKey } from './page-keys.ts';
import type { Brief } from './types.ts';

type Shape = MapNode['shape'];
type Citation = MapEdge['citations'][number];

/** What the detail lists: the actor or tie last clicked or chosen with Enter. */
let picked: MapPick | null = null;
/** The one tab stop among the actors (roving tabindex): the last one focused. */
let current = 0;

/** A node's shape as the exports draw it (actor-map-drawing.ts): people round and inked, organisations square and grey, places a diamond. */
function shape(kind: Shape, x: number, y: number, r: number): SVGTemplateResult {
  const [stroke, width] = [INK, 0.7];
  switch (kind) {
    case 'circle':
      return svg`<circle cx=${x} cy=${y} r=${r} fill=${INK} stroke=${stroke} stroke-width=${width}/>`;
    case 'square': {
      const s = r * 0.89;
      return svg`<rect x=${x - s} y=${y - s} width=${2 * s} height=${2 * s} fill=${FILL} stroke=${stroke} stroke-width=${width}/>`;
    }
    case 'diamond': {
      const d = r * 1.15;
      return svg`<polygon points=${`${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`} fill=${PAPER} stroke=${stroke} stroke-width=${width}/>`;
    }
    case 'triangle':
      return svg`<polygon points=${`${x},${y - r} ${x + r * 0.95},${y + r * 0.7} ${x - r * 0.95},${y + r * 0.7}`} fill=${PAPER} stroke=${stroke} stroke-width=${width}/>`;
  }
}

const isPicked = (pick: MapPick): boolean => JSON.stringify(pick) === JSON.stringify(picked);

function choose(ctx: AppContext, pick: MapPick): void {
  picked = pick;
  ctx.rerender();
}

function edgeView(ctx: AppContext, edge: MapEdge, names: Map<string, string>): SVGTemplateResult {
  const pick: MapPick = { kind: 'edge', from: edge.from, to: edge.to };
  const on = isPicked(pick);
  // A wide transparent stroke over the drawn one: a hairline is too thin to click.
  return svg`<g class="map-edge" data-from=${edge.from} data-to=${edge.to} @click=${() => choose(ctx, pick)}>
    <title>${t('mapTie', { a: names.get(edge.from) ?? '', b: names.get(edge.to) ?? '' })}</title>
    <line x1=${edge.x1} y1=${edge.y1} x2=${edge.x2} y2=${edge.y2} stroke=${on ? INK : MUTED} stroke-width=${on ? edge.width + 1 : edge.width}/>
    <line class="map-hit" x1=${edge.x1} y1=${edge.y1} x2=${edge.x2} y2=${edge.y2} stroke="transparent" stroke-width="7" pointer-events="stroke"/>
  </g>`;
}

/** A tie's word (the kind of event its sentences tell) on its line, on paper, as the exports print it. */
function tieWord(edge: MapEdge, direction: 'rtl' | 'ltr'): SVGTemplateResult | typeof nothing {
  const label = edge.label;
  if (!label) return nothing;
  return svg`<g class="map-tie-word" aria-hidden="true"><rect x=${label.box.x} y=${label.box.y} width=${label.box.width} height=${label.box.height} fill=${PAPER}/>${chartText(label.text, MUTED, false, direction)}</g>`;
}

function nodeView(ctx: AppContext, map: ActorMap, node: MapNode, index: number): SVGTemplateResult {
  const pick: MapPick = { kind: 'node', id: node.actorId };
  const keys = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(ctx, pick);
      return;
    }
    const next = pageForKey(e.key, index + 1, map.geometry.nodes.length, map.direction === 'rtl');
    if (next === null) return;
    e.preventDefault();
    current = next - 1;
    document.querySelector<SVGGElement>(`#actor-map [data-node="${current}"]`)?.focus();
  };
  const label = node.label;
  // translate="no": the label is the analyst's name for the actor, in the sources' words.
  // A small node (a busy map's periphery) is unnamed on the map; its name is still its aria-label and its detail.
  return svg`<g class=${node.small === true ? 'map-node map-node-small' : 'map-node'} translate="no" role="button" tabindex=${index === current ? 0 : -1} data-node=${index} data-actor=${node.actorId}
    aria-label=${node.name} @focus=${() => { current = index; }} @click=${() => choose(ctx, pick)} @keydown=${keys}>
    ${shape(node.shape, node.x, node.y, node.r)}
    ${isPicked(pick) ? svg`<circle class="chart-focus" cx=${node.x} cy=${node.y} r=${node.r + 3} fill="none" stroke=${INK} stroke-width="1"/>` : nothing}
    ${label ? svg`<rect x=${label.box.x} y=${label.box.y} width=${label.box.width} height=${label.box.height} fill=${PAPER}/>${chartText(label.text, INK, false, map.direction)}` : nothing}
  </g>`;
}

/** A cited sentence as a button that opens its article at the quote (as text, never HTML). */
function citationButton(ctx: AppContext, brief: Brief, c: Citation): TemplateResult {
  const source = brief.sources.find((s) => s.id === c.sourceId);
  const from = source?.outlet ?? source?.title ?? c.sourceId;
  return html`<li><button type="button" class="link map-citation" data-source=${c.sourceId} @click=${() => void ctx.openArticle(c.sourceId, c.quote)}>
    <bdi>${from}</bdi></button> <bdi translate="no">${c.quote}</bdi></li>`;
}

/** The picked actor or tie in words: names, aliases, roles, its ties, and every sentence behind it. */
function detail(ctx: AppContext, brief: Brief, map: ActorMap): TemplateResult {
  const names = new Map(map.geometry.nodes.map((n) => [n.actorId, n.name]));
  const pick = pickOn(map, picked);
  if (pick === null) return html`<div class="map-detail" id="actor-map-detail" aria-live="polite"><p class="muted">${t('mapHint')}</p></div>`;
  if (pick.kind === 'edge') {
    const edge = map.geometry.edges.find((e) => e.from === pick.from && e.to === pick.to);
    if (!edge) return html``;
    return html`<div class="map-detail" id="actor-map-detail" aria-live="polite">
      <h3 translate="no">${t('mapTie', { a: names.get(edge.from) ?? '', b: names.get(edge.to) ?? '' })}</h3>
      <p>${t('mapTieWeight', { n: edge.weight, m: edge.sources })}</p>
      ${edge.roles.length > 0 ? html`<p>${t('mapRoles')}: <bdi translate="no">${edge.roles.map((r) => `${names.get(r.actorId) ?? ''}: ${r.role}`).join('، ')}</bdi></p>` : nothing}
      <ul class="map-citations">${edge.citations.map((c) => citationButton(ctx, brief, c))}</ul>
    </div>`;
  }
  const actor = brief.actors.find((a) => a.id === pick.id);
  const ties = map.geometry.edges.filter((e) => e.from === pick.id || e.to === pick.id);
  return html`<div class="map-detail" id="actor-map-detail" aria-live="polite">
    <h3 translate="no">${names.get(pick.id) ?? ''} <span class="muted">(${t(ACTOR_TYPE[actor?.type ?? 'other'] ?? 'typeOther')})</span></h3>
    ${actor && actor.aliases.length > 0 ? html`<p>${t('mapAliases')}: <bdi translate="no">${actor.aliases.join('، ')}</bdi></p>` : nothing}
    ${ties.length > 0 ? html`<p>${t('mapTies')}: ${ties.map((e) => {
      const other = e.from === pick.id ? e.to : e.from;
      return html`<button type="button" class="small map-tie" data-actor=${other} @click=${() => choose(ctx, { kind: 'edge', from: e.from, to: e.to })}><bdi translate="no">${names.get(other) ?? ''}</bdi> (${e.weight})</button> `;
    })}</p>` : nothing}
    <p>${t('mapSentences')}:</p>
    <ul class="map-citations">${(actor?.sources ?? []).map((c) => citationButton(ctx, brief, c))}</ul>
  </div>`;
}

/**
 * The draft's actor map in the editor, drawn as SVG from the geometry the exports draw: each actor a button (one
 * tab stop; the arrows move round the ring), each tie clickable; the picked actor or tie listed below with the
 * sentences behind it, each opening its article at the quote.
 */
export function actorMapPanel(ctx: AppContext, brief: Brief): TemplateResult {
  const map = actorMapOf(ctx, brief);
  if (map === null || map.geometry.edges.length === 0) return html``;
  const g = map.geometry;
  if (current >= g.nodes.length) current = 0;
  const names = new Map(g.nodes.map((n) => [n.actorId, n.name]));
  return html`<section class="panel actor-map" aria-labelledby="h-actor-map">
    <h2 id="h-actor-map">${t('mapTitle')} <span class="count">${count(g.nodes.length, 'actor')}</span></h2>
    <svg id="actor-map" viewBox=${`0 0 ${g.width} ${g.height}`} width="100%" role="group" aria-label=${t('mapTitle')} lang=${language()} dir=${map.direction}>
      <g aria-hidden="true">${g.legend.map((l) => svg`${shape(l.shape, l.x, l.y, l.r)}${chartText(l.text, INK, false, map.direction)}`)}</g>
      <g class="map-edges">${g.edges.map((e) => edgeView(ctx, e, names))}</g>
      ${g.nodes.map((n, i) => nodeView(ctx, map, n, i))}
      ${g.edges.map((e) => tieWord(e, map.direction))}
    </svg>
    ${g.others > 0 ? html`<p class="muted map-others">${t('mapOthers', { n: g.others })}</p>` : nothing}
    ${detail(ctx, brief, map)}
  </section>`;
}
