// The ninth pass over the metadata readers (issue 13): the classes of misses untouched-5, -6 and -7 showed, each read
// by a general mechanism and checked here on the mechanism and on its tuned fixture (tests/fixtures/formats/tuned, t70 on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { findDates } from '../../../../main/text/dates/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';

const NOW = '2026-01-15';
const TUNED = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'formats', 'tuned');

function tuned(name: string): ArticleRecord {
  const text = readFileSync(join(TUNED, name), 'utf8');
  return cleanArticle({ file: name, format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });
}

describe('the article date among the page stamps, by position', () => {
  it('takes the stamp under a standfirst of twelve words: the standfirst is not the story yet', () => {
    expect(tuned('t70-agency-standfirst-stamp-under-it.txt').published).toBe('2026-01-05');
  });

  it('takes a stamp alone on a line between the story paragraphs when the head has none', () => {
    expect(tuned('t76-stamp-between-paragraphs.txt').published).toBe('2026-01-02');
  });

  it('prefers a lede that dates itself to a page clock above the headline', () => {
    expect(tuned('t78-page-clock-above-self-dated-lede.txt').published).toBe('2026-01-08');
  });

  it('takes a live page\'s start of coverage over its last update', () => {
    expect(readStamp('بدأت التغطية: 8 كانون الثاني 2026', NOW)).toMatchObject({ value: '2026-01-08', label: 'published' });
    expect(tuned('t75-live-page-start-and-update.txt').published).toBe('2026-01-08');
  });
});

describe('stamps with a credit or a host beside them', () => {
  it('reads a short line of one date and a credit of a few words set apart by a dash or slash', () => {
    expect(readStamp('الرصد- 2 يناير 2026', NOW)?.value).toBe('2026-01-02');
    expect(readStamp('2026/01/05 منصة السهم - خاص', NOW)?.value).toBe('2026-01-05');
    expect(tuned('t72-page-dates-above-then-date-outlet-special.txt').published).toBe('2026-01-05');
    expect(tuned('t73-newsroom-dash-date-under-headline.txt').published).toBe('2026-01-02');
  });

  it('still refuses prose beside a date, dash or not', () => {
    expect(readStamp('وقال الوزير في 2 يناير 2026 - إن الخطة جاهزة', NOW)).toBeNull();
    expect(readStamp('في 2 يناير 2026 قال - الوزير', NOW)).toBeNull();
  });

  it('reads a Latin host beside a clock and an ISO date as the page furniture it is', () => {
    expect(readStamp('arabic.news-portal.example / 08:14:02 2026-01-04', NOW)?.value).toBe('2026-01-04');
  });
});

describe('wire datelines told by their credit', () => {
  it('dates a lede whose date the newsroom\'s bracketed or slashed credit closes, whatever the place', () => {
    expect(tuned('t71-host-clock-stamp-date-slash-newsroom-lede.txt').published).toBe('2026-01-04');
    expect(tuned('t77-wire-unknown-place-initials-credit.txt').published).toBe('2026-01-03');
  });
});

describe('a year-first date with spaced slashes', () => {
  it('reads «2026 / 1 / 3» when both separators are spaced alike, and not a mixed spacing', () => {
    expect(findDates('2026 / 1 / 3').map((m) => m.value)).toContain('2026-01-03');
    expect(findDates('2026 /1/ 3').map((m) => m.value)).not.toContain('2026-01-03');
    expect(tuned('t74-opinion-spaced-year-first-date.txt').published).toBe('2026-01-03');
  });
});
