// The mechanisms of the pass on untouched-25 (branch meta23), each in text of our own: every positive case fails
// without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { copyrightClaim, copyrightHolder, detectOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { detectAuthor, namesNewsroom } from '../../../../main/ingest/metadata/detect-author.ts';
import { isPhotoCreditMark, siteOwnerAfterMark } from '../../../../main/ingest/metadata/photo-credit-mark.ts';
import { signedSlotOutlet } from '../../../../main/ingest/metadata/signed-slot-outlet.ts';
import { mixedScriptOutlet } from '../../../../main/ingest/metadata/mixed-script-outlet.ts';
import { bylineOutlet } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const HEADLINE = 'البلدية تفتح ممرا جديدا للمشاة قرب السوق القديم في المدينة';
const LEDE = 'فتحت البلدية ممرا جديدا للمشاة قرب السوق القديم بعد شكاوى السكان من ازدحام الطريق في ساعات الصباح والمساء.';
const MORE = 'وقال مسؤول في البلدية إن الممر مزود بإنارة ومقاعد، وإن أعمال الصيانة ستتواصل حتى نهاية الشهر المقبل.';

function page(text: string, declared: RawDocument['declared'] = {}): RawDocument {
  return { file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared };
}

function rulesOutlet(...lines: string[]): string | null {
  const raw = page(lines.join('\n'));
  return detectOutlet(raw, splitLines(raw.text)).value;
}

describe('a photo caption closed by «© owner»', () => {
  it('credits the photo, not the page', () => {
    expect(isPhotoCreditMark('المتظاهرون أمام مبنى البلدية صباح اليوم © رويترز')).toBe(true);
    expect(copyrightHolder('المتظاهرون أمام مبنى البلدية صباح اليوم © رويترز')).toBeNull();
    expect(rulesOutlet('RCI', 'راديو كندا الدولي', '', HEADLINE, '', 'المتظاهرون أمام مبنى البلدية صباح اليوم © رويترز', '', LEDE, '', MORE)).toBe('راديو كندا الدولي');
  });
  it('leaves a page\'s copyright one: a year, a reserved clause or the mark alone before the name', () => {
    expect(isPhotoCreditMark('© 2026 راديو كندا الدولي')).toBe(false);
    expect(isPhotoCreditMark('جميع الحقوق محفوظة © راديو كندا الدولي')).toBe(false);
    expect(isPhotoCreditMark('© راديو كندا الدولي')).toBe(false);
    expect(isPhotoCreditMark('موقع الأخبار الأول في المدينة © 2026 شبكة المدينة')).toBe(false);
    expect(copyrightHolder('جميع الحقوق محفوظة © راديو كندا الدولي')).toBe('راديو كندا الدولي');
  });
});

describe('a «words © name» line that is not a wire\'s photo credit (rev23)', () => {
  const footer = 'كل المواد المنشورة في الموقع © صدى المدينة';
  it('reads a site\'s footer as its copyright, the name after the mark its holder', () => {
    expect(isPhotoCreditMark(footer)).toBe(false);
    expect(copyrightHolder(footer)).toBe('صدى المدينة');
    expect(rulesOutlet(HEADLINE, 'الاثنين 12 يناير 2026', LEDE, MORE, footer)).toBe('صدى المدينة');
  });
  it('reads the page\'s own listed masthead after a caption\'s mark as its copyright', () => {
    expect(copyrightHolder('صورة أرشيفية لطلاب في قاعة الامتحان © الأيام')).toBe('الأيام');
  });
  it('takes no name from a caption credited to a wire or to an unlisted photographer', () => {
    expect(siteOwnerAfterMark('المتظاهرون أمام مبنى البلدية صباح اليوم © رويترز')).toBeNull();
    expect(siteOwnerAfterMark('المتظاهرون أمام مبنى البلدية صباح اليوم © سامر العتيبي')).toBeNull();
    expect(siteOwnerAfterMark('كل المواد المنشورة في الموقع © 2026 صدى المدينة')).toBeNull();
  });
});

