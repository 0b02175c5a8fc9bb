import { readDate } from '../../text/dates/read-date.ts';
import type { SomeHandlers } from '../handler.ts';

/** Dates read and said by the Arabic date layer, for a page that has no date tables of its own. */
export const dateHandlers = {
  'dates:read': (req) => ({ dates: req.texts.map(readDate) }),
} satisfies SomeHandlers;
