import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/text/sha256.ts';

describe('sha256Hex', () => {
  it('gives the standard digest of a text (FIPS 180-2’s «abc» vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a text as its UTF-8 bytes, so a file’s bytes and its decoded text agree', () => {
    const text = 'قال الوزير أمس';
    expect(sha256Hex(new TextEncoder().encode(text))).toBe(sha256Hex(text));
    expect(sha256Hex(new Uint8Array([0xff, 0x00, 0x80]))).not.toBe(sha256Hex('\u00ff\u0000\u0080'));
  });

  it('hashes its parts one after another as one stream (a folder of files, each after its name)', () => {
    const bytes = new Uint8Array([0xd9, 0x82, 0x0a]);
    const joined = new Uint8Array([...new TextEncoder().encode('a.txt\n'), ...bytes]);
    expect(sha256Hex('a.txt\n', bytes)).toBe(sha256Hex(joined));
    expect(sha256Hex('ab', 'c')).toBe(sha256Hex('abc'));
    expect(sha256Hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
