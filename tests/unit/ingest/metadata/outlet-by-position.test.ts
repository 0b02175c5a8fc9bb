import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { hostLabel, hostSpells } from '../../../../main/ingest/metadata/host-skeleton.ts';
import { plausibleOutletName } from '../../../../main/ingest/metadata/outlet-name-guard.ts';
import { outletBySlot, slotNames } from '../../../../main/ingest/metadata/slot-outlet.ts';

const LEDE = 'افتتحت البلدية صباح اليوم جسرا جديدا فوق الوادي بعد أشهر من الأعمال التي عطلت حركة السير في المدينة';
const MORE = 'وقال رئيس البلدية إن الجسر سيخفف الازدحام على الطريق القديم وإن أعمال الإنارة ستكتمل الشهر المقبل';

function slots(text: string, url?: string): { name: string; slot: string }[] {
  return slotNames(splitLines(text), url);
}

function outletOf(text: string): string | null {
  return cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' }).outlet;
}

describe('outlet by position: a name the list does not know, where only an outlet stands', () => {
  it('reads the name on either side of a known place in the opening dateline', () => {
    expect(slots(`جسر جديد فوق الوادي\nنجمة الساحل للأنباء(نواكشوط): ${LEDE}`)).toContainEqual({ name: 'نجمة الساحل للأنباء', slot: 'dateline' });
    expect(slots(`جسر جديد فوق الوادي\nالموصل (صدى الرافدين نيوز) – ${LEDE}`)).toContainEqual({ name: 'صدى الرافدين نيوز', slot: 'dateline' });
    expect(slots(`جسر جديد فوق الوادي\nمنارة الجنوب – طرابلس.\n${LEDE}`)).toContainEqual({ name: 'منارة الجنوب', slot: 'dateline' });
    expect(slots(`جسر جديد فوق الوادي\nالرباط/نبض المغرب/أخبار وطنية\n${LEDE}`)).toContainEqual({ name: 'نبض المغرب', slot: 'dateline' });
  });

  it('never reads a place, a person or a sentence there', () => {
    expect(slots(`جسر جديد فوق الوادي\nالكويت - وزارة الأشغال تعلن ${LEDE}`)).toEqual([]);
    expect(slots(`جسر جديد فوق الوادي\nبغداد - محمد علي - ${LEDE}`)).toEqual([]);
    expect(slots(`جسر جديد فوق الوادي\nوقال الوزير: ${LEDE}`)).toEqual([]);
    expect(plausibleOutletName('القاهرة')).toBe(false);
    expect(plausibleOutletName('أحمد الحسيني')).toBe(false);
    expect(plausibleOutletName('الرئيسية')).toBe(false);
    expect(plausibleOutletName('مرآة الوادي')).toBe(true);
  });

  it('reads «X : story» opening the story, and raises a name two slots agree on', () => {
    const page = `جسر جديد فوق الوادي\nمرآة الوادي: ${LEDE}\n${MORE}\nمواضيع ذات صلة\nمرآة الوادي`;
    expect(outletBySlot(splitLines(page), undefined)).toEqual({ name: 'مرآة الوادي', agreeing: 2 });
    expect(outletOf(page)).toBe('مرآة الوادي');
    // A label opening a line is no newsroom.
    expect(slots(`جسر جديد فوق الوادي\nعاجل: ${LEDE}`)).toEqual([]);
  });

  it('reads no outlet from a name only the opening of the story gives: the subject of its first sentence as often as its newsroom', () => {
    const page = `جسر جديد فوق الوادي\nمعرض الوادي للكتاب: ${LEDE}\n${MORE}`;
    expect(slots(page)).toContainEqual({ name: 'معرض الوادي للكتاب', slot: 'opening' });
    expect(outletBySlot(splitLines(page), undefined)).toBeNull();
    expect(outletOf(page)).toBeNull();
    // A desk signing for its newsroom is the page's byline, not its prose.
    expect(outletOf(`جسر جديد فوق الوادي\nكتب المحرر السياسي لمرآة الوادي: ${LEDE}\n${MORE}`)).toBe('مرآة الوادي');
  });

  it('reads the site name the URL host spells in Latin letters', () => {
    expect(hostLabel('https://www.thakiratalsharq.com/opinion/1')).toBe('thakiratalsharq');
    expect(hostLabel('https://elmakal.dz/author/x')).toBe('elmakal');
    expect(hostSpells('thakiratalsharq', 'ذاكرة الشرق')).toBe(true);
    expect(hostSpells('daralmaref', 'دار المعارف')).toBe(true);
    expect(hostSpells('daralmaref', 'دار الهلال')).toBe(false);
    expect(slots(`https://www.sadaalwadi.net/news/12\nصدى الوادي\nجسر جديد فوق الوادي\n${LEDE}`, 'https://www.sadaalwadi.net/news/12')).toContainEqual({ name: 'صدى الوادي', slot: 'host' });
  });

  it('reads an institution heading its own page, a site name over a menu, a role and an issuer', () => {
    expect(slots(`وزارة الأشغال العامة\nأخبار الوزارة\n${LEDE}`)).toContainEqual({ name: 'وزارة الأشغال العامة', slot: 'header' });
    expect(slots(`نبض الوادي\nالرئيسية محليات رياضة اتصل بنا\n${LEDE}`)).toContainEqual({ name: 'نبض الوادي', slot: 'header' });
    expect(slots(`${LEDE}\nضيوف الحلقة:\nسامي النجار - مراسل قناة الوادي - حلب`)).toContainEqual({ name: 'قناة الوادي', slot: 'role' });
    expect(slots(`جسر جديد فوق الوادي\nتاريخ النشر 08-01-2026 الجهة هيئة الطرق والجسور\n${LEDE}`)).toContainEqual({ name: 'هيئة الطرق والجسور', slot: 'issuer' });
  });

  it('keeps a section heading that repeats at the foot out of the slot', () => {
    expect(outletBySlot(splitLines(`أخبار عاجلة\n${LEDE}\n${MORE}\nأخبار عاجلة`), undefined)).toBeNull();
  });

  it('takes an institution whole from its copyright line, not the paper its name holds', () => {
    expect(outletOf(`جسر جديد فوق الوادي\n${LEDE}\n${MORE}\nجميع الحقوق محفوظة © سفارة دولة فلسطين لدى الجمهورية اللبنانية 2026`)).toBe('سفارة دولة فلسطين لدى الجمهورية اللبنانية');
  });
});
