import type { Brief } from './types.ts';

export type KeyJudgment = NonNullable<Brief['keyJudgments']>[number];
export type Band = KeyJudgment['band'];
export type Confidence = KeyJudgment['confidence'];

export const BANDS: readonly Band[] = ['almost-no-chance', 'very-unlikely', 'unlikely', 'roughly-even-chance', 'likely', 'very-likely', 'almost-certain'];
export const CONFIDENCES: readonly Confidence[] = ['low', 'moderate', 'high'];

/**
 * Adds a key judgment the analyst wrote, with its band, its confidence and as evidence the citations of the summary
 * points they picked (each source sentence once).
 */
export function addKeyJudgment(brief: Brief, text: string, band: Band, confidence: Confidence, pointIds: readonly string[]): Brief {
  const list = brief.keyJudgments ?? [];
  const taken = new Set(list.map((k) => k.id));
  let n = 1;
  while (taken.has(`kj-${n}`)) n++;
  const seen = new Set<string>();
  const evidence = brief.summary
    .filter((p) => pointIds.includes(p.id))
    .flatMap((p) => p.sources)
    .filter((c) => {
      const key = `${c.sourceId}\u0000${c.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { ...brief, keyJudgments: [...list, { id: `kj-${n}`, included: true, edited: false, manual: true, text, band, confidence, evidence }] };
}

/** Changes a key judgment's text, band, confidence or inclusion. */
export function updateKeyJudgment(brief: Brief, id: string, change: Partial<Pick<KeyJudgment, 'text' | 'band' | 'confidence' | 'included'>>): Brief {
  return { ...brief, keyJudgments: (brief.keyJudgments ?? []).map((k) => (k.id === id ? { ...k, ...change } : k)) };
}
