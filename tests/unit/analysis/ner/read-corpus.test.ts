import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../../main/analysis/ner/read-corpus.ts';
import { TAGS } from '../../../../main/analysis/ner/tags.ts';
import { corpusText } from './corpus-fixture.ts';

describe('reading annotated text (ANERcorp format)', () => {
  it('reads sentences of tokens and tags, with the line each starts on', () => {
    const { sentences, repairs } = readCorpus('قال O\nبوش B-PERS\n. O\n\nفي O\nباريس B-LOC\n', 'x.txt');
    expect(sentences.map((s) => s.tokens)).toEqual([['قال', 'بوش', '.'], ['في', 'باريس']]);
    expect(sentences.map((s) => s.tags.map((t) => TAGS[t]))).toEqual([['O', 'B-PERS', 'O'], ['O', 'B-LOC']]);
    expect(sentences.map((s) => s.line)).toEqual([1, 5]);
    expect(repairs).toEqual([]);
    expect(readCorpus(corpusText(4), 'c.txt').sentences).toHaveLength(4);
  });

  it('numbers the documents a -DOCSTART- line opens, and gives none where the file marks none', () => {
    const { sentences } = readCorpus('-DOCSTART-\n\nقال O\n\nبوش B-PERS\n-DOCSTART-\n\nفي O\n', 'd.txt');
    expect(sentences.map((s) => [s.doc, s.tokens, s.line])).toEqual([[0, ['قال'], 3], [0, ['بوش'], 5], [1, ['في'], 8]]);
    expect(readCorpus('قال O\n', 'x.txt').sentences[0]?.doc).toBeUndefined();
  });

  it('fails on a malformed line with the file and the line number', () => {
    expect(() => readCorpus('قال O\nبوش\n', '/data/train.txt')).toThrow('/data/train.txt:2: expected «token TAG», found 1 field');
    expect(() => readCorpus('قال O\n\nبوش B-PER\n', 'train.txt')).toThrow('train.txt:3: unknown tag «B-PER»');
    expect(() => readCorpus('a O\nb O c O\n', 'train.txt')).toThrow('train.txt:2: expected «token TAG», found 4 fields');
  });

  it('reads a lost line break (a tag run into the next token) as the two lines it was, and says so', () => {
    const { sentences, repairs } = readCorpus('الإصابة O\n. Oالإصابة O\nبوش B-PERS\n', 'train.txt');
    expect(sentences[0]?.tokens).toEqual(['الإصابة', '.', 'الإصابة', 'بوش']);
    expect(repairs).toEqual(['train.txt:2: a lost line break read as two lines («. O», «الإصابة O»)']);
  });
});
