import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../main/ingest/readers/front-matter.ts';
import { readMarkdownFile } from '../../../../main/ingest/readers/markdown-reader.ts';
import { inlineToText, markdownToText } from '../../../../main/ingest/readers/markdown-to-text.ts';

describe('markdownToText', () => {
  it('turns headings, paragraphs and lists into lines', () => {
    const md = [
      '# عنوان **رئيسي**',
      '',
      'فقرة أولى تمتد',
      'على سطرين.',
      '',
      'Setext heading',
      '==============',
      '',
      '- بند أول',
      '* [x] بند ثان',
      '1. بند مرقم',
      '',
      '---',
      '> اقتباس من *بيان* رسمي',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      ['عنوان رئيسي', 'فقرة أولى تمتد على سطرين.', 'Setext heading', 'بند أول', 'بند ثان', 'بند مرقم', 'اقتباس من بيان رسمي'].join('\n\n'),
    );
  });

  it('keeps link text, drops images and reference definitions, keeps code as text', () => {
    const md = [
      'زار [الوزير](https://example.org/a_(b)) المدينة ![صورة](img.png) أمس، انظر [التقرير][r] و <https://example.org>.',
      '',
      '[r]: https://example.org/report',
      '',
      '```js',
      'const a = **not emphasis**;',
      '```',
      '',
      'رمز `snake_case_name` و *مائل* و __غامق__ و ~~محذوف~~ و snake_case بلا تغيير \\*نجمة\\*',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'زار الوزير المدينة أمس، انظر التقرير و https://example.org.',
        'const a = **not emphasis**;',
        'رمز snake_case_name و مائل و غامق و محذوف و snake_case بلا تغيير *نجمة*',
      ].join('\n\n'),
    );
  });

  it('turns table rows into lines of cells and removes inline HTML', () => {
    const md = ['| الاسم | الدور |', '|---|:---:|', '| أحمد | متحدث |', '', 'نص <span class="x">داخل</span> وسم<br/> &amp; رمز &#1605;'].join('\n');
    expect(markdownToText(md)).toBe(['الاسم | الدور', 'أحمد | متحدث', 'نص داخل وسم & رمز م'].join('\n\n'));
  });

  it('keeps labelled head fields on lines of their own, which a soft break would join', () => {
    const md = ['# عنوان', '', '**الكاتب:** سلمى ناصر', '**التاريخ**: 3 مارس 2026', 'المصدر: شبكة النخيل', '', 'نص الخبر.'].join('\n');
    expect(markdownToText(md)).toBe(['عنوان', 'الكاتب: سلمى ناصر', 'التاريخ: 3 مارس 2026', 'المصدر: شبكة النخيل', 'نص الخبر.'].join('\n\n'));
  });

  it('still joins a wrapped sentence whose next line holds a colon, and a lone plain label after prose', () => {
    const md = ['وفي الختام قال الوزير', 'للصحفيين: سنواصل العمل.', 'المصدر: الوزارة'].join('\n');
    expect(markdownToText(md)).toBe('وفي الختام قال الوزير للصحفيين: سنواصل العمل. المصدر: الوزارة');
  });

  it('leaves plain text alone', () => {
    expect(inlineToText('نص عادي 2024-05-01 بلا تنسيق')).toBe('نص عادي 2024-05-01 بلا تنسيق');
  });
});

describe('splitFrontMatter', () => {
  it('reads title, date, author, outlet and url', () => {
    const md = ['---', 'title: "عنوان الخبر"', 'date: 2024-03-05', 'authors:', '  - كاتب أول', '  - كاتب ثان', "source: 'وكالة الأنباء'", 'url: https://example.org/x', 'tags: [a, b]', '---', 'النص'].join('\n');
    expect(splitFrontMatter(md)).toEqual({
      declared: { title: 'عنوان الخبر', published: '2024-03-05', author: 'كاتب أول, كاتب ثان', outlet: 'وكالة الأنباء', url: 'https://example.org/x' },
      body: 'النص',
    });
  });

  it('takes a source given as a link as the url', () => {
    expect(splitFrontMatter('---\nsource: https://example.org/a\n---\nx').declared).toEqual({ url: 'https://example.org/a' });
  });

  it('leaves a document without front matter, or with an unclosed one, untouched', () => {
    expect(splitFrontMatter('# h\n---\ntext')).toEqual({ declared: {}, body: '# h\n---\ntext' });
    expect(splitFrontMatter('---\ntitle: x\nno end')).toEqual({ declared: {}, body: '---\ntitle: x\nno end' });
  });
});

describe('readMarkdownFile', () => {
  it('returns format md, declared metadata and the stripped body', () => {
    const doc = readMarkdownFile('note.md', Buffer.from('---\ntitle: خبر\nlang: ar\n---\n## خبر\n\nنص **الخبر**.\r\n'));
    expect(doc).toEqual({ file: 'note.md', format: 'md', encoding: 'utf-8', text: 'خبر\n\nنص الخبر.', declared: { title: 'خبر', language: 'ar' } });
  });
});
