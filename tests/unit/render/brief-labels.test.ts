import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorMapCaption, independentSourcesLabel, TIE_KIND_LABEL } from '../../../main/render/brief-labels.ts';

describe('the count of independent sources in words', () => {
  it.each([
    [1, 'مصدر مستقل واحد'],
    [2, 'مصدران مستقلان'],
    [3, '3 مصادر مستقلة'],
    [10, '10 مصادر مستقلة'],
    [11, '11 مصدرًا مستقلًا'],
    [99, '99 مصدرًا مستقلًا'],
    [100, '100 مصدر مستقل'],
    [103, '103 مصادر مستقلة'],
    [112, '112 مصدرًا مستقلًا'],
  ])('%i → %s', (n, words) => {
    expect(independentSourcesLabel(n)).toBe(words);
  });
});

describe('the actor map\'s caption', () => {
  it('says what the map names, what it draws small and unnamed, and what it leaves off, each count in agreement', () => {
    const all = actorMapCaption({ named: 4, small: 0, others: 0, unlabelled: 0, kinds: 0 });
    expect(all).not.toContain('يُظهر المخطط');
    const capped = actorMapCaption({ named: 20, small: 0, others: 64, unlabelled: 0, kinds: 0 });
    expect(capped).toContain('أكثر الفاعلين ارتباطًا (20 فاعلًا)، و64 فاعلًا آخر لم يُرسموا، وجدول الفاعلين يذكرهم جميعًا.');
    const busy = actorMapCaption({ named: 20, small: 40, others: 29, unlabelled: 2, kinds: 0 });
    expect(busy).toContain('(20 فاعلًا) بأسمائهم، ورُسم في وسطه بلا أسماء 40 فاعلًا آخر، لكلٍّ منهم أقوى روابطه وحده، و29 فاعلًا آخر لم يُرسموا');
    expect(busy).toContain('ورُسم فاعلان بلا اسم لضيق المكان.');
    // Everything drawn, some small: nothing is said to be left off.
    expect(actorMapCaption({ named: 20, small: 5, others: 0, unlabelled: 0, kinds: 0 })).toContain('5 فاعلين آخرين، لكلٍّ منهم أقوى روابطه وحده، وجدول');
    // The word on a tie is explained only when one is printed.
    expect(capped).not.toContain('والكلمة على الخط');
    expect(actorMapCaption({ named: 20, small: 0, others: 0, unlabelled: 0, kinds: 3 })).toContain('ويغلظ الخط بعدد الجمل. والكلمة على الخط نوع الحدث الذي تذكره أغلب جمله.');
  });

  it('has a word for every event sense a tie may be of, and each is one Arabic word', () => {
    const lexicon = JSON.parse(readFileSync(join(import.meta.dirname, '../../../main/text/arabic/event-senses.json'), 'utf8')) as { senses: Array<{ sense: string }> };
    expect(Object.keys(TIE_KIND_LABEL).sort()).toEqual(lexicon.senses.map((s) => s.sense).sort());
    for (const word of Object.values(TIE_KIND_LABEL)) expect(word).toMatch(/^\p{Script=Arabic}+$/u);
  });
});
