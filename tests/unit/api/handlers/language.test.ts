import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { callOk } from '../../../helpers/api-ok.ts';

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));
// Written by the analyst: one hedge, and one sentence that joins a likelihood to a confidence level.
const DRAFT: Brief = {
  ...SAMPLE,
  summary: SAMPLE.summary.map((p, i) => (i === 0 ? { ...p, text: 'قد تتوسع الاشتباكات إلى المعابر. ومن المرجّح أن يتأخر الحل بثقة متوسطة.', edited: true } : { ...p, edited: false, manual: false })),
  timeline: SAMPLE.timeline.map((t) => ({ ...t, edited: false, manual: false })),
  openQuestions: SAMPLE.openQuestions.map((q) => ({ ...q, edited: false, manual: false })),
};

let dir: string;
let api: AppApi;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-language-'));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false, now: () => '2025-04-10T09:00:00.000Z' });
});

afterAll(() => {
  api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('brief:checkLanguage', () => {
  it('checks a saved draft by id, flags per item, and leaves the draft as it was', async () => {
    await callOk(api, 'brief:save', { id: 'd1', brief: DRAFT });
    const report = await callOk(api, 'brief:checkLanguage', { id: 'd1' });
    expect(report.checked).toBe(1);
    expect(report.items).toHaveLength(1);
    const [item] = report.items;
    expect(item).toMatchObject({ section: 'summary', id: DRAFT.summary[0]!.id });
    expect(item!.flags.map((f) => [f.kind, f.text])).toEqual([
      ['vague-hedge', 'قد تتوسع'],
      ['likelihood-with-confidence', 'ومن المرجّح أن يتأخر الحل بثقة متوسطة.'],
    ]);
    expect(item!.flags[1]).toMatchObject({ band: 'likely', confidence: 'moderate', language: 'ar' });
    const state = await callOk(api, 'brief:get', { id: 'd1' });
    expect(state.brief).toEqual(DRAFT);
    expect(state.history).toEqual({ undo: 0, redo: 0 });
  });

  it('checks a brief given whole with the same answer', async () => {
    expect(await callOk(api, 'brief:checkLanguage', { brief: DRAFT })).toEqual(await callOk(api, 'brief:checkLanguage', { id: 'd1' }));
  });

  it('refuses a missing draft, and a request naming both a draft and a brief or neither', async () => {
    expect(await api.call('brief:checkLanguage', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await api.call('brief:checkLanguage', { id: 'd1', brief: DRAFT })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('brief:checkLanguage', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('brief:checkLanguage over key judgments', () => {
  it('checks the analyst\'s judgments, all their own text; a band in the field is no flag, a hedge in the text is', async () => {
    const judged: Brief = {
      ...DRAFT,
      summary: DRAFT.summary.map((p) => ({ ...p, edited: false })),
      keyJudgments: [
        { id: 'kj-1', included: true, edited: false, manual: false, text: 'ربما تستمر المحادثات.', band: 'likely', confidence: 'moderate', evidence: [] },
        { id: 'kj-2', included: true, edited: false, manual: false, text: 'قد أعلن البلدان اتفاقاً أمنياً.', band: 'very-likely', confidence: 'high', evidence: [] },
      ],
    };
    const report = await callOk(api, 'brief:checkLanguage', { brief: judged });
    expect(report.checked).toBe(2);
    expect(report.items.map((i) => [i.section, i.id, i.flags.map((f) => f.text)])).toEqual([['keyJudgments', 'kj-1', ['ربما']]]);
  });
});
