import type { SomeHandlers } from '../handler.ts';

/** Dates read and said by the Arabic date layer, for a page that has no date tables of its own. */
export const dateHandlers = {
  'dates:read': async (req) => {
    // The date layer (its patterns, lexicons and calendars) loads with the first dates read, not with the API: most
    // commands never read one (`mawjaz render` imported it for nothing, ≈ 20 ms of its CPU).
    const { readDate } = await import('../../text/dates/read-date.ts');
    return { dates: req.texts.map(readDate) };
  },
} satisfies SomeHandlers;
