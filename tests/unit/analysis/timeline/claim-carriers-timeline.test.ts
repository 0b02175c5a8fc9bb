import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): one day's entry merges by date and
// shared words; a sentence of that day giving another toll is not cited by the entry of this one (rev25 finding 1).
const article = (id: string, body: string) => articleRecord(id, body, { published: '2026-01-11', publishedBasis: 'explicit' });

describe('a timeline entry cites only the sentences that carry its claim', () => {
  it('leaves out a sentence of the same day and words that gives another toll, and keeps one giving the same', () => {
    const a = article('a', 'وارتفعت الحصيلة الرسمية لغرق العبارة إلى ١٧ قتيلا بحسب بيان مشترك صدر أمس عن خفر السواحل ووزارة الصحة.');
    const b = article('b', 'وارتفعت حصيلة غرق العبارة إلى ١٩ قتيلا بحسب بيان صدر أمس عن خفر السواحل ووزارة الصحة.');
    const c = article('c', 'وبلغت الحصيلة الرسمية لغرق العبارة ١٧ قتيلا بحسب بيان مشترك صدر أمس عن خفر السواحل ووزارة الصحة.');
    const timeline = buildTimeline([a, b, c]);
    const toll17 = timeline.find((e) => e.text.includes('١٧'));
    expect(toll17?.sources.map((s) => s.sourceId)).not.toContain('b');
    expect(toll17?.sources.map((s) => s.sourceId)).toContain('c');
  });
});
