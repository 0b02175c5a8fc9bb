import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, plausiblyArabic } from '../../../../main/ingest/readers/decode-text.ts';
import { IngestError } from '../../../../main/ingest/readers/ingest-error.ts';

const ARABIC = 'قالت مصادر مطلعة إن الاجتماع سيعقد يوم الأحد المقبل في العاصمة، بحضور ممثلين عن ١٢ دولة.\nوأضافت المصادر أن جدول الأعمال لم يحدد بعد.';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error.code;
    throw error;
  }
  return undefined;
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(ARABIC, 'utf8'), 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC, 'utf8')]);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARABIC, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARABIC, 'utf-16be')]);
    expect(decodeText(le, 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-16le' });
    expect(decodeText(be, 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by where its zero bytes fall', () => {
    expect(decodeText(iconv.encode(ARABIC, 'utf-16le'), 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(ARABIC, 'utf-16be'), 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('recognises Windows-1256 Arabic, long and short', () => {
    // Windows-1256 has no Arabic-Indic digits; Arabic text in it is written with ASCII ones.
    const legacy = ARABIC.replace('١٢', '12');
    expect(decodeText(iconv.encode(legacy, 'windows-1256'), 'a.txt')).toEqual({ text: legacy, encoding: 'windows-1256' });
    expect(decodeText(iconv.encode('خبر عاجل', 'windows-1256'), 'a.txt')).toEqual({ text: 'خبر عاجل', encoding: 'windows-1256' });
  });

  it('uses a declared ISO-8859-6 charset when the bytes read as Arabic in it', () => {
    const text = 'قالت مصادر مطلعة ان الاجتماع سيعقد يوم الاحد المقبل في العاصمة';
    expect(decodeText(iconv.encode(text, 'iso-8859-6'), 'a.html', { declaredCharset: 'ISO-8859-6' })).toEqual({ text, encoding: 'iso-8859-6' });
  });

  it('normalises CRLF and CR line endings to LF', () => {
    expect(decodeText(Buffer.from('سطر أول\r\nسطر ثان\rسطر ثالث'), 'a.txt').text).toBe('سطر أول\nسطر ثان\nسطر ثالث');
  });

  it('refuses empty and white-space-only input', () => {
    expect(codeOf(() => decodeText(new Uint8Array(0), 'a.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(Buffer.from(' \n\t\u00A0\r\n'), 'a.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(Buffer.from([0xff, 0xfe, 0x20, 0x00]), 'a.txt'))).toBe('empty');
  });

  it('refuses binary data and names what it looks like', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(() => decodeText(png, 'photo.txt')).toThrow('photo.txt: the file is binary, not text (it looks like a PNG image)');
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x03 : 0x41)));
    expect(codeOf(() => decodeText(controls, 'a.txt'))).toBe('binary');
  });

  it('refuses bytes that are neither UTF-8 nor Arabic in a legacy encoding', () => {
    // Deterministic pseudo-random high bytes with spaces: invalid UTF-8, and nonsense in Windows-1256.
    let seed = 7;
    const garbage = Buffer.from(Array.from({ length: 600 }, (_, i) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return i % 6 === 5 ? 0x20 : 0x80 + (seed % 128);
    }));
    expect(() => decodeText(garbage, 'junk.txt')).toThrow(/^junk\.txt: the text is not valid UTF-8 and not a recognised Arabic encoding/);
    // Latin-1 French: a legacy encoding, but not an Arabic one.
    expect(codeOf(() => decodeText(iconv.encode('Le président a été élu à la majorité. Très bien, déjà voté.', 'latin1'), 'fr.txt'))).toBe('encoding');
  });

  it('judges Arabic plausibility of decoded text', () => {
    expect(plausiblyArabic(ARABIC)).toBe(true);
    expect(plausiblyArabic('ÇáÑÆíÓ ÞÇá Ýí ÈíÇä')).toBe(false);
    expect(plausiblyArabic('€‚ƒ„…†‡ˆ‰ ٹ‹Œچژڈ گ•–—ک™ڑ›œ')).toBe(false);
  });
});
