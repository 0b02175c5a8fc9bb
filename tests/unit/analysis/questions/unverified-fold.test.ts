import { describe, expect, it } from 'vitest';
import { foldUnverified, type UnverifiedDraft } from '../../../../main/analysis/questions/unverified-fold.ts';

const draft = (mouth: string, claim: string, priority: number): UnverifiedDraft => ({
  kind: 'unverified',
  evidence: [],
  priority,
  unnamed: true,
  parts: { sources: 'عنب بلدي', mouth, claim, hedge: false },
});

describe('unverified claims folded into one question (unverified-fold)', () => {
  it('names each claim with its own mouth when two drafts tell the same claim', () => {
    const [q] = foldUnverified([
      draft('مصدر أمني', 'أن الطريق أغلق', 3),
      draft('مصادر محلية', 'أن الطريق أغلق', 2),
      draft('شهود عيان', 'أن الجسر انهار', 1),
    ]);
    expect(q?.text).toBe('من يؤكد باسمه ما تنقله عنب بلدي عن «مصدر أمني» و«شهود عيان»: أن الطريق أغلق، وأن الجسر انهار؟');
  });
});
