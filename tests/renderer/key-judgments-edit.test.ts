import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addKeyJudgment, updateKeyJudgment } from '../../renderer/app/key-judgments-edit.ts';
import type { Brief } from '../../renderer/app/types.ts';

const SAMPLE = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')) as Brief;

describe('key judgments in the editor', () => {
  it('adds a judgment with its band, confidence and the picked points\' citations as evidence, each sentence once', () => {
    const [a, b] = SAMPLE.summary;
    const next = addKeyJudgment(SAMPLE, 'حكم المحلل.', 'likely', 'high', [a!.id, b!.id, a!.id]);
    const [k] = next.keyJudgments ?? [];
    expect(k).toMatchObject({ id: 'kj-1', manual: true, included: true, band: 'likely', confidence: 'high', text: 'حكم المحلل.' });
    const keys = [...a!.sources, ...b!.sources].map((c) => `${c.sourceId}|${c.quote}`);
    expect(k?.evidence.map((c) => `${c.sourceId}|${c.quote}`)).toEqual([...new Set(keys)]);
    expect(addKeyJudgment(next, 'ثانٍ.', 'unlikely', 'low', []).keyJudgments?.map((j) => j.id)).toEqual(['kj-1', 'kj-2']);
  });

  it('changes a judgment\'s band, confidence, text and inclusion, leaving the others', () => {
    const two = addKeyJudgment(addKeyJudgment(SAMPLE, 'أول.', 'likely', 'high', []), 'ثانٍ.', 'unlikely', 'low', []);
    const changed = updateKeyJudgment(two, 'kj-2', { band: 'almost-certain', confidence: 'moderate', included: false });
    expect(changed.keyJudgments?.[1]).toMatchObject({ band: 'almost-certain', confidence: 'moderate', included: false, text: 'ثانٍ.' });
    expect(changed.keyJudgments?.[0]).toEqual(two.keyJudgments?.[0]);
  });
});
