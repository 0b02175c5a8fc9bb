import { describe, expect, it } from 'vitest';
import { SKIPPED_REASON, skippedInputLines } from '../../../../main/render/shared/skipped-inputs.ts';

describe('the skipped inputs as the exports list them', () => {
  it('names each file without its folder and says its problem in Arabic from its code, in the given order', () => {
    const lines = skippedInputLines([
      { file: '/tmp/in/mixed/binary.txt', reason: 'the file is binary, not text', code: 'binary' },
      { file: 'C:\\news\\damaged.docx', reason: 'the Word document is damaged', code: 'malformed' },
    ]);
    expect(lines).toEqual([
      { file: 'binary.txt', reason: SKIPPED_REASON.binary },
      { file: 'damaged.docx', reason: SKIPPED_REASON.malformed },
    ]);
  });

  it('keeps the English line of a brief written without a code, or with a code it does not know', () => {
    expect(skippedInputLines([{ file: 'empty.txt', reason: 'the file is empty' }])).toEqual([{ file: 'empty.txt', reason: 'the file is empty' }]);
    expect(skippedInputLines([{ file: 'x.txt', reason: 'a new problem', code: 'not-a-code' }])[0]?.reason).toBe('a new problem');
  });

  it('lists nothing for a brief whose inputs were all read', () => {
    expect(skippedInputLines(undefined)).toEqual([]);
    expect(skippedInputLines([])).toEqual([]);
  });
});
