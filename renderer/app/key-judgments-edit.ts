import type { Brief } from './types.ts';

export type KeyJudgment = NonNullable<Brief['keyJudgments']>[number];
export type Band = KeyJudgment['band'];
export type Confidence = KeyJudgment['confidence'];

export const BANDS: readonly Band[] = ['almost-no-chance', 'very-unlikely', 'unlikely', 'roughly-even-chance', 'likely', 'very-likely', 'almost-certain'];
export const CONFIDENCES: readonly Confidence[] = ['low', 'moderate', 'high'];

/** The sections a key judgment's evidence is picked from: what the brief reports (points, then dated events). */
export type EvidenceSection = 'summary' | 'timeline';
export const EVIDENCE_SECTIONS: readonly EvidenceSection[] = ['summary', 'timeline'];

/** A picked item as the picker's checkbox names it: its section and id («timeline:t-3»), ids being unique per section. */
export function evidencePick(section: EvidenceSection, id: string): string {
  return `${section}:${id}`;
}

/**
 * Adds a key judgment the analyst wrote, with its band, its confidence and as evidence the citations of the key
 * points and timeline entries they picked (`picks` as evidencePick names them), each source sentence once.
 */
export function addKeyJudgment(brief: Brief, text: string, band: Band, confidence: Confidence, picks: readonly string[]): Brief {
  const list = brief.keyJudgments ?? [];
  const taken = new Set(list.map((k) => k.id));
  let n = 1;
  while (taken.has(`kj-${n}`)) n++;
  const seen = new Set<string>();
  const evidence = EVIDENCE_SECTIONS.flatMap((section) => brief[section].filter((item) => picks.includes(evidencePick(section, item.id))))
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
