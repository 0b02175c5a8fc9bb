import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import type { Method, Response } from '../../../../main/api/contract.ts';
import { callOk } from '../../../helpers/api-ok.ts';
import { selectionA } from '../../../fixtures/events/selection-a.ts';

// Issue 14: an article the assembly sets apart as off-topic is kept out "until the analyst includes it". Including it
// is a re-assembly of the draft with the article kept in the story, and it stays included at every later one.

let dir: string;
let api: AppApi;

function ok<M extends Method>(method: M, request: unknown): Promise<Response<M>> {
  return callOk(api, method, request);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-off-topic-'));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), now: () => `${selectionA.now}T08:00:00.000Z` });
  for (const a of selectionA.articles) {
    // As a page prints it: the headline, the date and outlet, then the story.
    const [title, ...paragraphs] = a.body.split('\n\n');
    await ok('articles:importText', { name: `${a.id}.txt`, text: [title, `${a.published ?? ''} - ${a.outlet ?? ''}`, ...paragraphs].join('\n\n') });
  }
});

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

// Any metadata question about the article: set apart, it is asked whether it belongs to the brief's subject
// (questions/off-topic.ts); included, nothing is asked of it — its outlet is read off its «date - outlet» line.
const isQuestionAbout = (brief: Response<'brief:assemble'>, id: string): boolean =>
  brief.openQuestions.some((q) => q.kind === 'metadata' && q.evidence.some((e) => e.sourceId === id));

describe('including an article set apart as off-topic', () => {
  it('re-assembles the draft with it, keeps the edits, and keeps it included at the next re-assembly', async () => {
    const articles = (await ok('articles:list', {})).items;
    expect(articles).toHaveLength(selectionA.articles.length);
    const assembled = await ok('brief:assemble', { selection: { articleIds: articles.map((a) => a.id) }, title: 'الزيارة' });
    const apart = assembled.offTopicSources ?? [];
    expect(apart).toHaveLength(1);
    const sport = apart[0] ?? '';
    expect(articles.find((a) => a.id === sport)?.title).toContain('الفيصلي');
    // The outlet its «date - outlet» line under the headline names, though the outlet list lacks it.
    expect(articles.find((a) => a.id === sport)?.outlet).toBe('ملاعب');
    expect(isQuestionAbout(assembled, sport)).toBe(true);
    const edited = { ...assembled, title: 'زيارة الخطيب' };
    await ok('brief:save', { id: 'draft', brief: edited });

    // An id that is no source of the draft is not included (nor an error: the page may hold a stale list).
    const included = await ok('brief:reassemble', { id: 'draft', include: [sport, 'no-such-article'] });
    expect(included.brief.offTopicSources).toBeUndefined();
    expect(included.brief.includedSources).toEqual([sport]);
    expect(isQuestionAbout(included.brief, sport)).toBe(false);
    expect(included.brief.title).toBe('زيارة الخطيب');
    expect(included.brief.timeline.some((e) => e.sources.some((s) => s.sourceId === sport))).toBe(true);

    const again = await ok('brief:reassemble', { id: 'draft' });
    expect(again.brief.includedSources).toEqual([sport]);
    expect(again.brief.offTopicSources).toBeUndefined();
    expect((await ok('brief:get', { id: 'draft' })).brief).toEqual(again.brief);
  });

  it('refuses an include that is not a list of ids', async () => {
    expect(await api.call('brief:reassemble', { id: 'draft', include: [''] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('brief:reassemble', { id: 'draft', include: 'sport' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
