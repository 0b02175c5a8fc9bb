import type { Response } from '../../main/api/contract.ts';
import { createHostBook, type AskHost, type HostBook } from './host-book.ts';

/** A date understood by the host's date layer: its value, the days it covers, its words and its Hijri day. */
export type DateReading = NonNullable<Response<'dates:read'>['dates'][number]>;

/**
 * The dates the page has had read, by their text: a date shown or typed is read once by the host (`dates:read`,
 * the Arabic date layer) and kept here (see HostBook).
 */
export type DateBook = HostBook<DateReading>;

export type ReadDates = AskHost<DateReading>;

export function createDateBook(readDates: ReadDates, onLearnt: () => void, later?: (run: () => void) => void): DateBook {
  return createHostBook(readDates, onLearnt, later);
}
