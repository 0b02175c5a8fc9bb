import { describe, expect, it } from 'vitest';
import { bracketedSentence, corpusFileText, readBracketed } from '../../../../main/analysis/ner/bracketed-text.ts';
import { readCorpus } from '../../../../main/analysis/ner/read-corpus.ts';
import { TAGS } from '../../../../main/analysis/ner/tags.ts';

const tagsOf = (line: string): string[][] => {
  const s = bracketedSentence(line, 'x.txt:1', 1);
  return s.tokens.map((t, i) => [t, TAGS[s.tags[i] ?? 0] ?? '?']);
};

describe('bracketed annotated text', () => {
  it('gives ANERcorp’s tokens: clitics on the word and inside the span, punctuation split off, numbers whole', () => {
    expect(tagsOf('وقال [PERS أبو فدك المحمداوي] في [LOC وغزة] ، «[ORG لحزب الله]» 2.5 %.')).toEqual([
      ['وقال', 'O'], ['أبو', 'B-PERS'], ['فدك', 'I-PERS'], ['المحمداوي', 'I-PERS'], ['في', 'O'], ['وغزة', 'B-LOC'], ['،', 'O'],
      ['«', 'O'], ['لحزب', 'B-ORG'], ['الله', 'I-ORG'], ['»', 'O'], ['2.5', 'O'], ['%', 'O'], ['.', 'O'],
    ]);
  });

  it('starts a new entity at each bracket, even right after another of the same type', () => {
    expect(tagsOf('[ORG الهلال] [ORG النصر]').map((p) => p[1])).toEqual(['B-ORG', 'B-ORG']);
  });

  it('refuses a bracket that cuts a word, an unknown type, an empty or unclosed bracket, with the file and line', () => {
    expect(() => tagsOf('و[LOC غزة]')).toThrow('x.txt:1: the bracket [LOC …] cuts the word «وغزة»');
    expect(() => tagsOf('[PER زيد]')).toThrow('x.txt:1: unknown entity type «PER»');
    expect(() => tagsOf('[ORG ]')).toThrow('x.txt:1: an empty [ORG]');
    expect(() => tagsOf('[ORG الهلال')).toThrow('x.txt:1: a bracket that opens no entity or is not closed');
  });

  it('reads articles and comments, and its file is read back as the same sentences with their article', () => {
    const articles = readBracketed('# a comment\n## one\nقال [PERS زيد] .\n\n## two\n[LOC بغداد] .\n', 's.txt');
    expect(articles.map((a) => [a.title, a.sentences.map((s) => s.line)])).toEqual([['one', [3]], ['two', [6]]]);
    const back = readCorpus(corpusFileText(articles), 'train.txt').sentences;
    expect(back.map((s) => [s.doc, s.tokens, s.tags.map((t) => TAGS[t])])).toEqual([
      [0, ['قال', 'زيد', '.'], ['O', 'B-PERS', 'O']],
      [1, ['بغداد', '.'], ['B-LOC', 'O']],
    ]);
    expect(() => readBracketed('قال [PERS زيد] .', 's.txt')).toThrow('s.txt:1: a sentence before the first article');
  });
});
