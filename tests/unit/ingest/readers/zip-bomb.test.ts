import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../main/ingest/read-document.ts';
import { declaredUnpackedSize } from '../../../../main/ingest/readers/zip-expansion.ts';
import { makeTempDir } from './temp-dir.ts';

describe('a .docx that unpacks to far more than it weighs', () => {
  it('is refused by its declared size, before anything is unpacked', async () => {
    // 250 MB of zeros compress to a few hundred kilobytes.
    const bomb = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new Uint8Array(250_000_000) }, { level: 1 });
    expect(bomb.length).toBeLessThan(2_000_000);
    expect(declaredUnpackedSize(bomb)).toBeGreaterThan(250_000_000);
    const dir = await makeTempDir('bomb');
    try {
      const file = await dir.write('bomb.docx', bomb);
      await expect(readDocument(file)).rejects.toThrow(/bomb\.docx: the Word document unpacks to 250 MB, more than the 200 MB/);
    } finally {
      await dir.cleanup();
    }
  });

  it('reads the declared size of an ordinary package', () => {
    const small = zipSync({ 'a.xml': new TextEncoder().encode('<a/>'), 'b.xml': new Uint8Array(1000) });
    expect(declaredUnpackedSize(small)).toBe(1004);
    expect(declaredUnpackedSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
