import { describe, expect, it } from 'vitest';
import { joinNameKeys, nameKey } from '../../../../main/text/gazetteer/name-key.ts';

describe('name keys', () => {
  it('folds compounds, kunyas and «ابن», the same on every call (memoised)', () => {
    for (let round = 0; round < 2; round++) {
      expect(joinNameKeys(['عبد', 'الله', 'ابن', 'علي'])).toBe('عبدالله بن علي');
      expect(joinNameKeys(['ابا', 'بكر'])).toBe('ابوبكر');
      expect(joinNameKeys(['ابي', 'ظبي'])).toBe('ابوظبي');
      expect(joinNameKeys(['مدينة', 'ابن'])).toBe('مدينة ابن');
      expect(joinNameKeys([])).toBe('');
    }
  });

  it('gives one key for the spellings of a name', () => {
    expect(nameKey('عبد الله')).toBe(nameKey('عبدالله'));
    expect(nameKey('أبو ظبي')).toBe(nameKey('أبوظبي'));
  });
});
