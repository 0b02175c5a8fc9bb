import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';
import { callOk } from '../../../helpers/api-ok.ts';

let dir: string;
let api: AppApi;
const ROOT = path.join(import.meta.dirname, '../../../..');
const sample = (): Brief => Brief.parse(JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/briefs/sample.json'), 'utf8')));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-charts-'));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false, now: () => '2025-04-10T09:00:00.000Z' });
});

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('charts:timeline', () => {
  it('gives the draft\'s chart as the exports lay it out: every included entry drawn or accounted for, right to left', async () => {
    const brief = sample();
    const chart = await callOk(api, 'charts:timeline', { brief });
    expect(chart.direction).toBe('rtl');
    const included = brief.timeline.filter((e) => e.included).map((e) => e.id);
    const accounted = [...chart.geometry.items.map((i) => i.entryId), ...chart.geometry.unplaced, ...chart.geometry.overflows.flatMap((o) => o.entryIds)];
    expect([...accounted].sort()).toEqual([...included].sort());
    expect(chart.caption).toContain('التسلسل الزمني');
    // The same draft, the same chart: the app's picture never moves under the analyst.
    expect(await callOk(api, 'charts:timeline', { brief })).toEqual(chart);
  });

  it('follows the unsaved draft: an entry left out is not drawn', async () => {
    const brief = sample();
    const first = brief.timeline.find((e) => e.included);
    if (!first) throw new Error('the sample has no included entry');
    first.included = false;
    const chart = await callOk(api, 'charts:timeline', { brief });
    expect(chart.geometry.items.map((i) => i.entryId)).not.toContain(first.id);
  });
});

describe('charts:actors', () => {
  it('gives the draft\'s actor map as the exports lay it out: each tie between drawn actors, with the sentences behind it', async () => {
    const brief = sample();
    const map = await callOk(api, 'charts:actors', { brief });
    expect(map.direction).toBe('rtl');
    const included = brief.actors.filter((a) => a.included);
    expect(map.geometry.nodes.length + map.geometry.others).toBe(included.length);
    const drawn = new Set(map.geometry.nodes.map((n) => n.actorId));
    for (const edge of map.geometry.edges) {
      expect(drawn.has(edge.from) && drawn.has(edge.to)).toBe(true);
      // Every citation of a tie is a sentence both of its actors cite, or one of an event that names both.
      expect(edge.citations.length).toBe(edge.weight);
    }
    expect(map.caption).toContain('شبكة الفاعلين');
    expect(await callOk(api, 'charts:actors', { brief })).toEqual(map);
  });

  it('follows the unsaved draft: an actor left out is not drawn', async () => {
    const brief = sample();
    const first = brief.actors.find((a) => a.included);
    if (!first) throw new Error('the sample has no included actor');
    first.included = false;
    const map = await callOk(api, 'charts:actors', { brief });
    expect(map.geometry.nodes.map((n) => n.actorId)).not.toContain(first.id);
  });
});

describe('both charts', () => {
  it.each(['charts:timeline', 'charts:actors'] as const)('%s refuses a template that does not exist', async (channel) => {
    const answer = await api.call(channel, { brief: sample(), template: 'no-such-template' });
    expect(answer.ok).toBe(false);
  });
});
