import { describe, expect, it } from 'vitest';
import { knownOutlets } from '../../../../main/ingest/metadata/known-outlets.ts';
import { outletKey } from '../../../../main/ingest/metadata/outlet-key.ts';

// Names of outlets the list does not hold are made up here («النخيل», «سنبلة»): the fold of an unlisted name must not
// lean on the list. Listed outlets are named as the list names them.

const same = (a: string, b: string): void => expect(outletKey(a), `${a} / ${b}`).toBe(outletKey(b));
const apart = (a: string, b: string): void => expect(outletKey(a), `${a} / ${b}`).not.toBe(outletKey(b));

describe('outletKey', () => {
  it('folds off an unlisted name only what a citation drops: a paper\'s print noun, not a site\'s, a channel\'s, a network\'s or a radio\'s noun', () => {
    same('جريدة النخيل', 'النخيل');
    same('صحيفة النخيل', 'النخيل');
    same('مجلة النخيل', 'النخيل');
    // citedOutlet keeps these nouns: «قناة النخيل» and «جريدة النخيل» are two outlets, each graded apart (until this
    // session one key: review finding 4).
    for (const noun of ['موقع', 'قناة', 'شبكة', 'إذاعة', 'تلفزيون']) {
      apart(`${noun} النخيل`, 'النخيل');
      apart(`${noun} النخيل`, 'جريدة النخيل');
    }
    // A site word after the name, the letters' spellings and quotation marks.
    same('النخيل الإخباري', 'النخيل');
    same('موقع النخيل الإخباري', 'موقع النخيل');
    same('«جريدة النخيل»', 'النخيــل');
    same('صحيفه النخيل', 'النخيل');
  });

  it('folds an unlisted agency\'s full self-name into its short one, keeping «وكالة», and «وكالة الأنباء …» apart from a paper', () => {
    same('وكالة سنبلة للأنباء', 'وكالة سنبلة');
    apart('وكالة سنبلة', 'سنبلة');
    apart('وكالة الأنباء النخيلية', 'الأنباء النخيلية');
    apart('وكالة أنباء النخيل', 'أنباء النخيل');
    same('وكالة الأنباء', 'وكالة الانباء');
  });

  it('keeps a kind word before a place: the paper, the radio and the television of one city are three outlets', () => {
    apart('جريدة بغداد', 'بغداد');
    apart('جريدة بغداد', 'إذاعة بغداد');
    apart('إذاعة بغداد', 'تلفزيون بغداد');
  });

  it('keys a listed outlet by the list, through its aliases, Latin names, acronyms and domains', () => {
    same('قناة الجزيرة', 'الجزيرة');
    same('Al Jazeera', 'الجزيرة');
    same('aljazeera.net', 'الجزيرة');
    same('https://www.aljazeera.net/news/politics', 'الجزيرة');
    same('KUNA', 'وكالة الأنباء الكويتية');
    same('كونا', 'وكالة الأنباء الكويتية');
    same('إرم', 'إرم نيوز');
    same('218tv.net', 'قناة 218');
    // An unlisted host is folded as a host: without its scheme, «www.» and path.
    same('https://www.nakheel-news.example/ar/', 'nakheel-news.example');
  });

  it('keeps apart two listed outlets whose names differ only by a kind word', () => {
    apart('الغد', 'قناة الغد');
    same('صحيفة الغد', 'الغد');
    apart('الأنباء الكويتية', 'وكالة الأنباء الكويتية');
    apart('صحيفة فلسطين', 'تلفزيون فلسطين');
    // «الدستور» is two papers, each listed with its kind word: the bare name is neither.
    apart('جريدة الدستور', 'صحيفة الدستور');
    apart('الدستور', 'جريدة الدستور');
  });

  it('gives every form of a listed outlet its key, and two listed outlets one key only where the list says they are one', () => {
    const keyOf = new Map<string, string[]>();
    for (const o of knownOutlets()) {
      const key = outletKey(o.name);
      for (const form of [...o.aliases, ...o.domains]) expect(outletKey(form), `${o.name}: ${form}`).toBe(key);
      keyOf.set(key, [...(keyOf.get(key) ?? []), o.name]);
    }
    for (const names of keyOf.values()) {
      if (names.length < 2) continue;
      // The list's own duplicates (one outlet entered twice, each entry the other's alias).
      for (const name of names) {
        const entry = knownOutlets().find((o) => o.name === name);
        expect(names.filter((n) => n !== name).every((n) => entry?.aliases.includes(n) === true), names.join(' / ')).toBe(true);
      }
    }
  });

  it('is a fixed point on its own keys, so a store rekeyed twice writes nothing the second time', () => {
    for (const name of ['جريدة النخيل', 'وكالة سنبلة للأنباء', 'جريدة بغداد', 'Reuters', 'قناة الغد', 'الغد', ...knownOutlets().slice(0, 200).map((o) => o.name)]) {
      expect(outletKey(outletKey(name)), name).toBe(outletKey(name));
    }
  });
});
