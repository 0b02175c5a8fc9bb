import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../../main/ingest/metadata/byline.ts';

// Lines of our own. A byline may print its date after the name behind a middle dot, a bullet or a bar, the weekday
// first or not: the name ends at that separator.
describe('a byline\'s date after a middle dot', () => {
  it('ends the name at the dot or bullet before the date', () => {
    expect(parseByline('كتب: سعاد المحمد · الاثنين 12 يناير 2026')).toBe('سعاد المحمد');
    expect(parseByline('كتب: سعاد المحمد · 12 يناير 2026')).toBe('سعاد المحمد');
    expect(parseByline('بقلم: سعاد المحمد • الاثنين 12 يناير 2026')).toBe('سعاد المحمد');
  });

  it('reads no writer when only the dot and the date follow the cue', () => {
    expect(parseByline('كتب: · الاثنين 12 يناير 2026')).toBeNull();
  });
});
