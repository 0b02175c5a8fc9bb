/**
 * The story-date resolver: the dates of an article's story, resolved against the article's date and
 * checked (see story-checks.ts). Dates inside a URL («/2024/12/27/») name a page, not an event.
 */
import { findDates } from './find-dates.ts';
import { checkStoryDates, type StoryDate } from './story-checks.ts';
import type { DateContext } from './types.ts';

const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|tv|co|me|io|ae|sa|eg|iq|sy|lb|jo|ps|qa|kw|ma|dz|tn|ly|sd|ye|om|bh|uk|fr|de|ru|tr)(?:\.[a-z]{2})?\/\S*/giu;

/** The [start, end) spans of the URLs in a text. */
export function urlSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The checked story dates of a text (a body or a sentence) against its article's date: findDates, minus
 * the dates inside URLs, with each date's weekday and tense checks. Never throws.
 */
export function resolveStoryDates(text: string, context?: DateContext): StoryDate[] {
  try {
    const urls = urlSpans(text);
    const mentions = findDates(text, context).filter((m) => !urls.some(([s, e]) => m.start < e && m.end > s));
    return checkStoryDates(text, mentions, context?.reference);
  } catch {
    return [];
  }
}
