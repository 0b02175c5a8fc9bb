import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/text/sha256.ts';
import { sha256Hex as trainingSha256Hex } from '../../../main/analysis/ner/training-inputs.ts';

describe('sha256Hex', () => {
  it('gives the standard digest of a text (FIPS 180-2’s «abc» vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a text as its UTF-8 bytes, so a file’s bytes and its decoded text agree', () => {
    const text = 'قال الوزير أمس';
    expect(sha256Hex(new TextEncoder().encode(text))).toBe(sha256Hex(text));
    expect(sha256Hex(new Uint8Array([0xff, 0x00, 0x80]))).not.toBe(sha256Hex('\u00ff\u0000\u0080'));
  });

  it('is the one function the entity model’s training inputs name', () => {
    expect(trainingSha256Hex).toBe(sha256Hex);
  });
});
