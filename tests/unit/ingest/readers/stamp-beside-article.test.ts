import { describe, expect, it } from 'vitest';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';

const PARAGRAPHS = [
  'أعلنت مديرية الزراعة في المحافظة بدء تسليم الحصص الشتوية لأصحاب الحيازات الصغيرة في القرى الشمالية، على أن تستمر العملية أسبوعين.',
  'وقال مدير المديرية إن الكميات تكفي نحو ثلاثة آلاف مزارع، وإن التوزيع يجري وفق قوائم أعدتها الجمعيات الفلاحية في كل قرية.',
  'وطالب مزارعون بتمديد فترة التوزيع بسبب بعد بعض القرى عن مراكز التسليم وضعف وسائل النقل في فصل الشتاء.',
];

// Markup of our own in the shape of a theme whose «post-meta» block stands beside the body, as Readability leaves it.
function page(meta: string): Buffer {
  return Buffer.from(`<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>توزيع البذور المحسنة على المزارعين</title></head><body>
<div id="header"><div class="today">الخميس 15 يناير 2026</div><ul><li>الرئيسية</li><li>محليات</li></ul></div>
<div id="content"><h2 class="post-title">توزيع البذور المحسنة على المزارعين</h2>
<div class="post-meta">${meta}</div>
<div class="post-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div id="footer">جميع الحقوق محفوظة</div></body></html>`);
}

describe('the stamp under the headline that Readability leaves beside the article', () => {
  it('is put back on the line after the headline', () => {
    const lines = readHtmlFile('a.html', page('salma الأحد 22 رجب 1447ﻫ 11-1-2026م')).text.split('\n').filter((l) => l !== '');
    expect(lines.slice(0, 2)).toEqual(['توزيع البذور المحسنة على المزارعين', 'salma الأحد 22 رجب 1447ﻫ 11-1-2026م']);
  });

  it('is not looked for when the meta block holds no day', () => {
    const lines = readHtmlFile('a.html', page('salma - محليات')).text.split('\n').filter((l) => l !== '');
    expect(lines).not.toContain('salma - محليات');
    expect(lines[0]).toBe('توزيع البذور المحسنة على المزارعين');
  });
});
