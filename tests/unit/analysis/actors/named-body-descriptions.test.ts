import { describe, expect, it } from 'vitest';
import { selectionMentions } from '../../../../main/analysis/actors/selection-mentions.ts';
import { loadNerModel } from '../../../../main/analysis/ner/load-model.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// What the actors stage re-cut of its tagger's organisations (issue 12, stage24: studied-stage-changes --losses), in
// sentences of our own with the shipped tagger: a firm's description run into its name.

/** The organisations the stage finds in one sentence, as written. */
function bodies(body: string): string[] {
  return selectionMentions([articleRecord('a1', body)], loadGazetteer(), loadNerModel()).filter((m) => m.type === 'organization').map((m) => body.slice(m.start, m.end));
}

describe('a firm named after its head, with what describes it after the name (described-after-name.ts)', () => {
  it('is the name alone when the tagger leaves the description outside («شركة ميرسك الدنماركية»)', () => {
    expect(bodies('وذكرت شركة ميرسك الدنماركية أن سفنها ستواصل الإبحار عبر البحر الأحمر.')).toEqual(['ميرسك']);
    expect(bodies('وجمعت شركة كاشلي المصرية الناشئة للتكنولوجيا المالية تمويلا جديدا.')).toEqual(['كاشلي']);
  });

  it('keeps a noun the name governs in construct («وكالة حرس الحدود الأوروبية»)', () => {
    expect(bodies('وقالت وكالة حرس الحدود الأوروبية إن عدد المهاجرين تراجع هذا العام.')).toEqual(['وكالة حرس الحدود الأوروبية']);
  });
});
