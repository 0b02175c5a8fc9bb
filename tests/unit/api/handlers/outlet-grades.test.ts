import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';
import type { ExportFormat } from '../../../../main/render/export/export-brief.ts';
import type { WorkThread } from '../../../../main/work-thread/work-thread.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { callOk } from '../../../helpers/api-ok.ts';

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));

let dir: string;
let api: AppApi;
// The briefs handed to the exporter, to see what the page is made from.
const exported: Brief[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-outlets-'));
  const inner = createInProcessWork();
  const work: WorkThread = { ...inner, exportBrief: (brief: Brief, format: ExportFormat, template: string) => {
    exported.push(brief);
    return inner.exportBrief(brief, format, template);
  } };
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work, checkModel: false, now: () => '2025-04-10T09:00:00.000Z' });
});

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('outlets:grade and outlets:grades', () => {
  it('grades an outlet once and lists it; a null grade ungrades it', async () => {
    expect(await callOk(api, 'outlets:grades', {})).toEqual({ grades: [] });
    const after = await callOk(api, 'outlets:grade', { outlet: 'إرم نيوز', grade: 'B' });
    expect(after.grades).toEqual([{ outlet: 'إرم نيوز', grade: 'B', gradedAt: '2025-04-10T09:00:00.000Z' }]);
    await callOk(api, 'outlets:grade', { outlet: 'العربي الجديد', grade: 'C' });
    expect((await callOk(api, 'outlets:grade', { outlet: 'العربي الجديد', grade: null })).grades.map((g) => g.outlet)).toEqual(['إرم نيوز']);
  });

  it('refuses a grade outside A–F and a request with other fields', async () => {
    expect(await api.call('outlets:grade', { outlet: 'إرم نيوز', grade: 'G' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('outlets:grade', { outlet: 'إرم نيوز', grade: 'A', path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await callOk(api, 'outlets:grades', {})).grades.map((g) => g.grade)).toEqual(['B']);
  });

  it('every source of that outlet carries the grade in the exported brief; an ungraded outlet carries none', async () => {
    // A draft saved with a stale grade on an outlet the workspace no longer grades: the export follows the workspace.
    const stale: Brief = { ...SAMPLE, sources: SAMPLE.sources.map((s) => (s.outlet === 'العربي الجديد' ? { ...s, reliability: 'A' } : s)) };
    await callOk(api, 'brief:export', { brief: stale, format: 'pdf' });
    const brief = exported.at(-1);
    expect(brief?.sources.map((s) => [s.outlet, s.reliability])).toEqual(SAMPLE.sources.map((s) => [s.outlet, s.outlet === 'إرم نيوز' ? 'B' : undefined]));
  });
});

describe('a saved draft opens with the grades the workspace keeps now', () => {
  it('brief:get carries a grade given after the draft was saved', async () => {
    await callOk(api, 'brief:save', { id: 'g1', brief: SAMPLE });
    const got = await callOk(api, 'brief:get', { id: 'g1' });
    expect(got.brief.sources.filter((s) => s.reliability !== undefined).map((s) => [s.outlet, s.reliability])).toEqual([['إرم نيوز', 'B']]);
  });
});

describe('one outlet cited in two forms', () => {
  it('is graded once, listed as the analyst last wrote it, carried by sources of either form, and ungraded from either', async () => {
    const forms = ['جريدة النخيل', 'النخيل'];
    const cited: Brief = { ...SAMPLE, sources: SAMPLE.sources.map((s, i) => (i < 2 ? { ...s, outlet: forms[i] ?? null } : s)) };
    await callOk(api, 'outlets:grade', { outlet: 'جريدة النخيل', grade: 'E' });
    const regraded = await callOk(api, 'outlets:grade', { outlet: 'النخيل', grade: 'D' });
    expect(regraded.grades.filter((g) => forms.includes(g.outlet)).map((g) => [g.outlet, g.grade])).toEqual([['النخيل', 'D']]);
    await callOk(api, 'brief:export', { brief: cited, format: 'pdf' });
    expect(exported.at(-1)?.sources.slice(0, 2).map((s) => s.reliability)).toEqual(['D', 'D']);
    await callOk(api, 'outlets:grade', { outlet: '«جريدة النخيل»', grade: null });
    expect((await callOk(api, 'outlets:grades', {})).grades.map((g) => g.outlet)).toEqual(['إرم نيوز']);
    await callOk(api, 'brief:export', { brief: cited, format: 'pdf' });
    expect(exported.at(-1)?.sources.slice(0, 2).map((s) => s.reliability)).toEqual([undefined, undefined]);
  });
});

describe('outlets:keys', () => {
  it('gives the forms of one outlet one key, the key its grade is kept by, and other outlets others', async () => {
    const { keys } = await callOk(api, 'outlets:keys', { outlets: ['جريدة النخيل', 'النخيل', '«صحيفة النخيل»', 'إرم نيوز', 'Reuters', 'رويترز'] });
    expect(keys).toHaveLength(6);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
    // A listed outlet's Latin form and its Arabic name: one outlet.
    expect(keys[4]).toBe(keys[5]);
    // The key the workspace grades by: a grade given under one form is listed, and carried, under any.
    await callOk(api, 'outlets:grade', { outlet: 'Reuters', grade: 'A' });
    const saved: Brief = { ...SAMPLE, sources: SAMPLE.sources.map((s, i) => (i === 1 ? { ...s, outlet: 'رويترز' } : s)) };
    await callOk(api, 'brief:save', { id: 'k1', brief: saved });
    expect((await callOk(api, 'brief:get', { id: 'k1' })).brief.sources[1]?.reliability).toBe('A');
    await callOk(api, 'outlets:grade', { outlet: 'رويترز', grade: null });
  });

  it('refuses an empty list, more than 500 names and a request with other fields', async () => {
    expect(await api.call('outlets:keys', { outlets: [] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('outlets:keys', { outlets: Array.from({ length: 501 }, (_, i) => `صحيفة ${i}`) })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('outlets:keys', { outlets: ['النخيل'], path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await callOk(api, 'outlets:keys', { outlets: Array.from({ length: 500 }, (_, i) => `صحيفة ${i}`) })).keys).toHaveLength(500);
  });
});
