// The mechanisms of the pass on untouched-26's dates and bylines (branch meta24), each in text of our own: every
// positive case fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { parseByline, parseOutletByline, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';
import { placeNewsroomWriter } from '../../../../main/ingest/metadata/dateline-byline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { isDescriptionOnly } from '../../../../main/ingest/metadata/outlet-tagline.ts';
import { detectTitle } from '../../../../main/ingest/metadata/detect-title.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';
import { splitTitleSuffix } from '../../../../main/ingest/readers/html-metadata.ts';
import { pageSources } from '../../../../main/ingest/outlet/outlet-sources.ts';

const NOW = '2026-01-15';
const HEADLINE = 'البلدية تفتح ممرا جديدا للمشاة قرب السوق القديم في المدينة';
const LEDE = 'فتحت البلدية ممرا جديدا للمشاة قرب السوق القديم بعد شكاوى السكان من ازدحام الطريق في ساعات الصباح والمساء.';
const MORE = 'وقال مسؤول في البلدية إن الممر مزود بإنارة ومقاعد، وإن أعمال الصيانة ستتواصل حتى نهاية الشهر المقبل.';

function read(lines: readonly string[], declared: RawDocument['declared'] = {}): { published: string | null; author: string | null; title: string | null } {
  const r = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared }, { now: NOW });
  return { published: r.published, author: r.author, title: r.title };
}

describe('a byline name followed by Latin words', () => {
  it('keeps the Arabic name without its Latin spelling or the honours after it', () => {
    expect(parseByline('بقلم سامي العطار Sami Al-Attar')).toBe('سامي العطار');
    expect(parseByline('بقلم: هدى الفارس OAM')).toBe('هدى الفارس');
  });
  it('keeps a name written in Latin letters alone, and one Arabic word before Latin ones', () => {
    expect(parseByline('By Jane Doe')).toBe('Jane Doe');
    expect(parseByline('بقلم Jean Dupont')).toBe('Jean Dupont');
  });
});

describe('a second contributor\'s field after a middle dot', () => {
  it('ends the writer\'s name before it', () => {
    expect(parseByline('الكاتبة: رنا الخطيب · ترجمة إلى الكردية: هوزان أحمد')).toBe('رنا الخطيب');
  });
  it('reads no field where the dot sets apart no role and colon', () => {
    expect(parseByline('الكاتبة: رنا الخطيب · هوزان أحمد')).toBeNull();
  });
});

describe('two slashes for the cue word', () => {
  it('read the name on a line of its own after them as the writer', () => {
    expect(parseByline('// محمد الإدريسي')).toBe('محمد الإدريسي');
    expect(read([HEADLINE, '', 'الخميس 08 يناير 2026', '', '// محمد الإدريسي', '', LEDE, '', MORE]).author).toBe('محمد الإدريسي');
  });
  it('read no writer from a comment, a path or words that are no name', () => {
    expect(parseByline('// التحديث القادم للموقع')).toBeNull();
    expect(parseByline('//cdn.example.com/img')).toBeNull();
  });
});

describe('a masthead\'s name, a dash and describing words', () => {
  it('name no writer: the description is the tagline\'s', () => {
    expect(isDescriptionOnly('اقتصادية يومية')).toBe(true);
    expect(parseOutletByline('صحيفة الاقتصادية – يومية متخصصة')).toBeNull();
    expect(parsePlaceByline('جريدة الوطن – سياسية مستقلة')).toBeNull();
    expect(read(['الاقتصادية', 'صحيفة الاقتصادية – يومية متخصصة', '', HEADLINE, '', 'كتب: سامح عبد الرحمن', '2026-01-10 11:20', '', LEDE, '', MORE]).author).toBe('سامح عبد الرحمن');
  });
  it('leave a writer\'s name after a listed outlet, and one describing word (a name may be one)', () => {
    expect(parseOutletByline('صحيفة الاقتصادية – سامح عبد الرحمن')?.author).toBe('سامح عبد الرحمن');
    expect(isDescriptionOnly('يومية')).toBe(false);
    expect(isDescriptionOnly('نادية يومية')).toBe(false);
  });
});

describe('a dateline of place, newsroom and writer, a role in brackets after the name', () => {
  const mastheads = ['صوت الجامعة', 'صحيفة تدريبية يصدرها قسم الإعلام'];
  it('names the writer when the newsroom is the masthead\'s name', () => {
    expect(placeNewsroomWriter('عمان – صوت الجامعة – قصي المجالي (طالب إعلام)', mastheads)).toBe('قصي المجالي');
    // A given name the gazetteer lacks, a person's post in the brackets.
    expect(placeNewsroomWriter('عمان – صوت الجامعة – يزن المجالي (طالب إعلام)', mastheads)).toBe('يزن المجالي');
    expect(placeNewsroomWriter('عمان – صوت الجامعة – محمد المجالي', mastheads)).toBe('محمد المجالي');
  });
  it('names none when the middle part is no newsroom of the page, the brackets hold a place, or no post confirms an unknown given name', () => {
    expect(placeNewsroomWriter('عمان – وزارة التربية – محمد المجالي', mastheads)).toBeNull();
    expect(placeNewsroomWriter('عمان – صوت الجامعة – قصي المجالي (إربد)', mastheads)).toBeNull();
    expect(placeNewsroomWriter('عمان – صوت الجامعة – يزن المجالي (الجزء الثاني)', mastheads)).toBeNull();
  });
});

