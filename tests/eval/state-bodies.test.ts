import { describe, expect, it } from 'vitest';
import type { AnnotatedSentence } from '../../main/analysis/ner/read-corpus.ts';
import { tagIndex } from '../../main/analysis/ner/tags.ts';
import { isStateBody, stateBodiesApart } from './state-bodies.ts';

const sentence = (pairs: readonly [string, string][]): AnnotatedSentence => ({ tokens: pairs.map(([t]) => t), tags: pairs.map(([, tag]) => tagIndex(tag) ?? 0), line: 1 });

describe('isStateBody', () => {
  it('reads a ministry, an army, a government or a court by its head noun, clitics and number apart', () => {
    for (const name of ['وزارة الدفاع', 'للوزارة الخارجية', 'الخارجية الأمريكية', 'والجيش الإسرائيلي', 'القوات الخاصة', 'الحكومتين', 'وزارتا الدفاع', 'حكومات المنطقة', 'السلطات المحلية', 'المحكمة العليا', 'المحاكم العسكرية']) {
      expect(isStateBody(name.split(' ')), name).toBe(true);
    }
  });
  it('does not read other bodies, or a name only containing such a word, as one', () => {
    for (const name of ['حزب الله', 'شركة الجيش', 'الأمم المتحدة', 'مجلس الأمن', 'خارج']) expect(isStateBody(name.split(' ')), name).toBe(false);
  });
});

describe('stateBodiesApart', () => {
  const s = sentence([['قالت', 'O'], ['وزارة', 'O'], ['الدفاع', 'O'], ['إن', 'O'], ['المحكمة', 'B-ORG'], ['العليا', 'I-ORG'], ['و', 'O'], ['الحكومة', 'O'], ['اجتمعتا', 'O']]);
  it('sets apart an organisation the annotation leaves O, and keeps one it tags, and any other type', () => {
    const found = [{ type: 'ORG' as const, start: 1, end: 3 }, { type: 'ORG' as const, start: 4, end: 6 }, { type: 'LOC' as const, start: 7, end: 8 }];
    expect(stateBodiesApart(s, found)).toEqual({ apart: [found[0]], kept: [found[1], found[2]] });
  });
  it('keeps a state body that overlaps a gold entity, even cut differently (a boundary error, not the annotation\'s choice)', () => {
    const found = [{ type: 'ORG' as const, start: 4, end: 5 }];
    expect(stateBodiesApart(s, found)).toEqual({ apart: [], kept: found });
  });
});
