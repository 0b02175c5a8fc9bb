import { describe, expect, it } from 'vitest';
import { findKnownPersons } from '../../../../main/analysis/actors/find-known-persons.ts';
import { SentenceScan } from '../../../../main/analysis/actors/sentence-scan.ts';
import type { WordEntity } from '../../../../main/analysis/actors/sentence-entities.ts';
import { WordMargins } from '../../../../main/analysis/actors/word-margins.ts';
import { sentenceWords } from '../../../../main/analysis/words/sentence-tokens.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';

// A lone surname carried from elsewhere in the selection, where its word also reads as an adjective or as a
// preposition's noun: carried only with the tagger's or the article's evidence in its own sentence (issue 12, ner18b).
const gazetteer = loadGazetteer();

function scanOf(text: string): SentenceScan {
  const sw = sentenceWords(text)[0];
  if (sw === undefined) throw new Error('no sentence');
  const scan = { words: sw.words, claimed: sw.words.map(() => false), gazetteer, known: null, sentenceText: sw.sentence.text, sentenceStart: sw.sentence.start, off: new Set<never>() };
  return new SentenceScan(scan, 'a1', sw.sentence);
}

function carried(text: string, surname: string, entities: WordEntity[] = [], articleSurnames: string[] = []): string[] {
  const s = scanOf(text);
  const tags = { entities, margins: new WordMargins(s.words.map(() => 0)), surnames: new Set(articleSurnames) };
  findKnownPersons(s, { full: new Set(), surnames: new Set([surname]) }, tags);
  return s.found.map((f) => f.mention.surface);
}

describe('a lone surname carried across the selection', () => {
  it('is no person where it is a nationality adjective after the definite noun it describes', () => {
    expect(carried('ورحب رئيس الوزراء السوداني بالاتفاق الجديد.', 'السوداني')).toEqual([]);
    expect(carried('وصل الوفد السوداني إلى المطار صباحا.', 'السوداني')).toEqual([]);
  });

  it('is a person there when the tagger reads one over it, or its article gave the full name before', () => {
    expect(carried('ورحب رئيس الوزراء السوداني بالاتفاق الجديد.', 'السوداني', [{ type: 'PERS', from: 3, to: 4 }])).toEqual(['السوداني']);
    expect(carried('ورحب رئيس الوزراء السوداني بالاتفاق الجديد.', 'السوداني', [], ['السوداني'])).toEqual(['السوداني']);
  });

  it('is a person after a verb, which no adjective follows as its noun', () => {
    expect(carried('وقال السوداني إن الاتفاق سيوقع غدا.', 'السوداني')).toEqual(['السوداني']);
  });

  it('is no person where only a preposition written on the word makes it the name', () => {
    expect(carried('وصوت المجلس لصالح القرار بالأغلبية.', 'صالح')).toEqual([]);
    expect(carried('وصوت المجلس لصالح القرار بالأغلبية.', 'صالح', [{ type: 'PERS', from: 2, to: 3 }])).toEqual(['صالح']);
    expect(carried('وقال صالح إن المجلس سيصوت غدا.', 'صالح')).toEqual(['صالح']);
    expect(carried('وأكد وصالح ذلك.', 'صالح')).toEqual(['صالح']);
  });

  it('is no person inside a longer name: after a given name, before a joiner, or beside a word the tagger reads as a name', () => {
    expect(carried('وقال المحامي رامي زنكلوف إن الجلسة تأجلت.', 'زنكلوف')).toEqual([]);
    expect(carried('وقال زنكلوف ولد امدو إن الجلسة تأجلت.', 'زنكلوف')).toEqual([]);
    expect(carried('وقال المحامي تورمان زنكلوف إن الجلسة تأجلت.', 'زنكلوف', [{ type: 'PERS', from: 2, to: 3 }])).toEqual([]);
    // Unless the tagger reads the surname alone as the person.
    expect(carried('وقال المحامي رامي زنكلوف إن الجلسة تأجلت.', 'زنكلوف', [{ type: 'PERS', from: 3, to: 4 }])).toEqual(['زنكلوف']);
    expect(carried('وقال المحامي زنكلوف إن الجلسة تأجلت.', 'زنكلوف')).toEqual(['زنكلوف']);
  });
});
