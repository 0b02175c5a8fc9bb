import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addKeyJudgment, evidencePick, updateKeyJudgment } from '../../renderer/app/key-judgments-edit.ts';
import type { Brief } from '../../renderer/app/types.ts';

const SAMPLE = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')) as Brief;

describe('key judgments in the editor', () => {
  it('adds a judgment with its band, confidence and the picked points\' citations as evidence, each sentence once', () => {
    const [a, b] = SAMPLE.summary;
    const next = addKeyJudgment(SAMPLE, 'حكم المحلل.', 'likely', 'high', [evidencePick('summary', a!.id), evidencePick('summary', b!.id), evidencePick('summary', a!.id)]);
    const [k] = next.keyJudgments ?? [];
    expect(k).toMatchObject({ id: 'kj-1', manual: true, included: true, band: 'likely', confidence: 'high', text: 'حكم المحلل.' });
    const keys = [...a!.sources, ...b!.sources].map((c) => `${c.sourceId}|${c.quote}`);
    expect(k?.evidence.map((c) => `${c.sourceId}|${c.quote}`)).toEqual([...new Set(keys)]);
    expect(addKeyJudgment(next, 'ثانٍ.', 'unlikely', 'low', []).keyJudgments?.map((j) => j.id)).toEqual(['kj-1', 'kj-2']);
  });

  it('takes a timeline entry\'s citations too, and no item of another section that shares its id', () => {
    const entry = SAMPLE.timeline.find((e) => e.sources.length > 0)!;
    const clash: Brief = { ...SAMPLE, summary: SAMPLE.summary.map((p, i) => (i === 0 ? { ...p, id: entry.id } : p)) };
    const [k] = addKeyJudgment(clash, 'حكم.', 'likely', 'low', [evidencePick('timeline', entry.id)]).keyJudgments ?? [];
    expect(k?.evidence).toEqual([...new Map(entry.sources.map((c) => [`${c.sourceId}|${c.quote}`, c])).values()]);
  });

  it('changes a judgment\'s band, confidence, text and inclusion, leaving the others', () => {
    const two = addKeyJudgment(addKeyJudgment(SAMPLE, 'أول.', 'likely', 'high', []), 'ثانٍ.', 'unlikely', 'low', []);
    const changed = updateKeyJudgment(two, 'kj-2', { band: 'almost-certain', confidence: 'moderate', included: false });
    expect(changed.keyJudgments?.[1]).toMatchObject({ band: 'almost-certain', confidence: 'moderate', included: false, text: 'ثانٍ.' });
    expect(changed.keyJudgments?.[0]).toEqual(two.keyJudgments?.[0]);
  });
});
