import { describe, expect, it } from 'vitest';
import { analystName } from '../../../../main/library/open/analyst-name.ts';

describe('analystName', () => {
  it('takes the name MAWJAZ_ANALYST gives, trimmed', () => {
    expect(analystName({ MAWJAZ_ANALYST: '  أمل  ' })).toBe('أمل');
  });

  it('gives none for a missing, empty, overlong or control-character name, and never reads the OS user', () => {
    expect(analystName({ USER: 'root', LOGNAME: 'root' })).toBeUndefined();
    expect(analystName({ MAWJAZ_ANALYST: '   ' })).toBeUndefined();
    expect(analystName({ MAWJAZ_ANALYST: 'x'.repeat(101) })).toBeUndefined();
    expect(analystName({ MAWJAZ_ANALYST: 'a\nb' })).toBeUndefined();
  });
});
