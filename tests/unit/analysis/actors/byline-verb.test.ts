import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

// A byline cue with «و» written onto it is the verb «wrote» inside prose (issue 12, ner19: modern-6's «وكتب …»), in
// sentences of our own, with the shipped tagger.
function one(body: string) {
  return extractActors([articleRecord('a1', body)], {});
}

describe('«وكتب» in prose', () => {
  it('keeps the writer after «وكتب» as a person, the verb its cue', () => {
    expect(named(one('وكتب رافائيل غروسي على منصة إكس أن المفتشين عادوا إلى الموقع.'), 'رافائيل غروسي')?.type).toBe('person');
  });

  it('still reads a byline opening its line as no actor', () => {
    expect(names(one('كتب سامر العبيدي'))).toEqual([]);
    expect(names(one('بقلم سامر العبيدي'))).toEqual([]);
  });
});
