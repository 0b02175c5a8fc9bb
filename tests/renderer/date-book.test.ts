import { describe, expect, it } from 'vitest';
import { createDateBook, type DateReading } from '../../renderer/app/date-book.ts';

const reading = (value: string): DateReading => ({ value, days: null, ar: `ع ${value}`, en: `e ${value}`, hijri: null });

describe('the page’s book of dates', () => {
  it('asks the host once for every unknown date of an update, then redraws', async () => {
    const calls: string[][] = [];
    let redraws = 0;
    let flush: () => void = () => undefined;
    const book = createDateBook(
      (texts) => {
        calls.push(texts);
        return Promise.resolve(texts.map((t) => (t === 'x' ? null : reading(t))));
      },
      () => redraws++,
      (run) => (flush = run),
    );
    expect(book.get('--08-26')).toBeUndefined();
    expect(book.get('2024')).toBeUndefined();
    expect(book.get('--08-26')).toBeUndefined();
    expect(book.get('x')).toBeUndefined();
    flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([['--08-26', '2024', 'x']]);
    expect(redraws).toBe(1);
    expect(book.get('--08-26')?.ar).toBe('ع --08-26');
    expect(book.get('x')).toBeNull();
  });

  it('leaves dates unknown when the host cannot answer, and asks again on a later update', async () => {
    let answer: (DateReading | null)[] | null = null;
    let flush: () => void = () => undefined;
    let redraws = 0;
    const book = createDateBook((texts) => Promise.resolve(answer === null ? null : texts.map(reading)), () => redraws++, (run) => (flush = run));
    book.get('2024');
    flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(redraws).toBe(0);
    answer = [];
    expect(book.get('2024')).toBeUndefined();
    flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(book.get('2024')?.en).toBe('e 2024');
    expect(redraws).toBe(1);
  });
});
