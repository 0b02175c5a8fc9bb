// The mechanisms of the pass on untouched-27's headlines and bylines (branch meta27), each in text of our own: every
// positive case fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { parseByline } from '../../../../main/ingest/metadata/byline.ts';

const NOW = '2026-01-15';

function read(lines: readonly string[]): { author: string | null; title: string | null } {
  const r = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared: {} }, { now: NOW });
  return { author: r.author, title: r.title };
}

const HEADLINE = 'موانئ الصيد الصغيرة.. بحر هادئ في الصيف وموج يحاصر القوارب في الشتاء';
const DECK = 'تجار يطالبون بمظلات تحمي البسطات من المطر';
const STORY = [
  'تبدو سوق السمك في الميناء الصغير هادئة في صباحات الشتاء، إذ لا يخرج إلى البحر إلا عدد قليل من الصيادين، فترتفع الأسعار على الزبائن.',
  '',
  'ويقول أحد التجار إن البسطات المكشوفة تتضرر في أيام المطر، وإنه طلب من البلدية تركيب مظلات تحمي السمك والزبائن معا في الشتاء.',
  '',
  'أما الصياد سالم، فيقول إن قاربه الصغير لا يحتمل الأمواج العالية، وإنه ينتظر أياما حتى يهدأ البحر.',
];

describe('a deck printed right under its headline', () => {
  it('leaves the headline the title, though the deck echoes the story more', () => {
    expect(read(['تحقيقات', '', HEADLINE, DECK, '', ...STORY]).title).toBe(HEADLINE);
  });
  it('is not taken for a deck when a ticker\'s headlines run line after line above it', () => {
    const ticker = ['انقطاع الكهرباء عن أحياء في المدينة القديمة بسبب عطل فني مفاجئ', 'البلدية تدرس تركيب إنارة جديدة في الميناء الصغير قبل الصيف المقبل'];
    expect(read(['تحقيقات', '', ...ticker, DECK, '', ...STORY]).title).toBe(DECK);
  });
  it('is not taken for a deck under a row of fields set apart by bars', () => {
    const scores = 'الميناء ٣ - ١ الساحل   |   البحارة ٢ - ٢ الشاطئ   |   الأمواج ٠ - ١ السمك';
    expect(read(['رياضة', '', scores, DECK, '', ...STORY]).title).toBe(DECK);
  });
});

describe('an investigation\'s byline, «تحقيق» and the name', () => {
  it('reads the name after a star and before a closing colon, a given name the list may lack', () => {
    expect(parseByline('* تحقيق نجود المطيري:')).toBe('نجود المطيري');
    expect(parseByline('تحقيق: نجود المطيري')).toBe('نجود المطيري');
  });
  it('reads no writer from «تحقيق» opening a phrase, with or without the colon', () => {
    expect(parseByline('تحقيق العدالة الاجتماعية:')).toBeNull();
    expect(parseByline('* تحقيق التنمية في الريف يتطلب خطة طويلة')).toBeNull();
    expect(parseByline('تحقيق نجود المطيري')).toBeNull();
  });
});

describe('a desk\'s credit naming the outlet over the writer\'s byline', () => {
  const head = (credit: string): string[] => ['# لماذا تعود المدن الساحلية إلى زراعة أشجار المانغروف؟', '', credit, '', 'كتبه: إيلينا روسي', '', ...STORY];
  it('leaves the writer to the byline under it', () => {
    expect(read(head('ترجمة وتحرير: نون بوست')).author).toBe('إيلينا روسي');
  });
  it('is the byline read when it names a person, not the outlet', () => {
    expect(read(head('ترجمة وتحرير: سامر الحلبي')).author).toBe('سامر الحلبي');
  });
});

describe('«المحرر:» and a name', () => {
  it('at the foot, under the story, names the desk\'s editor: no writer', () => {
    expect(read([HEADLINE, '', ...STORY, '', 'المحرر: لي مينغ']).author).toBeNull();
  });
  it('in the head, over the story, names the writer', () => {
    expect(read([HEADLINE, 'المحرر: لي مينغ', '', ...STORY]).author).toBe('لي مينغ');
  });
  it('a writing cue at the foot still names the writer when the head names none', () => {
    expect(read([HEADLINE, '', ...STORY, '', 'بقلم: لي مينغ']).author).toBe('لي مينغ');
  });
});
