import { describe, expect, it } from 'vitest';
import { documentFeatures } from '../../../../main/analysis/ner/document-features.ts';
import { tagIndex } from '../../../../main/analysis/ner/tags.ts';
import { hashString } from '../../../../main/text/hash.ts';

const words = (s: string): string[] => s.split(' ');
const tags = (s: string): number[] => s.split(' ').map((t) => tagIndex(t) ?? -1);
/** The features of one token, as the names they hash, among `names`. */
const named = (hashes: Uint32Array | undefined, names: readonly string[]): string[] => names.filter((n) => Array.from(hashes ?? []).includes(hashString(n)));
const ALL = ['PERS', 'ORG', 'LOC', 'MISC'].flatMap((t) => [
  ...['1', '2', '3+'].map((b) => `doc:type:${t}:${b}`), ...['all', 'most', 'some'].map((s) => `doc:share:${t}:${s}`),
  `doc:tag:B-${t}`, `doc:tag:I-${t}`, ...['alone', 'first', 'inside', 'last'].map((r) => `doc:role:${t}:${r}`),
  `doc:seq:B:${t}`, `doc:seq:I:${t}`, `doc:prev:${t}`, `doc:next:${t}`,
]).concat(['1', '2', '3+'].map((b) => `doc:untagged:${b}`));

describe('the second stage\'s document features', () => {
  it('tells a surname alone that the document closed a person\'s name with it, particles dropped', () => {
    const sentences = [words('استقبل الرئيس فرانك لومباردي الوفد'), words('وأضاف ولومباردي أن')];
    const f = documentFeatures(sentences, [tags('O O B-PERS I-PERS O'), tags('O O O')]);
    expect(named(f[1]?.[1], ALL)).toEqual(['doc:type:PERS:1', 'doc:share:PERS:all', 'doc:tag:I-PERS', 'doc:role:PERS:last']);
    // Its neighbour reads the type too.
    expect(named(f[1]?.[0], ALL)).toEqual(['doc:next:PERS']);
  });

  it('never counts the token\'s own tag: a word written once has no document features', () => {
    const f = documentFeatures([words('قال غرانتو إن الوضع')], [tags('O B-PERS O O')]);
    expect(f[0]?.map((h) => h.length)).toEqual([0, 0, 0, 0]);
  });

  it('gives the type most occurrences elsewhere have, with their share and count', () => {
    const sentences = [words('زار مارلو المدينة'), words('وقال مارلو إن'), words('شركة مارلو للنقل'), words('رأى مارلو ذلك')];
    const f = documentFeatures(sentences, [tags('O B-PERS O'), tags('O B-PERS O'), tags('B-ORG I-ORG O'), tags('O O O')]);
    expect(named(f[3]?.[1], ALL)).toEqual(['doc:type:PERS:2', 'doc:share:PERS:most', 'doc:tag:B-PERS', 'doc:role:PERS:alone']);
    const untagged = documentFeatures([words('في البلاد'), words('من البلاد')], [tags('O O'), tags('O O')]);
    expect(named(untagged[0]?.[1], ALL)).toEqual(['doc:untagged:1']);
  });

  it('marks the words of a run the document tags elsewhere as one name, but not that name from itself alone', () => {
    const sentences = [words('وصل كمال الدرويشي إلى المدينة'), words('وقال كمال الدرويشي إن')];
    const f = documentFeatures(sentences, [tags('O B-PERS I-PERS O O'), tags('O O O O')]);
    expect(named(f[1]?.[1], ALL)).toContain('doc:seq:B:PERS');
    expect(named(f[1]?.[2], ALL)).toContain('doc:seq:I:PERS');
    expect(named(f[0]?.[1], ALL)).not.toContain('doc:seq:B:PERS');
  });

  it('gives only the evidence for the types asked, and a word left untagged elsewhere always', () => {
    const sentences = [words('زار مارلو باريس'), words('وقال مارلو إن باريس'), words('في البلاد'), words('من البلاد')];
    const t = [tags('O B-PERS B-LOC'), tags('O O O O'), tags('O O'), tags('O O')];
    const f = documentFeatures(sentences, t, new Set(['PERS']));
    expect(named(f[1]?.[1], ALL)).toEqual(['doc:type:PERS:1', 'doc:share:PERS:all', 'doc:tag:B-PERS', 'doc:role:PERS:alone']);
    expect(named(f[1]?.[3], ALL)).toEqual([]);
    expect(named(f[2]?.[1], ALL)).toEqual(['doc:untagged:1']);
    expect(named(documentFeatures(sentences, t)[1]?.[3], ALL)).toEqual(['doc:type:LOC:1', 'doc:share:LOC:all', 'doc:tag:B-LOC', 'doc:role:LOC:alone']);
  });

  it('gives the same features for the same tagging', () => {
    const sentences = [words('زار مارلو المدينة'), words('شركة مارلو للنقل')];
    const t = [tags('O B-PERS O'), tags('B-ORG I-ORG O')];
    expect(documentFeatures(sentences, t).map((s) => s.map((h) => Array.from(h)))).toEqual(documentFeatures(sentences, t).map((s) => s.map((h) => Array.from(h))));
  });
});
