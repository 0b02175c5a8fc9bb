import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { findOutletMentions, scanOutletMentions } from '../../../../main/ingest/metadata/known-outlets.ts';
import { STUDIED_FORMAT_SETS } from '../../../../scripts/format-training-sets.ts';

// A page's whole-text scan remembers each of its lines' mentions (known-outlets.ts, rememberLines), so that the rules'
// line-by-line scans after it cost nothing: each line must then be answered exactly as a scan of the line alone.
const FORMATS = path.join(import.meta.dirname, '../../../fixtures/formats');
const SEEDS = path.join(import.meta.dirname, '../../../fixtures/seeds');

function texts(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

/** The lines whose remembered mentions differ from a fresh scan of the line, after the page was scanned whole. */
function misremembered(page: string): string[] {
  findOutletMentions(page);
  return splitLines(page)
    .map((l) => l.text)
    .filter((line) => JSON.stringify(findOutletMentions(line)) !== JSON.stringify(scanOutletMentions(line)));
}

describe("a page's scan answers its lines' scans", () => {
  it('gives every line of the studied format sets and the seeds what a scan of the line alone gives', () => {
    // Studied sets only: the honest ones are never read while the code changes.
    const pages = [...STUDIED_FORMAT_SETS.flatMap((set) => texts(path.join(FORMATS, set))), ...texts(SEEDS)];
    expect(pages.length).toBeGreaterThan(300);
    expect(pages.flatMap(misremembered)).toEqual([]);
  });

  it('keeps a name that runs across a line break from changing what a line finds', () => {
    // «وكالة\nالأناضول»: the page's scan finds the agency's full name across the break; the second line alone finds
    // «الأناضول», which the page's name took.
    const page = 'قالت وكالة\nالأناضول إن الاجتماع انتهى\nونقلت الجزيرة عن مصادر أن الوفد غادر';
    expect(scanOutletMentions(page).some((m) => page.slice(m.start, m.end).includes('\n'))).toBe(true);
    expect(scanOutletMentions('الأناضول إن الاجتماع انتهى')).not.toEqual([]);
    expect(misremembered(page)).toEqual([]);
  });

  it('shifts names to where each trimmed line starts, across CRLF, CR and separator breaks and indented lines', () => {
    const page = '  الجزيرة  \r\n\tقال مسؤول لرويترز إن الوفد وصل\rوأفادت العربية\u2028 نقلا عن الأناضول\u2029للعربي الجديد: لا تعليق ';
    expect(misremembered(page)).toEqual([]);
    const line = 'قال مسؤول لرويترز إن الوفد وصل';
    findOutletMentions(page);
    const [reuters] = findOutletMentions(line);
    expect(reuters === undefined ? '' : line.slice(reuters.start, reuters.end)).toBe('رويترز');
  });

  it('answers a line holding a control the line splitter strips, asked with the control or without it', () => {
    const page = 'عنوان الخبر\nقال مصدر \u200Fلرويترز إن الوفد وصل';
    expect(misremembered(page)).toEqual([]);
    const written = 'قال مصدر \u200Fلرويترز إن الوفد وصل';
    expect(findOutletMentions(written)).toEqual(scanOutletMentions(written));
  });
});
