import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutLogoInitials } from '../../../../main/ingest/metadata/detect-outlet.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
// The pattern withoutLogoInitials stands for, kept here as the reference it must agree with.
const REFERENCE = /^(.*\p{Script=Arabic}.*?)\s+[A-Z]{2,6}[\s.]*$/u;

/** Every line of the fixtures' text pages, white space folded as copyrightHolder folds it before asking. */
function fixtureLines(): string[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:txt|md)$/u.test(f))
    .flatMap((f) => readFileSync(path.join(FIXTURES, f), 'utf8').split('\n'))
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter((l) => l.length > 0);
}

describe('a name without the Latin initials its logo prints after it', () => {
  it('takes the initials off an Arabic name, and only there', () => {
    expect(withoutLogoInitials('العرب في بريطانيا AUK')).toBe('العرب في بريطانيا');
    expect(withoutLogoInitials('العرب في بريطانيا AUK .')).toBe('العرب في بريطانيا');
    expect(withoutLogoInitials('BBC News AUK')).toBe('BBC News AUK');
    expect(withoutLogoInitials('الشرق الأوسط ABCDEFG')).toBe('الشرق الأوسط ABCDEFG');
    expect(withoutLogoInitials('الشرق الأوسط NEWS BBC')).toBe('الشرق الأوسط NEWS');
  });

  it('agrees with the pattern it stands for on every fixture line and on lines built to end in initials', () => {
    const lines = fixtureLines();
    const built = lines.slice(0, 400).flatMap((l) => [`${l} AUK`, `${l} AB.`, `${l} ABC DE`, `${l}AB CD`, `${l} A`]);
    const differing = [...lines, ...built].filter((l) => withoutLogoInitials(l) !== l.replace(REFERENCE, '$1'));
    expect(differing).toEqual([]);
    // The built lines put the rule to work: initials were taken off some of them.
    expect(built.filter((l) => withoutLogoInitials(l) !== l).length).toBeGreaterThan(100);
  });
});
