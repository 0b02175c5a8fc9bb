import { describe, expect, it } from 'vitest';
import { clauseTiming } from '../../../../main/text/dates/tense-cues.ts';

// A date after a newswire verb in the present reads as scheduled; the present must be the verb's real one for
// hollow, assimilated, defective, hamzated and passive verbs (revC 7), not the perfect with «ي/ت» put before it.
describe('the present of newswire verbs that no prefix rule derives', () => {
  it.each([
    'ويتوقع أن يصل الوفد في',
    'يعود الرئيس إلى البلاد في',
    'يزور الوزير عمان في',
    'يؤكد الوزير في',
    'يقر البرلمان الميزانية في',
    'تنجو المدينة في',
  ])('«%s …» is scheduled', (before) => expect(clauseTiming(before, '')).toBe('scheduled'));

  it.each([
    ['يقال', 'the passive "it is said", not «قال»\'s present'],
    ['يوصل', 'no present of «وصل»'],
    ['ياقر', 'no present of «أقر»'],
    ['يمات', 'no present of «مات»'],
    ['زيارة إلى تدمر في', 'Palmyra, not «دمر»\'s present'],
    ['توقع الخبراء في', 'the noun "forecast"'],
  ])('«%s» is no scheduling present (%s)', (before) => expect(clauseTiming(before, '')).toBeNull());
});
