import { describe, expect, it, vi } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import type { Readings } from './given-reading.ts';
import { named, names } from './helpers.ts';

// The tagger's reading where a test says what it reads, given (given-reading.ts), not asked of the shipped model,
// whose readings move with every retraining: a company or bank's name read as a person's.
const READINGS = vi.hoisted((): Readings => ({
  'قال متسابق فريق رينو إن السيارة جيدة.': [{ type: 'PERS', name: 'رينو', margin: -45 }],
  'وقال متحدث باسم بنك باركليز إن الأرباح تراجعت.': [{ type: 'PERS', name: 'بنك باركليز', margin: -60 }],
}));
vi.mock('../../../../main/analysis/actors/sentence-entities.ts', async (original) => (await import('./given-reading.ts')).withReadings(await original(), READINGS));

// Names inside noun phrases and after company or club cues (issue 12's weak classes), in sentences written for
// these tests: the construct chain's head governs the name and is no part of it.
function one(body: string) {
  return extractActors([articleRecord('a1', body)]);
}

describe('a person governed by the nouns of an organisation chain', () => {
  it('is the person the tagger reads, not an organisation («قوات نظام بشار الأسد»)', () => {
    const actors = one('وقصفت قوات نظام بشار الأسد مواقع المعارضة في الشمال.');
    expect(named(actors, 'بشار الأسد')?.type).toBe('person');
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual([]);
  });

  it('leaves a place named after a person inside its organisation («مجلس محافظة صلاح الدين»)', () => {
    const actors = one('وقرر مجلس محافظة صلاح الدين تأجيل الانتخابات.');
    expect(actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual([]);
    expect(names(actors)).toContain('مجلس محافظة صلاح الدين');
  });
});

describe('a name after a company, club or bank cue', () => {
  it('is an organisation though the tagger reads it as a person («فريق رينو», «بنك باركليز»)', () => {
    expect(named(one('قال متسابق فريق رينو إن السيارة جيدة.'), 'رينو')?.type).toBe('organization');
    expect(named(one('وقال متحدث باسم بنك باركليز إن الأرباح تراجعت.'), 'باركليز')?.type).toBe('organization');
  });

  it('leaves a rank that shares the cue\'s letters alone («الفريق سامي عنان»)', () => {
    expect(named(one('ووصل الفريق سامي عنان إلى القاهرة.'), 'سامي عنان')?.type).toBe('person');
  });
});

describe('a listed foreign surname after a governing noun', () => {
  it('is a person of its own though no title or verb stands beside it («إدارة ترامب»)', () => {
    expect(named(one('وانتقدت إدارة ترامب القرار الأوروبي بشدة.'), 'ترامب')?.type).toBe('person');
  });

  it('joins the full name the article gave', () => {
    const actors = one('قال الرئيس الأمريكي دونالد ترامب إن بلاده لن تتراجع. وانتقدت إدارة ترامب القرار الأوروبي بشدة.');
    expect(names(actors)).toEqual(['دونالد ترامب']);
  });

  it('leaves a common word after the same nouns alone («حملة التطعيم»)', () => {
    expect(one('ووصلت حملة التطعيم إلى القرى.')).toEqual([]);
  });
});

describe('a term of office before a full name', () => {
  it('is no place cue when the tagger reads a person\'s whole name after it («ولاية باراك أوباما»)', () => {
    const actors = one('وشهدت ولاية باراك أوباما الثانية أزمات.');
    expect(named(actors, 'باراك أوباما')?.type).toBe('person');
    expect(actors.filter((a) => a.type === 'place')).toEqual([]);
  });
});
