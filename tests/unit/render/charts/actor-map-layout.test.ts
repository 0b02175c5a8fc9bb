import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../../../main/model/brief.ts';
import { actorMapLayout, type ActorMapOptions } from '../../../../main/render/charts/actor-map-layout.ts';
import type { ActorNode, ActorTie } from '../../../../main/render/charts/actor-ties.ts';

// A stand-in for the typesetter's measure: wide enough that labels crowd; the PDF's own is tested with the PDF.
const measure = (text: string, size: number): number => text.length * size * 0.5;
const TYPE_NAMES: Record<ActorType, string> = { person: 'شخص', organization: 'منظمة', place: 'مكان', other: 'أخرى' };
const OPTIONS: ActorMapOptions = { width: 480, height: 330, direction: 'rtl', digits: 'western', textSize: 7.5, nodes: 20, typeNames: TYPE_NAMES, measure };
const TYPES: ActorType[] = ['person', 'organization', 'place', 'other'];
const NAMES = ['محمد شياع السوداني', 'الحشد الشعبي', 'دمشق', 'هيئة تحرير الشام', 'جهاز المخابرات العراقية', 'البوكمال', 'حركة النجباء'];

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function graph(spec: { types: number[]; sources: number[]; ties: Array<[number, number, number]> }): { nodes: ActorNode[]; ties: ActorTie[] } {
  const nodes = spec.types.map((t, i) => ({
    actorId: `a${i}`, name: `${NAMES[i % NAMES.length] ?? ''} ${i}`, aliases: [], type: TYPES[t] ?? 'other', sources: spec.sources[i] ?? 1, order: i,
  }));
  const seen = new Set<string>();
  const ties: ActorTie[] = [];
  for (const [a, b, w] of spec.ties) {
    const [x, y] = [a % nodes.length, b % nodes.length].sort((p, q) => p - q) as [number, number];
    if (x === y || seen.has(`${x}-${y}`)) continue;
    seen.add(`${x}-${y}`);
    ties.push({ from: `a${x}`, to: `a${y}`, weight: w, sources: 1, citations: [{ sourceId: 's', quote: `${x}-${y}` }], roles: [] });
  }
  return { nodes, ties };
}

const graphs = fc.integer({ min: 1, max: 45 }).chain((n) => fc.record({
  types: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
  sources: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: n, maxLength: n }),
  ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 12 })), { maxLength: 3 * n }),
}));

describe('actorMapLayout', () => {
  it('never lets a label meet another label or any node, keeps labels in the chart, and gives the same geometry for the same ties', () => {
    fc.assert(fc.property(graphs, fc.constantFrom<'rtl' | 'ltr'>('rtl', 'ltr'), (spec, direction) => {
      const options = { ...OPTIONS, direction };
      const g = actorMapLayout(graph(spec), options);
      const labels = g.nodes.flatMap((n) => (n.label ? [n.label.box] : []));
      const nodes = g.nodes.map((n) => ({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r }));
      labels.forEach((a, i) => {
        expect(a.x).toBeGreaterThanOrEqual(-1e-6);
        expect(a.y).toBeGreaterThanOrEqual(-1e-6);
        expect(a.x + a.width).toBeLessThanOrEqual(options.width + 1e-6);
        expect(a.y + a.height).toBeLessThanOrEqual(options.height + 1e-6);
        labels.forEach((b, j) => {
          if (i < j) expect(intersects(a, b), `labels ${i} and ${j}`).toBe(false);
        });
        for (const n of nodes) expect(intersects(a, n), `label ${i} over a node`).toBe(false);
      });
      expect(g.nodes.length + g.others).toBe(spec.types.length);
      expect(g.nodes.length).toBeLessThanOrEqual(options.nodes);
      expect(g.unlabelled).toEqual(g.nodes.filter((n) => !n.label).map((n) => n.actorId));
      expect(actorMapLayout(graph(spec), options)).toEqual(g);
    }), { numRuns: 80 });
  });

  it('draws the most central actors and counts the rest as others, with only the ties between drawn actors', () => {
    // a0 is tied to everyone: it must be drawn though it comes last by sources.
    const spec = { types: Array.from({ length: 30 }, (_, i) => i % 3), sources: Array.from({ length: 30 }, (_, i) => (i === 0 ? 1 : 5)), ties: Array.from({ length: 29 }, (_, i): [number, number, number] => [0, i + 1, 1]) };
    const g = actorMapLayout(graph(spec), { ...OPTIONS, nodes: 8 });
    expect(g.nodes).toHaveLength(8);
    expect(g.others).toBe(22);
    expect(g.nodes.map((n) => n.actorId)).toContain('a0');
    const drawn = new Set(g.nodes.map((n) => n.actorId));
    for (const e of g.edges) expect(drawn.has(e.from) && drawn.has(e.to)).toBe(true);
  });

  it('mirrors the ring for a right-to-left brief, grows nodes with their sources and edges with their weight', () => {
    const spec = { types: [0, 1, 2, 3], sources: [1, 4, 9, 16], ties: [[0, 1, 1], [1, 2, 6]] as Array<[number, number, number]> };
    const rtl = actorMapLayout(graph(spec), OPTIONS);
    const ltr = actorMapLayout(graph(spec), { ...OPTIONS, direction: 'ltr' });
    rtl.nodes.forEach((n, i) => expect(n.x).toBeCloseTo(OPTIONS.width - (ltr.nodes[i]?.x ?? 0), 6));
    const r = new Map(rtl.nodes.map((n) => [n.actorId, n.r]));
    expect(r.get('a3')).toBeGreaterThan(r.get('a2') ?? Infinity);
    expect(r.get('a2')).toBeGreaterThan(r.get('a0') ?? Infinity);
    const [thin, thick] = [rtl.edges.find((e) => e.weight === 1), rtl.edges.find((e) => e.weight === 6)];
    expect(thick?.width).toBeGreaterThan(thin?.width ?? Infinity);
    expect(rtl.nodes.map((n) => n.shape)).toEqual(['circle', 'square', 'diamond', 'triangle']);
    expect(rtl.legend.map((l) => l.text.text)).toEqual(['شخص', 'منظمة', 'مكان', 'أخرى']);
    // The legend reads from the start side: the first type on the right.
    expect(rtl.legend[0]?.x).toBeGreaterThan(rtl.legend[1]?.x ?? Infinity);
  });
});
