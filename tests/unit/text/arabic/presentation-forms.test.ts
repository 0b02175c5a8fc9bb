import { describe, expect, it } from 'vitest';
import { unfoldPresentationForms } from '../../../../main/text/arabic/presentation-forms.ts';

describe('unfoldPresentationForms', () => {
  it('turns shaped letters and the lam-alef ligatures into plain letters in logical order', () => {
    expect(unfoldPresentationForms('\uFE8D\uFEDF\uFEE4\uFEFC\uFEA3\uFE94 \uFEFB \uFEF7\uFEE5')).toBe('الملاحة لا لأن');
  });
  it('leaves plain letters, Latin ligature letters and a byte-order mark alone', () => {
    expect(unfoldPresentationForms('\uFEFFالبحر ﬁ 2025')).toBe('\uFEFFالبحر ﬁ 2025');
  });
});
