import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { selectionMentions } from '../../../../main/analysis/actors/selection-mentions.ts';
import { loadNerModel } from '../../../../main/analysis/ner/load-model.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';

// Where the actors stage takes the tagger's bounds or reading over a rule's (issue 12), found by npm run tune:ner-stage.
function spans(body: string): string[] {
  return selectionMentions([articleRecord('a1', body)], loadGazetteer(), loadNerModel()).map((m) => `${m.type}:${body.slice(m.start, m.end)}:${m.entry?.name ?? '-'}`);
}

describe('the tagger\'s bounds inside a gazetteer alias', () => {
  it('leaves a descriptive head out of a place the gazetteer lists with it («دولة قطر»), the entry kept', () => {
    expect(spans('وقع الاتفاق في دولة قطر أمس بحضور الوزراء.')).toEqual(['place:قطر:قطر']);
    expect(spans('وقال إنه لا يمكن الاعتراف بدولة اسرائيل كما يريد.')).toContain('place:اسرائيل:إسرائيل');
    // The words as written stay one of the actor's names.
    expect(named(extractActors([articleRecord('a1', 'وقع الاتفاق في دولة قطر أمس بحضور الوزراء.')]), 'قطر')?.aliases).toContain('دولة قطر');
  });

  it('takes the words the tagger reads on into when they name the same entry («دولة الإمارات العربية المتحدة»)', () => {
    expect(spans('وضع حق المؤلف في دولة الإمارات العربية المتحدة جيد.').filter((x) => x.startsWith('place:'))).toEqual(['place:الإمارات العربية المتحدة:الإمارات']);
  });

  it('leaves a nationality adjective out of an organisation the gazetteer lists with it («حزب الله اللبناني»)', () => {
    expect(spans('وقال الأمين العام لحزب الله اللبناني إن الحرب لم تنته.')).toContain('organization:لحزب الله:حزب الله');
  });
});

describe('a place cue as the evidence for a tagged place', () => {
  it('keeps a one-word place the tagger reads after «مدينة» though the word has a verb\'s shape («ستنفجر»)', () => {
    expect(spans('وصل القارب قادماً من مدينة ستنفجر النرويجية صباح أمس.')).toContain('place:ستنفجر:-');
  });
});

describe('a gazetteer name inside a longer name the tagger reads as MISC', () => {
  it('is no actor of its own («بطولة أمم أفريقيا», a tournament), and the rest of the sentence keeps its places', () => {
    expect(spans('وشارك اللاعب في بطولة أمم أفريقيا التي تستضيفها مصر.')).toEqual(['place:مصر:مصر']);
  });
});


describe('a place cue in another sense', () => {
  it('reads the name after «ولاية» (a term of office) as the person the tagger reads there («ولاية صالح الأخيرة»)', () => {
    expect(spans('ويأتي بدء سريان ولاية صالح الأخيرة حسب الدستور.')).toEqual(['person:صالح:-']);
  });
});

describe('a given name alone after a reporting verb', () => {
  it('ends before the prepositional word a rule ran on into («وقالت جابر للصحفيين»)', () => {
    expect(spans('وقالت جابر للصحفيين بعد المباراة إن الفوز مستحق.')).toEqual(['person:جابر:-']);
  });
});

describe('a weak rule name the tagger reads as one body', () => {
  it('is that body, though the tagger is not sure of every word («ونقلت سودان تربيون عن …»: an outlet after a reporting verb)', () => {
    expect(spans('ونقلت سودان تربيون عن متطوعين في المدينة أن القصف استمر.')).toEqual(['organization:سودان تربيون:سودان تربيون']);
  });
});

describe('a spokesman\'s «باسم»', () => {
  it('is «on behalf of» the body after it, never a person «باسم …», while the given name stays after a comma or another office', () => {
    const found = spans('وقالت المتحدثة باسم تيك توك في دبلن إن الشركة ستطعن في القرار.');
    expect(found).toContain('organization:تيك توك:-');
    // The office is the spokeswoman's role, whole, waiting for its holder.
    expect(found.filter((x) => x.startsWith('person:'))).toEqual(['person:المتحدثة باسم تيك توك:-']);
    expect(spans('وقال المتحدث باسم الحكومة، باسم العوادي، إن الاتفاق قريب.')).toContain('person:باسم العوادي:-');
    expect(spans('وقال الوزير باسم عوض الله إن الميزانية جاهزة.')).toContain('person:باسم عوض الله:-');
  });
});

describe('a titled name that runs on past the person the tagger reads', () => {
  it('ends where the tagger\'s person ends, though the tagger reads another entity in the words the rule ran on into', () => {
    const found = spans('أصدر السلطان مازن بن راشد مرسوما سلطانيا بإنشاء صندوق وطني للتنمية.');
    expect(found).toContain('person:مازن بن راشد:-');
    expect(found.filter((x) => x.startsWith('person:') && x.includes('مرسوما'))).toEqual([]);
  });
});
