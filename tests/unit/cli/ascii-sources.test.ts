import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { asciiEscaped } from '../../../scripts/ascii-sources.mjs';

// The build hands main/'s sources to esbuild with their non-ASCII characters escaped (scripts/ascii-sources.mjs), so
// that out/cli.cjs is ASCII: the escaped source must mean what the source meant, in strings, regular expressions
// (with and without the u flag, in and out of a class) and String.raw patterns handed to RegExp.

const escape = asciiEscaped as (text: string) => string;
const run = (source: string): unknown => new Function(`return ${source};`)();

// Characters the sources hold: Arabic letters and marks, tatweel, punctuation, a letter beyond the BMP, ASCII.
const CHARS = ['ا', 'ب', 'ة', 'ـ', '\u064E', '’', '–', '«', '›', '𝐀', 'a', ' ', '-'];

describe('asciiEscaped', () => {
  it('leaves ASCII alone and writes everything else as \\u escapes', () => {
    expect(escape('const a = 1; // plain')).toBe('const a = 1; // plain');
    expect(escape('/^و(?:ز)/u')).toBe('/^\\u0648(?:\\u0632)/u');
    expect(escape('"𝐀"')).toBe('"\\ud835\\udc00"');
    const escaped = escape(fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), 30).join(''));
    expect([...escaped].filter((c) => c.charCodeAt(0) > 0x7f)).toEqual([]);
  });

  it('gives a string literal the same value, a character escaped by a backslash included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS, '\\', '"', '\n'), { maxLength: 20 }), (chars) => {
        const text = chars.join('');
        expect(run(escape(JSON.stringify(text)))).toBe(text);
      }),
      { numRuns: 2000 },
    );
    // An identity escape of a non-ASCII character is the character; an escaped backslash before one is not.
    expect(run(escape(String.raw`"\ـ"`))).toBe('ـ');
    expect(run(escape(String.raw`"\\ـ"`))).toBe('\\ـ');
  });

  it('gives a regular expression the same matches, with or without the u flag, in a class or out of it', () => {
    const sources = [
      '/^و(?:ز[يا]ر|زر)/u', '/[ء-ي]+/', '/[ء-ي]+/u', '/[/›»>→\\\\‹«]/u', '/(?:^|[\\s(«"“])(?:[ء-ي]ـ?)/u', '/𝐀+/u', '/[𝐀ا]/u',
      'new RegExp(String.raw`^\\s*([\\p{L}][\\p{L}\'’ ]{1,5}?)\\s*[:：\\-–—]`, \'u\')',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS, 'و', 'ز', 'ر', 'ي', ':', '：', '\\', '(', 'ء'), { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        for (const source of sources) {
          const before = run(source) as RegExp;
          const after = run(escape(source)) as RegExp;
          expect(after.exec(text)?.[0], source).toBe(before.exec(text)?.[0]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
