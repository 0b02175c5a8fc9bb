import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { seed } from '../clean/seed-helpers.ts';

const NOW = '2025-04-10';
const meta = (name: string) => {
  const { body: _body, removed: _removed, ...rest } = cleanArticle(seed(name), { now: NOW });
  return rest;
};

describe('metadata of the seeds, as far as their texts support it', () => {
  it('000: the repeated headline, the outlet of the copyright line, the date line', () => {
    expect(meta('000_4ff2338cbc9187df.txt')).toMatchObject({
      file: '000_4ff2338cbc9187df.txt',
      title: 'خاص- دمشق تفرج عن مقاتلين من "الحشد الشعبي" العراقي',
      titleBasis: 'inferred',
      outlet: 'إرم نيوز',
      outletBasis: 'explicit',
      published: '2025-04-08',
      publishedBasis: 'explicit',
      language: 'ar',
      author: null,
      authorBasis: 'unknown',
    });
  });

  it('001: the outlet of the donation appeal, not the channel the story cites; the year inferred from «اليوم، الاثنين 17 من شباط»', () => {
    expect(meta('001_f195298f482e62d6.txt')).toMatchObject({
      title: 'العراق ينفي وجود نشاط ضد سوريا على أراضيه',
      outlet: 'عنب بلدي',
      outletBasis: 'explicit',
      published: '2025-02-17',
      publishedBasis: 'inferred',
    });
  });

  it('002: «اليوم 26 من آب» gives a day without a year; «روسيا اليوم» is not today; no outlet is claimed', () => {
    expect(meta('002_370ad7f8b841efc5.txt')).toMatchObject({
      title: 'بعد إرساله 250 عنصراً إلى جبهات الشمال المحرر.. قائد الحشد الشعبي العراقي يلتقي بشار الأسد',
      outlet: null,
      outletBasis: 'unknown',
      published: '--08-26',
      publishedBasis: 'inferred',
    });
  });

  it('003: the outlet the sources spoke to («لـ”العربي الجديد”»), the author of the closing biography, no date', () => {
    expect(meta('003_6e59c3c8b09eb941.txt')).toMatchObject({
      title: 'الميليشيات العراقية تعود إلى ديارها بعد انهيار النظام السوري',
      outlet: 'العربي الجديد',
      outletBasis: 'inferred',
      author: 'شيلي كيتلسون',
      authorBasis: 'inferred',
      published: null,
      publishedBasis: 'unknown',
    });
  });

  it('004: no headline above the story and nothing else to go on', () => {
    expect(meta('004_738c4e5b00d9a6d1.txt')).toMatchObject({
      title: null,
      titleBasis: 'unknown',
      outlet: null,
      published: null,
      publishedBasis: 'unknown',
      language: 'ar',
      languageBasis: 'inferred',
    });
  });
});
