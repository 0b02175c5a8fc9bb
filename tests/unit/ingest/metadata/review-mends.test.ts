// The review's findings on the date layer (branch mendB), each in strings written for the test: a relative stamp
// after the page's clock on a page without a headline line; a story's date after an address that opens a line; a
// «joined» verb ending a short line above a real stamp; a story's number over a month and year.
import { describe, expect, it } from 'vitest';
import { detectPublished, type PageLine } from '../../../../main/ingest/metadata/detect-published.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const NOW = '2026-01-15';
const STORY = 'افتتحت البلدية صباح الأحد مكتبة صغيرة في الحديقة العامة تضم ألفي كتاب للأطفال والكبار على السواء.';
const MORE = 'وقال القائمون عليها إن المكتبة ستفتح أبوابها يوميا حتى المساء، وإن الإعارة مجانية لسكان الحي.';
const RAW: RawDocument = { file: 'a.txt', format: 'txt', encoding: 'utf-8', text: '', declared: {} };

/** The page's lines, numbered, each with the cleaner's reason (null: kept in the story). */
function page(...rows: [string, string | null][]): PageLine[] {
  return rows.map(([text, reason], index) => ({ index, text, reason }));
}

function published(lines: PageLine[], titleLine: number | null): string | null {
  return detectPublished(RAW, lines, titleLine, lines.filter((l) => l.reason === null).map((l) => l.text).join('\n'), NOW).value;
}

describe('a relative stamp against the page clock', () => {
  const clock: [string, string | null] = ['الخميس 15 يناير 2026', 'furniture'];
  const sidebar: [string, string | null] = ['منذ 3 أيام', 'fragment'];

  it('is the article’s between the clock and the headline', () => {
    expect(published(page(clock, sidebar, ['مكتبة جديدة للأطفال في الحديقة العامة', 'title'], [STORY, null], [MORE, null]), 2)).toBe('2026-01-12');
  });

  it('is not placed so on a page without a headline line: the clock stands', () => {
    expect(published(page(clock, sidebar, ['أخبار المدينة', 'furniture'], [STORY, null], [MORE, null]), null)).toBe('2026-01-15');
  });

  it('is not the article’s when a sidebar prints it above the clock', () => {
    expect(published(page(sidebar, clock, ['مكتبة جديدة للأطفال في الحديقة العامة', 'title'], [STORY, null], [MORE, null]), 2)).toBe('2026-01-15');
  });
});

describe('a line that opens with an address', () => {
  const story = (line: string): PageLine[] => page(['مكتبة جديدة للأطفال في الحديقة العامة', 'title'], [line, 'embed'], [STORY, null], [MORE, null]);

  it('dates the page by the address’s own spaced path', () => {
    expect(published(story('https://x.com/newspapers/الصومال الجديد/2026-01-06/so'), 0)).toBe('2026-01-06');
  });

  it('does not take the prose after it for its path, nor another address the prose cites', () => {
    expect(published(story('https://t.co/x قال الوزير في 12 /2026/01/12/ بيانه'), 0)).toBeNull();
    expect(published(story('https://t.co/x قال وزير الثقافة أمس أمام الحضور في المكتبة /2026/01/12/'), 0)).toBeNull();
    expect(published(story('https://t.co/x انظر https://site.example/2026/01/12/story'), 0)).toBeNull();
  });
});

describe('a stamp under a short line that ends with «joined» or «since»', () => {
  const under = (label: string): PageLine[] =>
    page(['مكتبة جديدة للأطفال في الحديقة العامة', 'title'], [label, 'fragment'], ['12 يناير 2026', 'dateline'], [STORY, null], [MORE, null]);

  it('is the article’s when the verb ends a sentence’s line', () => {
    expect(published(under('المدرب الذي انضمت'), 0)).toBe('2026-01-12');
    expect(published(under('The coach has served since'), 0)).toBe('2026-01-12');
  });

  it('is the day a member joined under a profile’s label, with its colon or a member’s word', () => {
    expect(published(under('انضمت:'), 0)).toBeNull();
    expect(published(under('Joined:'), 0)).toBeNull();
    expect(published(under('عضو منذ'), 0)).toBeNull();
  });
});

describe('a day badge over two lines', () => {
  it('dates the page in the head', () => {
    expect(published(page(['12', 'fragment'], ['يناير 2026', 'fragment'], ['مكتبة جديدة للأطفال في الحديقة العامة', 'title'], [STORY, null], [MORE, null]), 2)).toBe('2026-01-12');
  });

  it('is not read out of the story’s lines: a number over a month and year there is the story’s', () => {
    const lines = page(['مكتبة جديدة للأطفال في الحديقة العامة', 'title'], [STORY, null], ['12', null], ['يناير 2026', null], [MORE, null]);
    expect(published(lines, 0)).toBeNull();
  });
});
