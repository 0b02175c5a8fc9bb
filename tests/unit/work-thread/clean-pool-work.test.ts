import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../main/model/raw-document.ts';
import { cleanHeld, heldOnes, type HeldDocument } from '../../../main/work-thread/clean-pool-work.ts';

const NOW = new Date('2025-04-10T00:00:00Z');
const raw: RawDocument = { file: 'a.txt', format: 'txt', encoding: 'utf-8', text: 'المجلس البلدي يناقش خطة جديدة لتنظيم الأسواق.', declared: {} };
const held = new Map<number, HeldDocument>([[0, { index: 0, file: 'a.txt', raw }]]);

describe('cleanHeld looks documents up as heldOnes does', () => {
  it('refuses a document never handed to the lane with heldOnes’ error', () => {
    const asked = [{ index: 3, repeated: [] }];
    expect(() => heldOnes(held, asked)).toThrow('document 3 of the batch was never handed to this lane');
    expect(() => cleanHeld(held, NOW, 'batch', asked)).toThrow('document 3 of the batch was never handed to this lane');
  });

  it('cleans a held document', () => {
    const [one] = cleanHeld(held, NOW, 'batch', [{ index: 0, repeated: [] }]);
    expect(one?.index).toBe(0);
    expect(one?.slot).toBeDefined();
  });
});
