// «علي» and the preposition «على» share one key once normalised: the name predicate tells them apart by spelling
// and position (given-names.ts, isGivenNameAli), and the byline readers use it with no work-around of their own.
import { describe, expect, it } from 'vitest';
import { isGivenNameAli } from '../../../../main/text/gazetteer/given-names.ts';
import { isPersonName } from '../../../../main/ingest/metadata/byline.ts';
import { personName } from '../../../../main/ingest/metadata/head-byline.ts';

const words = (s: string): string[] => s.split(' ');

describe('isGivenNameAli: the name', () => {
  it('is «علي» opening a name, after a given name, after a joiner', () => {
    expect(isGivenNameAli(words('علي الحمداني'), 0)).toBe(true);
    expect(isGivenNameAli(words('سامر علي النجار'), 1)).toBe(true);
    expect(isGivenNameAli(words('هدى بنت علي'), 2)).toBe(true);
  });
  it('is the Egyptian «على» closing a name after a given name', () => {
    expect(isGivenNameAli(words('محمود على'), 1)).toBe(true);
  });
  it('reads the yeh under marks and tatweel, and the Persian «ی», as the name («عليّ», «علـي», «علی»)', () => {
    expect(isGivenNameAli(words('عليّ الحمداني'), 0)).toBe(true);
    expect(isGivenNameAli(words('علـي الحمداني'), 0)).toBe(true);
    expect(isGivenNameAli(words('علی الحمداني'), 0)).toBe(true);
    expect(isGivenNameAli(words('علىٰ الحمداني'), 0)).toBe(false);
  });
  it('lets the name predicate and the byline readers take such names', () => {
    expect(isPersonName('علي الحمداني')).toBe(true);
    expect(isPersonName('سامر علي النجار')).toBe(true);
    expect(isPersonName('محمود على')).toBe(true);
    expect(personName('علي الحمداني')).toBe('علي الحمداني');
  });
});

describe('isGivenNameAli: the preposition', () => {
  it('is «على» opening or inside a run, whatever follows', () => {
    expect(isGivenNameAli(words('على الحدود'), 0)).toBe(false);
    expect(isGivenNameAli(words('محمود على الحدود'), 1)).toBe(false);
  });
  it('is «علي» after a word that is no given name (Egyptian writing spells the preposition so)', () => {
    expect(isGivenNameAli(words('حصل علي'), 1)).toBe(false);
    expect(isPersonName('حصل علي')).toBe(false);
  });
  it('keeps the name predicate refusing runs with the preposition', () => {
    expect(isPersonName('على الحدود')).toBe(false);
    expect(isPersonName('رد على')).toBe(false);
    expect(isPersonName('هجوم على المدينة')).toBe(false);
  });
  it('is no other word', () => {
    expect(isGivenNameAli(words('سامر عمر'), 1)).toBe(false);
  });
});
