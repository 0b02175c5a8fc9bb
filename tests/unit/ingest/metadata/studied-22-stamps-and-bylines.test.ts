// The mechanisms of the twenty-second pass (branch meta22), each in text of our own: every case fails without its fix.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { parseByline } from '../../../../main/ingest/metadata/byline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { relativeStamp } from '../../../../main/ingest/metadata/relative-stamp.ts';
import { detectAuthor } from '../../../../main/ingest/metadata/detect-author.ts';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';

const NOW = '2026-01-15';
const HEADLINE = 'البلدية تفتح ممرا جديدا للمشاة قرب السوق القديم في المدينة';
const LEDE = 'فتحت البلدية ممرا جديدا للمشاة قرب السوق القديم بعد شكاوى السكان من ازدحام الطريق في ساعات الصباح والمساء.';
const MORE = 'وقال مسؤول في البلدية إن الممر مزود بإنارة ومقاعد، وإن أعمال الصيانة ستتواصل حتى نهاية الشهر المقبل.';

function read(...lines: string[]): { published: string | null; author: string | null } {
  const r = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared: {} }, { now: NOW });
  return { published: r.published, author: r.author };
}

describe('stamps', () => {
  it('takes a labelled stamp under the story over an unlabelled Hijri clock above the headline', () => {
    expect(read('موقع الواحة', 'الخميس 24 رجب 1447 | آخر تحديث للموقع 10:05', '', HEADLINE, '', LEDE, '', MORE, '', 'نشر في: 1447/7/20 هـ الموافق 2026/1/9 م').published).toBe('2026-01-09');
  });
  it('keeps the date above the headline when a «نشر في» stamp inside the story is a related card\'s', () => {
    // The card's stamp dates another article: the story's prose goes on after it.
    const card = ['البلدية تغلق الممر القديم للصيانة', 'نشر في: 2025/6/3'];
    expect(read('الأربعاء 14 يناير 2026', '', HEADLINE, '', LEDE, '', ...card, '', MORE).published).toBe('2026-01-14');
  });
  it('reads a CMS meta row of writer, stamp and views, and French abbreviated weekdays', () => {
    expect(readStamp('Rédigé par : سمير الودغيري | Publié le 11/01/2026 à 09:20 | 87 vues', NOW)?.value).toBe('2026-01-11');
    expect(readStamp('Publié le : Lun. 12 janv. 2026', NOW)?.value).toBe('2026-01-12');
    expect(readStamp('fredag 9 januari 2026', NOW)?.value).toBe('2026-01-09');
    // The Italian, Spanish, Scandinavian and Dutch labels mark the publication as the French and English ones do.
    for (const line of ['Pubblicato il 9 gennaio 2026', 'Publicado el 9 de enero de 2026', 'Publicerad 9 januari 2026', 'Gepubliceerd op 9 januari 2026'])
      expect(readStamp(line, NOW)?.label).toBe('published');
    // A row whose other field is prose is no stamp.
    expect(readStamp('قال الوزير في مؤتمر صحفي مطول إنه | Publié le 11/01/2026', NOW)).toBeNull();
  });
  it('reads Facebook\'s «2 يوم» as two days before the import', () => {
    expect(relativeStamp('\u200f2 يوم\u200f · 🌐', NOW)).toBe('2026-01-13');
  });
  it('reads a <time> element\'s title when it has no datetime', () => {
    const html = `<html><body><article><h1>${HEADLINE}</h1><time title="الأحد 11 كانون الثاني 2026 - 09:00">منذ 4 أيام</time><p>${LEDE}</p><p>${MORE}</p></article></body></html>`;
    const raw = readHtmlFile('a.html', Buffer.from(html));
    expect(raw.declared.published).toBe('الأحد 11 كانون الثاني 2026 - 09:00');
  });
  it('reads no <time> title in the site\'s header, menus, footer or sidebars (a ticker\'s, another article\'s date)', () => {
    const ticker = '<header><div class="ticker"><a href="/b">انقطاع المياه عن الحي الغربي</a> <time title="الثلاثاء 9 كانون الأول 2025 - 08:00">منذ شهر</time></div></header>';
    const html = `<html><body>${ticker}<article><h1>${HEADLINE}</h1><p>${LEDE}</p><p>${MORE}</p></article></body></html>`;
    expect(readHtmlFile('a.html', Buffer.from(html)).declared.published).toBeUndefined();
  });
});

describe('bylines', () => {
  it('reads «المراسل: name», drops a signature\'s word of standing and refuses a desk', () => {
    expect(parseByline('المراسل: سامر خليل العتيبي')).toBe('سامر خليل العتيبي');
    expect(parseByline('المراسل: الخرطوم')).toBeNull();
    expect(parseByline('بقلم: المهندس خالد عمر الزوي - طرابلس')).toBe('خالد عمر الزوي');
    expect(parseByline('كتب المحرر الاقتصادي:')).toBeNull();
    expect(parseByline('Rédigé par : سمير الودغيري')).toBe('سمير الودغيري');
  });
  it('reads a name after a writer\'s profession under the headline, and a name in the byline slot over the stamp', () => {
    expect(read('موقع الواحة', '', HEADLINE, '', 'الصحفي خالد عمر الزوي', 'السبت 10 يناير 2026', '', LEDE, '', MORE).author).toBe('خالد عمر الزوي');
    expect(read('موقع الواحة', '', HEADLINE, '', 'نوال بورقعة', 'السبت 10 يناير 2026', '', LEDE, '', MORE).author).toBe('نوال بورقعة');
  });
  it('takes no kicker, desk, place phrase or body in the byline slot for a writer', () => {
    for (const slot of ['مدينة صفاقس', 'ضواحي صفاقس', 'حوار خاص', 'شؤون مغاربية', 'مكتب عمان', 'مراسلون بلا حدود'])
      expect(read('موقع الواحة', '', HEADLINE, '', slot, 'السبت 10 يناير 2026', '', LEDE, '', MORE).author).toBeNull();
  });
  it('gives no writer for a declared byline of the page and the wire it carries, and drops a declared title', () => {
    const raw = (author: string) => ({ file: 'a.html', format: 'html' as const, encoding: 'utf-8', text: '', declared: { author } });
    expect(detectAuthor(raw('الجزيرة - أ ف ب'), null, null, null, 'الجزيرة').value).toBeNull();
    expect(detectAuthor(raw('أ.د. سامر خليل العتيبي'), null, null, null, null).value).toBe('سامر خليل العتيبي');
  });
  it('reads a CMS reporter field Readability does not know', () => {
    const html = `<html><body><article><h1>${HEADLINE}</h1><span class="reporter">المراسل: سامر خليل العتيبي</span><p>${LEDE}</p><p>${MORE}</p></article></body></html>`;
    expect(readHtmlFile('a.html', Buffer.from(html)).declared.author).toBe('سامر خليل العتيبي');
  });
  it('takes no place or outlet desk in the reporter field for a writer', () => {
    for (const field of ['المراسل: صفاقس', 'صفاقس', 'مراسل الجزيرة نت']) {
      const html = `<html><body><article><h1>${HEADLINE}</h1><span class="reporter">${field}</span><p>${LEDE}</p><p>${MORE}</p></article></body></html>`;
      expect(readHtmlFile('a.html', Buffer.from(html)).declared.author).toBeUndefined();
    }
  });
});