describe('a blog\'s «نشرها name» with a relative stamp after the name', () => {
  it('reads the owner as the writer and the stamp against the import date', () => {
    expect(parseByline('نشرتها ليلى المنصوري أمس على الساعة 19:40')).toBe('ليلى المنصوري');
    expect(readStamp('نشرتها ليلى المنصوري أمس على الساعة 19:40', NOW)?.value).toBe('2026-01-14');
    expect(read(['مدونة معلمة', '', HEADLINE, '', 'نشرها سامي العطار أمس على الساعة 21:10', '', LEDE, '', MORE]).published).toBe('2026-01-14');
  });
  // Review rev24 finding 7: one cue (byline.ts POSTED_IT) serves both readers, so every form reads in both.
  it('reads every form of the cue alike in the byline and the stamp readers', () => {
    for (const cue of ['نشرها', 'نشره', 'نشرته', 'نشرتها']) {
      expect(parseByline(`${cue} هالة الشامي أمس على الساعة 08:15`)).toBe('هالة الشامي');
      expect(readStamp(`${cue} هالة الشامي أمس على الساعة 08:15`, NOW)?.value).toBe('2026-01-14');
    }
  });
  it('reads no writer when a site or prose follows the cue, and no stamp from such a line', () => {
    expect(parseByline('نشره الموقع أمس على الساعة 21:10')).toBeNull();
    expect(parseByline('نشرها الوزير على حسابه في منصة إكس')).toBeNull();
    expect(readStamp('نشرها الوزير على حسابه أمس', NOW)).toBeNull();
  });
});

// Review rev24 finding 9: «على» leads a Maghreb page's clock, but it normalises to the given name «علي».
describe('«على» beside a relative stamp', () => {
  it('counts as a stamp word only in the pair «على الساعة»', () => {
    expect(readStamp('أمس على الساعة 21:10', NOW)?.value).toBe('2026-01-14');
    expect(readStamp('مساء أمس على الساعة 20:05', NOW)?.value).toBe('2026-01-14');
  });
  it('leaves the given name «علي» beside a relative day a name: no stamp line', () => {
    expect(readStamp('أمس · علي', NOW)).toBeNull();
    expect(readStamp('منذ ساعتين · علي', NOW)).toBeNull();
    expect(readStamp('علي منذ 3 س', NOW)).toBeNull();
  });
});

describe('a dashed stamp beside an English meridiem', () => {
  it('is read month first when day first it would come after the import', () => {
    expect(readStamp('01-12-2026 09:14 AM', NOW)?.value).toBe('2026-01-12');
  });
  it('stays day first with an Arabic meridiem or no clock, and when the day-first reading has come', () => {
    expect(readStamp('01-12-2026 09:14 ص', NOW)?.value).toBe('2026-12-01');
    expect(readStamp('01-12-2026', NOW)?.value).toBe('2026-12-01');
    expect(readStamp('12-01-2026 09:14 AM', NOW)?.value).toBe('2026-01-12');
  });
});

describe('a declared publication time in ISO 8601\'s basic form', () => {
  it('dates the page by its day', () => {
    expect(read([HEADLINE, '', LEDE, '', MORE], { published: '20260112T1410+0000' }).published).toBe('2026-01-12');
  });
  it('is not read from eight figures that make no month and day', () => {
    // Review rev24 finding 8: the exact read, not a string no reader could give. Month 13 leaves only the year;
    // 31 February makes no day of a real month, and no date is read at all.
    expect(read([HEADLINE, '', LEDE, '', MORE], { published: '20261399T1410' }).published).toBe('2026');
    expect(read([HEADLINE, '', LEDE, '', MORE], { published: '20260231T1410' }).published).toBeNull();
  });
});

describe('a title tag whose suffix sets the date before the site\'s name', () => {
  const page = (title: string): RawDocument => ({ file: 'a.html', format: 'html', encoding: 'utf-8', text: LEDE, declared: { title } });
  it('loses the suffix', () => {
    expect(detectTitle(page(`${HEADLINE} - 12.01.2026, سبوتنيك عربي`), null, 'سبوتنيك عربي').value).toBe(HEADLINE);
  });
  it('keeps a suffix of a date and words that are no outlet', () => {
    const title = `${HEADLINE} - 12.01.2026, تقرير خاص`;
    expect(detectTitle(page(title), null, 'سبوتنيك عربي').value).toBe(title);
  });
  // Review rev24 finding 10: the outlet read from the same suffix is the site, not «date, site».
  it('gives the site, without the date, as the declared outlet and the title tag\'s candidate', () => {
    const tag = `${HEADLINE} - 11.01.2026, وكالة أنباء الواحة`;
    expect(splitTitleSuffix(tag)).toEqual({ title: HEADLINE, outlet: 'وكالة أنباء الواحة' });
    const html = `<html><head><title>${tag}</title></head><body><h1>${HEADLINE}</h1><p>${LEDE}</p></body></html>`;
    expect(readHtmlFile('a.html', new TextEncoder().encode(html)).declared.outlet).toBe('وكالة أنباء الواحة');
    expect(pageSources(page(tag), undefined).find((s) => s.kind === 'title-tag')?.name).toBe('وكالة أنباء الواحة');
  });
});
