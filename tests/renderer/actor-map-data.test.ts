import { describe, expect, it } from 'vitest';
import { pickOn, type ActorMap } from '../../renderer/app/actor-map-data.ts';

const text = { text: 'أ', x: 0, baseline: 0, width: 1, size: 7 };
const map: ActorMap = {
  direction: 'rtl',
  caption: '',
  geometry: {
    width: 100, height: 100, legend: [], others: 0, unlabelled: [],
    nodes: ['a', 'b'].map((id) => ({ actorId: id, name: id, aliases: [], type: 'person', shape: 'circle', sources: 1, centrality: 1, x: 0, y: 0, r: 3, label: { text, box: { x: 0, y: 0, width: 1, height: 1 } } })),
    edges: [{ from: 'a', to: 'b', x1: 0, y1: 0, x2: 1, y2: 1, width: 1, weight: 1, sources: 1, citations: [{ sourceId: 's', quote: 'q' }], roles: [] }],
  },
};

describe('pickOn', () => {
  it('keeps a pick the map still draws and drops one a re-laid map no longer has', () => {
    expect(pickOn(map, { kind: 'node', id: 'a' })).toEqual({ kind: 'node', id: 'a' });
    expect(pickOn(map, { kind: 'node', id: 'gone' })).toBeNull();
    expect(pickOn(map, { kind: 'edge', from: 'a', to: 'b' })).toEqual({ kind: 'edge', from: 'a', to: 'b' });
    expect(pickOn(map, { kind: 'edge', from: 'b', to: 'a' })).toBeNull();
    expect(pickOn(map, null)).toBeNull();
  });
});
