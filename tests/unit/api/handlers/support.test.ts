import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';
import { callOk } from '../../../helpers/api-ok.ts';

let dir: string;
let api: AppApi;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-support-'));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false, now: () => '2025-04-10T09:00:00.000Z' });
});

afterAll(() => {
  api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('citing what an article says', () => {
  it('gives an article’s sentences as offsets into its body, each one trimmed, in order', async () => {
    const text = 'افتتاح مستشفى جديد\n\nافتتحت وزارة الصحة مستشفى جديداً في المدينة يوم الأحد. وقال الوزير إن المستشفى يتسع لمئتي سرير.';
    const report = await callOk(api, 'articles:importText', { name: 'مستشفى', text });
    const id = report.entries[0]?.id ?? '';
    const article = await callOk(api, 'articles:get', { id });
    const quoted = article.sentences.map((s) => article.body.slice(s.start, s.end));
    expect(quoted).toContain('افتتحت وزارة الصحة مستشفى جديداً في المدينة يوم الأحد.');
    expect(quoted).toContain('وقال الوزير إن المستشفى يتسع لمئتي سرير.');
    for (const q of quoted) expect(q).toBe(q.trim());
    const starts = article.sentences.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('answers, item by item, whether quotes still support a text', async () => {
    const quote = 'افتتحت وزارة الصحة مستشفى جديداً في المدينة يوم الأحد.';
    const answer = await callOk(api, 'brief:support', {
      items: [
        { text: 'وزارة الصحة تفتتح مستشفى جديداً', quotes: [quote] },
        { text: 'ارتفعت أسعار القمح في الأسواق', quotes: [quote] },
        { text: 'وزارة الصحة تفتتح مستشفى جديداً', quotes: [] },
      ],
    });
    expect(answer.supported).toEqual([true, false, false]);
  });
});
