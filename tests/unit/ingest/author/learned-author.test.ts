import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { classifyLines } from '../../../../main/ingest/clean/classify-lines.ts';
import { learnedAuthor } from '../../../../main/ingest/author/learned-author.ts';
import { readAuthor } from '../../../../main/ingest/author/read-author.ts';

// A page of our own: a headline, a byline with its cue word, and the story.
const text = [
  'افتتاح جسر جديد فوق نهر المدينة',
  'بقلم: محمد عبد الرحيم',
  'افتتحت البلدية صباح اليوم جسرا جديدا فوق نهر المدينة بعد ثلاث سنوات من العمل، وقال رئيس البلدية إن الجسر سيخفف الزحام في وسط المدينة.',
].join('\n');
const raw: RawDocument = { file: 'page.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
const lines = classifyLines(text, { now: '2026-01-15' }).lines;

describe('learnedAuthor', () => {
  it('keeps the rules\' read, its basis included, when it picks the rules\' name', () => {
    const rules = { value: 'محمد عبد الرحيم', basis: 'inferred' as const };
    expect(learnedAuthor(raw, lines, null, rules, new Map([['rules', 3]]))).toBe(rules);
  });

  it('gives a pick of its own as the page states it, and nothing when «no author» wins', () => {
    const none = { value: null, basis: 'unknown' as const };
    expect(learnedAuthor(raw, lines, null, none, new Map([['src:cue', 3]]))).toEqual({ value: 'محمد عبد الرحيم', basis: 'explicit' });
    expect(learnedAuthor(raw, lines, null, none, new Map([['none', 3]]))).toEqual(none);
  });
});

describe('readAuthor', () => {
  it('gives the rules\' read when told, and the shipped chooser\'s when told', () => {
    const rules = { value: null, basis: 'unknown' as const };
    expect(readAuthor(raw, lines, null, rules, 'rules')).toBe(rules);
    expect(readAuthor(raw, lines, null, rules, 'learned').value).toBe('محمد عبد الرحيم');
  });
});
