import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../../../main/model/brief.ts';
import { actorMapLayout, type ActorMapOptions } from '../../../../main/render/charts/actor-map-layout.ts';
import type { ActorNode, ActorTie } from '../../../../main/render/charts/actor-ties.ts';

// A stand-in for the typesetter's measure: wide enough that labels crowd; the PDF's own is tested with the PDF.
const measure = (text: string, size: number): number => text.length * size * 0.5;
const TYPE_NAMES: Record<ActorType, string> = { person: 'شخص', organization: 'منظمة', place: 'مكان', other: 'أخرى' };
const OPTIONS: ActorMapOptions = { width: 480, height: 330, direction: 'rtl', digits: 'western', textSize: 7.5, nodes: 20, small: 0, typeNames: TYPE_NAMES, tieNames: { meet: 'لقاء', attack: 'هجوم' }, measure };
const TYPES: ActorType[] = ['person', 'organization', 'place', 'other'];
const NAMES = ['محمد شياع السوداني', 'الحشد الشعبي', 'دمشق', 'هيئة تحرير الشام', 'جهاز المخابرات العراقية', 'البوكمال', 'حركة النجباء'];

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const KINDS = ['meet', 'attack', 'unnamed'];

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
    // Every other tie of a kind: a meeting, an attack, or one the options have no word for.
    const kind = (x + y) % 2 === 0 ? KINDS[(x + y) % 3] : undefined;
    ties.push({ from: `a${x}`, to: `a${y}`, weight: w, sources: 1, citations: [{ sourceId: 's', quote: `${x}-${y}` }], roles: [], ...(kind === undefined ? {} : { kind }) });
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
    fc.assert(fc.property(graphs, fc.constantFrom<'rtl' | 'ltr'>('rtl', 'ltr'), fc.integer({ min: 0, max: 40 }), (spec, direction, small) => {
      const options = { ...OPTIONS, direction, nodes: 12, small };
      const g = actorMapLayout(graph(spec), options);
      const labels = [...g.nodes.flatMap((n) => (n.label ? [n.label.box] : [])), ...g.edges.flatMap((e) => (e.label ? [e.label.box] : []))];
      // Each node's shape as drawn: a diamond reaches 1.15 times its half-size.
      const nodes = g.nodes.map((n) => {
        const e = n.shape === 'diamond' ? n.r * 1.15 : n.r;
        return { x: n.x - e, y: n.y - e, width: 2 * e, height: 2 * e };
      });
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
      const named = g.nodes.filter((n) => n.small !== true);
      expect(named.length).toBeLessThanOrEqual(options.nodes);
      expect(g.nodes.length - named.length).toBeLessThanOrEqual(small);
      for (const n of g.nodes) if (n.small === true) expect(n.label).toBeUndefined();
      expect(g.unlabelled).toEqual(named.filter((n) => !n.label).map((n) => n.actorId));
      for (const e of g.edges) {
        if (!e.label) continue;
        // A tie's word is its kind's, on its own line.
        expect(e.label.text.text).toBe(options.tieNames[e.kind ?? '']);
        const [cx, cy] = [e.label.box.x + e.label.box.width / 2, e.label.box.y + e.label.box.height / 2];
        const cross = (cx - e.x1) * (e.y2 - e.y1) - (cy - e.y1) * (e.x2 - e.x1);
        expect(Math.abs(cross) / Math.max(1e-9, Math.hypot(e.x2 - e.x1, e.y2 - e.y1))).toBeLessThan(1e-6);
      }
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

  it('draws the next most central small and unnamed inside the ring, each with its one strongest tie to a named actor', () => {
    // a0..a5 are tied to each other; a6..a29 each to a0 (weight 1) and to a1 (weight 2) and to their neighbour.
    const hubs: Array<[number, number, number]> = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) hubs.push([i, j, 3]);
    const rim = Array.from({ length: 24 }, (_, k): Array<[number, number, number]> => [[0, k + 6, 1], [1, k + 6, 2], [k + 6, ((k + 1) % 24) + 6, 5]]).flat();
    const spec = { types: Array.from({ length: 30 }, (_, i) => i % 4), sources: Array.from({ length: 30 }, () => 3), ties: [...hubs, ...rim] };
    const g = actorMapLayout(graph(spec), { ...OPTIONS, nodes: 6, small: 10 });
    const small = g.nodes.filter((n) => n.small === true);
    const named = new Set(g.nodes.filter((n) => n.small !== true).map((n) => n.actorId));
    expect(named.size).toBe(6);
    expect(small).toHaveLength(10);
    expect(g.others).toBe(14);
    const [cx, cy] = [OPTIONS.width / 2, OPTIONS.height / 2];
    const reach = (n: { x: number; y: number }): number => Math.hypot(n.x - cx, n.y - cy);
    const innermostNamed = Math.min(...g.nodes.filter((n) => named.has(n.actorId)).map(reach));
    for (const n of small) {
      expect(reach(n)).toBeLessThan(innermostNamed);
      const own = g.edges.filter((e) => e.from === n.actorId || e.to === n.actorId);
      expect(own).toHaveLength(1);
      // Its heaviest tie to a named actor (a1, weight 2), not its heavier tie to another small actor.
      expect([own[0]?.from, own[0]?.to]).toContain('a1');
    }
    expect(g.unlabelled.some((id) => small.some((n) => n.actorId === id))).toBe(false);
  });

  it('scales sizes and widths to a busy brief: hundreds of sources and sentences are not all drawn at the cap', () => {
    const spec = { types: [0, 1, 2, 3], sources: [40, 160, 400, 640], ties: [[0, 1, 30], [1, 2, 300], [2, 3, 600]] as Array<[number, number, number]> };
    const g = actorMapLayout(graph(spec), OPTIONS);
    const r = g.nodes.map((n) => n.r);
    expect(new Set(r).size).toBe(4);
    expect(Math.max(...r)).toBeCloseTo(11, 6);
    const widths = g.edges.map((e) => e.width);
    expect(new Set(widths).size).toBe(3);
    expect(Math.max(...widths)).toBeCloseTo(3.2, 6);
    expect(Math.min(...widths)).toBeLessThan(1);
  });

  it('prints a tie\'s kind on its line when the options have a word for it, and none for a kind they do not name', () => {
    const spec = { types: [0, 1, 2, 3], sources: [4, 4, 4, 4], ties: [[0, 2, 3], [1, 3, 5]] as Array<[number, number, number]> };
    const g = actorMapLayout(graph(spec), OPTIONS);
    const [named, unnamed] = [g.edges.find((e) => e.from === 'a1'), g.edges.find((e) => e.from === 'a0')];
    expect(named?.kind).toBe('attack');
    expect(named?.label?.text.text).toBe('هجوم');
    expect(unnamed?.kind).toBe('unnamed');
    expect(unnamed?.label).toBeUndefined();
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
