import { describe, expect, it } from 'vitest';
import { findKnownPersons } from '../../../../main/analysis/actors/find-known-persons.ts';
import type { PersonRule } from '../../../../main/analysis/actors/person-rules.ts';
import { SentenceScan } from '../../../../main/analysis/actors/sentence-scan.ts';
import { sentenceWords } from '../../../../main/analysis/words/sentence-tokens.ts';
import { joinNameKeys } from '../../../../main/text/gazetteer/name-key.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';

// The second pass's switches (person-rules.ts) and the one way a pass takes a mention back (SentenceScan.drop).
const gazetteer = loadGazetteer();

function scanOf(text: string, off: readonly PersonRule[] = []): SentenceScan {
  const sw = sentenceWords(text)[0];
  if (sw === undefined) throw new Error('no sentence');
  const scan = { words: sw.words, claimed: sw.words.map(() => false), gazetteer, known: null, sentenceText: sw.sentence.text, sentenceStart: sw.sentence.start, off: new Set(off) };
  return new SentenceScan(scan, 'a2', sw.sentence);
}

describe('the second pass over names known elsewhere in the selection', () => {
  const text = 'وتحدث زكرمان بوشطلي عن الديون في المصرف.';
  const known = (s: SentenceScan): { full: Set<string>; surnames: Set<string> } => ({ full: new Set([joinNameKeys([s.words[1]?.key ?? '', s.words[2]?.key ?? ''])]), surnames: new Set([s.words[2]?.key ?? '']) });
  const surfaces = (s: SentenceScan): string[] => s.found.map((f) => f.mention.surface);

  it('finds the full name, or with that rule off the surname alone, or nothing with both off', () => {
    for (const [off, want] of [[[], ['زكرمان بوشطلي']], [['known-full'], ['بوشطلي']], [['known-full', 'known-surname'], []]] as const) {
      const s = scanOf(text, off);
      findKnownPersons(s, known(s));
      expect(surfaces(s)).toEqual(want);
    }
  });

  it('gives a dropped mention’s words back, from its first word or from one a caller names before it', () => {
    const s = scanOf(text);
    findKnownPersons(s, known(s));
    const f = s.found[0];
    if (f === undefined) throw new Error('no mention');
    s.drop(f);
    expect(s.found).toEqual([]);
    expect(s.scan.claimed).toEqual(s.words.map(() => false));
    // A title's word before the name, claimed with it, given back too (bodyOverPerson's titled body).
    s.add(1, 3, { type: 'person', key: 'k', surface: 'زكرمان بوشطلي' });
    s.scan.claimed[0] = true;
    const again = s.found[0];
    if (again === undefined) throw new Error('no mention');
    s.drop(again, 0);
    expect(s.found).toEqual([]);
    expect(s.scan.claimed).toEqual(s.words.map(() => false));
  });
});
