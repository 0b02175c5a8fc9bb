import { describe, expect, it } from 'vitest';
import { isAccountByline } from '../../../../main/ingest/metadata/account-byline.ts';
import { splitHeadlineByline } from '../../../../main/ingest/metadata/byline.ts';
import { detectTitle } from '../../../../main/ingest/metadata/detect-title.ts';
import { splitWriterPrefix, titleSiteName, withoutHeadlineFrame } from '../../../../main/ingest/metadata/headline-furniture.ts';
import { detectOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { RawDocument } from '../../../../main/model/raw-document.ts';

function raw(text: string, title?: string): RawDocument {
  return RawDocument.parse({ file: 'x.txt', format: 'txt', encoding: 'utf-8', text, declared: title === undefined ? {} : { title } });
}

describe('a headline without its furniture', () => {
  it('takes off square brackets round the whole headline and a genre tag at its end', () => {
    expect(withoutHeadlineFrame('[ أسعار الخبز ترتفع في أسواق المدينة القديمة (تقرير) ]')).toBe('أسعار الخبز ترتفع في أسواق المدينة القديمة');
    expect(withoutHeadlineFrame('افتتاح جسر جديد على النهر (صور)')).toBe('افتتاح جسر جديد على النهر');
    expect(withoutHeadlineFrame('لحظة وصول القافلة إلى البلدة - فيديو')).toBe('لحظة وصول القافلة إلى البلدة');
  });

  it('keeps brackets inside a headline, a tag that is all there is, and a headline with neither', () => {
    expect(withoutHeadlineFrame('الوزير: [النص] لم يصل بعد')).toBe('الوزير: [النص] لم يصل بعد');
    expect(withoutHeadlineFrame('(فيديو)')).toBe('(فيديو)');
    expect(withoutHeadlineFrame('مجلس النواب يقر الموازنة (2026)')).toBe('مجلس النواب يقر الموازنة (2026)');
  });

  it('splits a columnist\'s «فلان يكتب:» from the title, and only a name before the cue', () => {
    expect(splitWriterPrefix('سعاد المرزوقي تكتب: حين تغلق المكتبات أبوابها')).toEqual({ title: 'حين تغلق المكتبات أبوابها', writer: 'سعاد المرزوقي' });
    expect(splitWriterPrefix('من يكتب: تاريخ المدينة؟')).toBeNull();
    expect(splitWriterPrefix('حين تغلق المكتبات أبوابها')).toBeNull();
  });

  it('splits a byline after dots from the headline', () => {
    expect(splitHeadlineByline('هل تنجو الزراعة من الجفاف؟ .. بقلم: د. حسن عمر البدوي')).toEqual({ title: 'هل تنجو الزراعة من الجفاف؟', writer: 'حسن عمر البدوي' });
    expect(splitHeadlineByline('الطريق إلى المدينة .. والعودة منها')).toBeNull();
  });

  it('drops a site name before a declared title when the page prints the rest alone, never a place', () => {
    const page = 'الرئيسية\nمدارس القرية تفتح أبوابها للعام الجديد\nبدأ العام الدراسي أمس في مدارس القرية.';
    expect(detectTitle(raw(page, 'نجمة الجنوب | مدارس القرية تفتح أبوابها للعام الجديد'), null, null).value).toBe('مدارس القرية تفتح أبوابها للعام الجديد');
    expect(detectTitle(raw(page, 'نجمة الجنوب: مدارس القرية تفتح أبوابها للعام الجديد'), null, null).value).toBe('مدارس القرية تفتح أبوابها للعام الجديد');
    expect(detectTitle(raw(page, 'غزة: مدارس القرية تفتح أبوابها للعام الجديد'), null, null).value).toBe('غزة: مدارس القرية تفتح أبوابها للعام الجديد');
    // Not printed alone on the page: the prefix may be the headline's own.
    expect(detectTitle(raw('نص آخر', 'نجمة الجنوب | مدارس القرية تفتح أبوابها للعام الجديد'), null, null).value).toBe('نجمة الجنوب | مدارس القرية تفتح أبوابها للعام الجديد');
  });

  it('reads the site name a title tag opens with as the outlet when nothing else names it', () => {
    const page = 'الرئيسية\nمدارس القرية تفتح أبوابها للعام الجديد\nبدأ العام الدراسي أمس في مدارس القرية.';
    expect(titleSiteName('نجمة الجنوب | مدارس القرية تفتح أبوابها للعام الجديد', page)).toBe('نجمة الجنوب');
    expect(titleSiteName('غزة: مدارس القرية تفتح أبوابها للعام الجديد', page)).toBeNull();
    const doc = raw(page, 'نجمة الجنوب | مدارس القرية تفتح أبوابها للعام الجديد');
    expect(detectOutlet(doc, splitLines(doc.text)).value).toBe('نجمة الجنوب');
  });

  it('reads a headline line of the page without brackets, tag and writer', () => {
    const page = 'كريم السعدي يكتب: [ ماذا بعد موسم الأمطار؟ (تحليل) ]';
    expect(detectTitle(raw(page), '[ ماذا بعد موسم الأمطار الطويل؟ (تحليل) ]', null).value).toBe('ماذا بعد موسم الأمطار الطويل؟');
    expect(detectTitle(raw(page), 'كريم السعدي يكتب: ماذا بعد موسم الأمطار؟', null).value).toBe('ماذا بعد موسم الأمطار؟');
  });
});

describe('a headline in the frames social posts and opinion pages print', () => {
  it('drops double quotes and bold asterisks round the whole line', () => {
    expect(withoutHeadlineFrame('“متى يعود القطار إلى محطته القديمة”')).toBe('متى يعود القطار إلى محطته القديمة');
    expect(withoutHeadlineFrame('"متى يعود القطار إلى محطته القديمة"')).toBe('متى يعود القطار إلى محطته القديمة');
    expect(withoutHeadlineFrame('*تنويه بشأن مواعيد الدوام الشتوي*')).toBe('تنويه بشأن مواعيد الدوام الشتوي');
  });

  it('keeps guillemets round a quoted headline and quotes inside one', () => {
    expect(withoutHeadlineFrame('«لن نغادر أرضنا»')).toBe('«لن نغادر أرضنا»');
    expect(withoutHeadlineFrame('الوزير: "لا زيادة في الأسعار" هذا العام')).toBe('الوزير: "لا زيادة في الأسعار" هذا العام');
  });
});

describe('a byline that names an account, not a person', () => {
  it('refuses CMS accounts, platform placeholders and widget text', () => {
    for (const name of ['admin', 'Unknown', 'بواسطة Unknown', 'editor', 'Posted by webmaster', 'user_17', 'مدير الموقع', 'مدونة حول هذه المشاركة', 'مشاركة']) {
      expect(isAccountByline(name), name).toBe(true);
    }
  });

  it('keeps people, in either script', () => {
    for (const name of ['H.Samir', 'Jane Doe', 'نادية الحسيني', 'د. عمر فارس', 'عبدالله بن سالم']) expect(isAccountByline(name), name).toBe(false);
  });
});
