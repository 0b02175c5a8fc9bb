import { describe, expect, it } from 'vitest';
import { classifyLines, isListItem } from '../../../../main/ingest/clean/classify-lines.ts';

const STORY = [
  'أعلنت وزارة الزراعة عن خطة لتوسيع زراعة القمح في المحافظات الشمالية خلال الموسم المقبل، مع دعم المزارعين بالبذور المحسنة.',
  'وقال مسؤول في الوزارة إن الخطة تشمل مئة ألف هكتار جديدة، وإن التمويل يأتي من الموازنة العامة ومن قروض ميسرة للمزارعين.',
  'وأضاف أن الوزارة ستتابع تنفيذ الخطة مع مديريات الزراعة في كل محافظة.',
];
const TITLE = 'وزارة الزراعة توسع زراعة القمح في المحافظات الشمالية';

function reasons(lines: string[]): { reasons: (string | null)[]; title: string | null } {
  const text = lines.join('\n');
  const c = classifyLines(text, { now: '2026-01-15' });
  const title = c.lines.find((l) => l.index === c.titleLine)?.text ?? null;
  return { reasons: c.lines.map((l) => l.reason), title };
}

describe('list items are never the headline', () => {
  it.each([
    ['• الفصل الأول: القمح', true],
    ['- البند الثاني من الخطة', true],
    ['1. مقدمة عن الخطة', true],
    ['١- خلفية', true],
    ['2-الفصل الثاني', true],
    ['الفصل الثاني: كلفة المياه', true],
    ['الفصلان الدراسيان ينتهيان في يونيو', false],
    ['10.5 مليار دولار لمشروعات القمح', false],
    ['-الأسعار ترتفع', false],
    [TITLE, false],
    ['2025 عام القمح في المحافظات', false],
  ])('%s is a list item: %s', (line, item) => expect(isListItem(line)).toBe(item));

  it('takes the headline above a chapter list, not a chapter that the story echoes', () => {
    const { title } = reasons([TITLE, '• الفصل الأول: زراعة القمح في المحافظات الشمالية والبذور المحسنة', '• الفصل الثاني: قروض المزارعين', ...STORY]);
    expect(title).toBe(TITLE);
  });
});

describe('a masthead of editors is furniture, never the headline', () => {
  it('removes role and name lines, and a paper with its editors on one line', () => {
    const { reasons: got, title } = reasons(['رئيس مجلس الإدارة', 'سامح عبد الحميد', 'رئيس التحرير', 'مروان الشناوي', TITLE, ...STORY]);
    expect(got.slice(0, 4)).toEqual(['masthead', 'masthead', 'masthead', 'masthead']);
    expect(title).toBe(TITLE);
    const oneLine = reasons(['جريدة الفجر الجديد رئيس مجلسي الإدارة والتحرير حسام الدين فوزي', TITLE, ...STORY]);
    expect(oneLine.reasons[0]).toBe('masthead');
    expect(oneLine.title).toBe(TITLE);
  });

  it('removes a columnist\'s header and a city-and-clock byline as bylines, naming the writer', () => {
    const header = classifyLines(['ليلى الزين - كاتبة صحفية', TITLE, ...STORY].join('\n'));
    expect(header.lines[0]?.reason).toBe('byline');
    expect(header.bylineAuthor).toBe('ليلى الزين');
    const twoLines = classifyLines(['ليلى الزين', 'كاتبة صحفية', TITLE, ...STORY].join('\n'));
    expect(twoLines.lines.slice(0, 2).map((l) => l.reason)).toEqual(['byline', 'byline']);
    expect(twoLines.bylineAuthor).toBe('ليلى الزين');
    const clock = classifyLines([TITLE, 'الرياض - فهد المطيري - 10:45 ص', ...STORY].join('\n'));
    expect(clock.lines[1]?.reason).toBe('byline');
    expect(clock.bylineAuthor).toBe('فهد المطيري');
  });
});

describe('the headline is never a second writer', () => {
  // A headline that opens with a given name reads as a bare name; beside a bare-name byline it is still the headline.
  it.each([
    [['مريم تتوج بالذهب', 'خالد المنصور'], 0],
    [['خالد المنصور', 'سارة تفوز بالجائزة الكبرى'], 1],
  ])('%j', (head, at) => {
    const c = classifyLines([...head, ...STORY].join('\n'), { now: '2026-01-15' });
    expect(c.titleLine).toBe(at);
    expect(c.bylineAuthor).toBe('خالد المنصور');
    expect(c.lines[at]!.reason).toBeNull();
  });
});
