import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { toldAsToCome } from '../../../../main/text/dates/tense-cues.ts';

const toCome = (text: string): boolean => toldAsToCome(tokenise(text).map((t) => t.key));

describe('toldAsToCome: a sentence that announces its act rather than reports it', () => {
  it('reads a future verb opening the sentence or its reported speech', () => {
    expect(toCome('سيزور وزير الزراعة الجزائر العاصمة الأسبوع المقبل.')).toBe(true);
    expect(toCome('أفاد مصدر دبلوماسي بأن وزير الزراعة، كمال الرياحي، سيزور الجزائر.')).toBe(true);
  });

  it('leaves a done act, with a plan told only further on', () => {
    expect(toCome('وصل وزير الزراعة إلى الجزائر العاصمة في زيارة رسمية، وسيلتقي نظيره غدا.')).toBe(false);
    expect(toCome('هبطت طائرة الوزير في مطار سيئون صباح الأحد.')).toBe(false);
  });
});
