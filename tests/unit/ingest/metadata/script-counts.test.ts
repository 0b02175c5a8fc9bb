import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptCounts } from '../../../../main/ingest/metadata/script-counts.ts';

// What the language detector counted before the one-pass count: one global regex per script over the whole text.
function byRegex(text: string): Record<string, number> {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return {
    arabic: count(/(?=\p{Script=Arabic})\p{L}/gu),
    persian: count(/[پچژگکی]/gu),
    urdu: count(/[ٹڈڑںھےۓ]/gu),
    latin: count(/\p{Script=Latin}/gu),
    hebrew: count(/\p{Script=Hebrew}/gu),
    cyrillic: count(/\p{Script=Cyrillic}/gu),
  };
}

describe('scriptCounts', () => {
  it('counts letters per script, marks and digits of the Arabic script not among its letters', () => {
    expect(scriptCounts('قالَ ٣ Über 𞸀 שלום мир پچ ڈے')).toEqual({ arabic: 8, persian: 2, urdu: 2, latin: 4, hebrew: 4, cyrillic: 3 });
  });

  it('agrees with the per-script regular expressions on any text, lone surrogates and astral letters included', () => {
    const pieces = fc.constantFrom('ا', 'ة', 'َ', '٣', 'پ', 'ی', 'ے', 'a', 'É', 'ß', 'ש', 'ж', ' ', '\n', '𞸀', '𝐀', '\ud800', '\udc00', 'ﻻ', 'ª', '🙂');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary' }))), (parts) => {
      const text = parts.join('');
      expect(scriptCounts(text)).toEqual(byRegex(text));
    }));
  });
});