describe('the writer\'s slot signed by the site', () => {
  it('names the listed outlet that signs it', () => {
    expect(signedSlotOutlet('إعداد: السويداء 24 | نشر في: 2026/01/09 - 13:05')?.name).toBe('السويداء 24');
    expect(signedSlotOutlet('تحرير: عرب ٤٨')?.name).toBe('عرب 48');
    expect(bylineOutlet('تحرير: عرب ٤٨ | تاريخ النشر: 12/01/2026 - 17:50')).toBe('عرب 48');
    expect(rulesOutlet(`# ${HEADLINE}`, '', 'إعداد: السويداء 24 | نشر في: 2026/01/09 - 13:05', '', LEDE, '', MORE)).toBe('السويداء 24');
  });
  it('names no outlet for a person, an agency filing the copy, or another credit\'s slot', () => {
    expect(signedSlotOutlet('إعداد: سامر خليل العتيبي | نشر في: 2026/01/09')).toBeNull();
    expect(signedSlotOutlet('تحرير: وكالة الأنباء الجزائرية')).toBeNull();
    expect(signedSlotOutlet('تصوير: السويداء 24')).toBeNull();
    expect(signedSlotOutlet('رئيس التحرير: السويداء 24')).toBeNull();
  });
});

describe('a publishing company\'s copyright', () => {
  const masthead = ['أثر برس', '', HEADLINE, '', 'دمشق - أثر برس', 'الأربعاء 7 يناير 2026', '', LEDE, '', MORE, ''];
  it('is read as a company\'s, and defers to the listed outlet the page\'s text names', () => {
    expect(copyrightClaim('© جميع الحقوق محفوظة لمؤسسة الأثر للإعلام والنشر 2026')).toEqual({ holder: 'الأثر للإعلام والنشر', company: true });
    expect(rulesOutlet(...masthead, '© جميع الحقوق محفوظة لمؤسسة الأثر للإعلام والنشر 2026')).toBe('أثر برس');
  });
  it('still names the page when the text names no listed outlet, or when the holder is not named as a company', () => {
    expect(rulesOutlet(HEADLINE, '', LEDE, '', MORE, '', '© جميع الحقوق محفوظة لمؤسسة الأثر للإعلام والنشر 2026')).toBe('الأثر للإعلام والنشر');
    expect(copyrightClaim('© 2026 الأثر للإعلام والنشر')?.company).toBe(false);
    expect(rulesOutlet(...masthead, '© 2026 الأثر للإعلام والنشر')).toBe('الأثر للإعلام والنشر');
  });
});

describe('a brand written half in Latin, half in Arabic', () => {
  it('is the listed outlet whose two names it mixes word for word', () => {
    expect(mixedScriptOutlet('Sky News عربية')?.name).toBe('سكاي نيوز عربية');
    expect(mixedScriptOutlet('Independent عربية')?.name).toBe('إندبندنت عربية');
    expect(detectOutlet(page(`${HEADLINE}\n\n${LEDE}\n\n${MORE}`, { outlet: 'Sky News عربية' }), splitLines(`${HEADLINE}\n\n${LEDE}\n\n${MORE}`)).value).toBe('سكاي نيوز عربية');
  });
  it('is no outlet when the words are not one outlet\'s two names, in their places', () => {
    expect(mixedScriptOutlet('عربية Sky News')).toBeNull();
    expect(mixedScriptOutlet('Sky نيوز عربية Arabia')).toBeNull();
    expect(mixedScriptOutlet('Independent نيوز')).toBeNull();
    expect(mixedScriptOutlet('سكاي نيوز عربية')).toBeNull();
  });
});

describe('bylines that name a newsroom', () => {
  it('refuses a name under an outlet\'s kind noun as a writer', () => {
    expect(namesNewsroom('شبكة رووداو الإعلامية', null)).toBe(true);
    expect(detectAuthor(page(''), 'وكالة الأنباء والمعلومات الفلسطينية', null).value).toBeNull();
  });
  it('keeps a person whose name holds such a word later, or a kind noun alone', () => {
    expect(namesNewsroom('محمد الوكالي', null)).toBe(false);
    expect(namesNewsroom('سامي قناة', null)).toBe(false);
    expect(detectAuthor(page(''), 'ليلى الشبكي', null).value).toBe('ليلى الشبكي');
  });
  it('refuses a byline element that is a dateline: a place and the newsroom', () => {
    expect(detectAuthor(page('', { author: 'بيروت - الكلمة أونلاين' }), null, null, null, 'الكلمة أونلاين').value).toBeNull();
    expect(detectAuthor(page('', { author: 'بيروت - العربي الجديد' }), null, null, null, 'الكلمة أونلاين').value).toBeNull();
  });
  it('keeps the writer of a «place - name» byline element', () => {
    expect(detectAuthor(page('', { author: 'بيروت - سارة الحلبي' }), null, null, null, 'الكلمة أونلاين').value).toBe('سارة الحلبي');
  });
});
