import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentLines, findRepeatedLines } from '../../../../main/ingest/clean/repeated-lines.ts';
import { lineKey } from '../../../../main/ingest/lines/line-key.ts';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/seeds');

describe('documentLines', () => {
  // Texts where a line's key and the whole text's key could part: line breaks of every kind, blank lines and lines of
  // controls or tatweel only, no-break and wide spaces, presentation forms whose folded form is a space (U+FE70: a
  // space and a mark under NFKD), bidi controls at a line's ends, a diaeresis that folds to a space too.
  const tricky = [
    'سطر أول\r\nسطر ثان\rسطر ثالث\u2028رابع\u2029خامس\n',
    '\n\n  \t\nعنوان الخبر\n\u200f\u200e\n\u0640\u0640\n\u00ad\nالنص\u00a0هنا\u3000و\u2003هناك\n',
    'كلمة\ufe70كلمة\n\ufe70\n\u202bنص مضمن\u202c\n',
    'a\u00a8b\n\ufeff\ufeffبداية بعلامة\n   \n',
    '',
    '\n\n',
  ];

  it('gives the whole text\'s key as the fingerprint, as keying the text again would', () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
    for (const text of [...tricky, ...seeds]) expect(documentLines({ text, outlet: null }).fingerprint).toBe(lineKey(text));
  });

  it('lists each non-empty line key once, in order of first appearance', () => {
    expect(documentLines({ text: 'أ\nب\n\u0640\nأ\nج', outlet: 'x' }).keys).toEqual(['ا', 'ب', 'ج']);
  });

  it('tells identical documents apart from different ones by the fingerprint', () => {
    // The same article twice counts once: its lines are not repeats of itself. A third article of the outlet
    // repeating one line makes that line a repeat for both texts that carry it.
    const a = { text: 'عنوان\nفقرة أولى\nاشترك في النشرة', outlet: 'س' };
    const b = { text: 'عنوان آخر\nفقرة ثانية\nاشترك في النشرة', outlet: 'س' };
    const [first, again, other] = findRepeatedLines([a, { ...a, text: `${a.text}\n` }, b]);
    expect([...(first ?? [])]).toEqual(['اشترك في النشره']);
    expect([...(again ?? [])]).toEqual(['اشترك في النشره']);
    expect([...(other ?? [])]).toEqual(['اشترك في النشره']);
    expect([...(findRepeatedLines([a, { ...a }])[0] ?? [])]).toEqual([]);
  });
});
