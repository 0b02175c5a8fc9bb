import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedQuestions } from '../../../../main/analysis/questions/denied.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): a denied object that points back
// («من هذا النوع») names no claim; the question quotes the claim it points to (rev25 leftovers, mendV 3).
const ask = (body: string) => deniedQuestions(buildCorpus([articleRecord('a', `خبر\n\n${body}`, { outlet: 'صحيفة أ', outletBasis: 'explicit' })])).map((q) => q.text);
const captain = 'من جانبه، قال قبطان العبارة ناصر أبو حمدان، في أول تصريح له منذ الحادثة نقله عنه محاميه، إنه «أبلغ الشركة مرارا بأعطال في مضخات الصرف».';

describe('a denial whose object points back to the claim', () => {
  it('quotes the claim («أبلغ الشركة مرارا …»), not «ما الصحيح في «تلقي أي بلاغ من هذا النوع»»', () => {
    const [q] = ask(`${captain}\n\nغير أن الشركة نفت في بيان مكتوب تلقي أي بلاغ من هذا النوع، مؤكدة أن سجل الصيانة متاح.`);
    expect(q).toBeDefined();
    expect(q).not.toContain('ما الصحيح في');
    expect(q).toContain('قال قبطان العبارة ناصر أبو حمدان … إنه «أبلغ الشركة مرارا بأعطال في مضخات الصرف»');
  });

  it('quotes a claim told with «إنه» with its speaker, never «هل صحيح أن أبلغ …»', () => {
    const [q] = ask('وقال القبطان إنه أبلغ الشركة مرارا بأعطال في المضخات. غير أن الشركة نفت في بيان مكتوب تلقي أي بلاغ من هذا النوع.');
    expect(q).not.toContain('أن أبلغ');
    expect(q).toContain('«وقال القبطان إنه أبلغ الشركة مرارا بأعطال في المضخات»');
  });

  it('still names a denied phrase that says its claim itself («ما الصحيح في «تلقي أي بلاغ عن أعطال المضخات»»)', () => {
    const [q] = ask(`${captain}\n\nغير أن الشركة نفت في بيان مكتوب تلقي أي بلاغ عن أعطال المضخات، مؤكدة أن سجل الصيانة متاح.`);
    expect(q).toContain('ما الصحيح في «تلقي أي بلاغ عن أعطال المضخات»');
  });
});
