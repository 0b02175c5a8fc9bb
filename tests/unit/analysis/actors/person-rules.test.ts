import { describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../../main/analysis/actors/mention.ts';
import * as personRules from '../../../../main/analysis/actors/person-rules.ts';
import { PersonRule, personRuleOn } from '../../../../main/analysis/actors/person-rules.ts';
import { selectionMentions } from '../../../../main/analysis/actors/selection-mentions.ts';
import { loadNerModel } from '../../../../main/analysis/ner/load-model.ts';
import { ONE_WORD_SHAPE_MARGIN, oneWordYields, WordMargins } from '../../../../main/analysis/actors/word-margins.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import type { Readings } from './given-reading.ts';

// The tagger's reading of the sentences whose rules lean on its margins, given (given-reading.ts): the shipped
// model's margins move with every retraining. A title word closing a name the tagger is sure of (margin past
// ONE_WORD_SHAPE_MARGIN); a one-word speaker it reads, less sure than that but past REPORTED_SUBJECT_MARGIN.
const READINGS = vi.hoisted((): Readings => ({
  'وصرح الوزير خالد الشيخ بأن المفاوضات متعثرة.': [{ type: 'PERS', name: 'خالد الشيخ', margin: -70 }],
  'وقال رئيس الوزراء مراد الأمير إن الحكومة ستستقيل.': [{ type: 'PERS', name: 'مراد الأمير', margin: -70 }],
  'وأضاف لولا أمام أنصاره في ساو باولو أن البلاد تحتاج إلى الاستثمار.': [{ type: 'PERS', name: 'لولا', margin: -40 }, { type: 'LOC', name: 'ساو باولو', margin: -70 }],
  'وأضاف آبي أن إثيوبيا لا تريد الحرب مع أحد.': [{ type: 'PERS', name: 'آبي', margin: -40 }, { type: 'LOC', name: 'إثيوبيا', margin: -70 }],
}));
vi.mock('../../../../main/analysis/actors/sentence-entities.ts', async (original) => (await import('./given-reading.ts')).withReadings(await original(), READINGS));

// The person rules' switches (person-rules.ts), which only a measuring tool turns off (scripts/person-ablation.ts).
const BODY = 'وقال الرئيس السوري أحمد الشرع إن بلاده لن تشارك. وأضاف الشرع أن الحكومة ستعلن موقفها غدا.';

function persons(off?: ReadonlySet<PersonRule>): Mention[] {
  return selectionMentions([articleRecord('a1', BODY)], loadGazetteer(), loadNerModel(), null, off).filter((m) => m.type === 'person' && !m.roleOnly);
}

const strip = (ms: readonly Mention[]): unknown[] => ms.map((m) => ({ ...m, sentence: null }));

describe('the person rules\' switches', () => {
  it('are all on unless named', () => {
    for (const rule of PersonRule.options) {
      expect(personRuleOn(undefined, rule)).toBe(true);
      expect(personRuleOn(new Set(), rule)).toBe(true);
      expect(personRuleOn(new Set([rule]), rule)).toBe(false);
    }
  });

  it('change nothing when none is off, as assembly runs the stage', () => {
    expect(strip(persons(new Set()))).toEqual(strip(persons()));
  });

  it('are the rules’ names and the one test of them, no set of them kept for assembly (which passes none)', () => {
    expect(Object.keys(personRules).sort()).toEqual(['PersonRule', 'personRuleOn']);
  });

  it('leave a titled name to the tagger when the title rule is off: the name found by the tagger, the title still its role', () => {
    const on = persons().find((m) => m.surface === 'أحمد الشرع');
    const off = persons(new Set<PersonRule>(['titled'])).find((m) => m.surface === 'أحمد الشرع');
    expect(on?.tagged).toBe(false);
    expect(off?.tagged).toBe(true);
    expect(off?.roles).toEqual(on?.roles);
  });

  it('stop the second pass from finding a surname alone in another article when that rule is off', () => {
    const articles = [articleRecord('a1', 'قال وزير المالية سامر القرنفلي إن الموازنة جاهزة.'), articleRecord('a2', 'وكان القرنفلي قد زار المصرف أمس لبحث الديون.')];
    const second = (off?: ReadonlySet<PersonRule>): string[] => selectionMentions(articles, loadGazetteer(), loadNerModel(), null, off).filter((m) => m.sourceId === 'a2' && m.type === 'person').map((m) => m.surface);
    expect(second()).toEqual(['القرنفلي']);
    expect(second(new Set<PersonRule>(['known-surname']))).toEqual([]);
  });
});

describe('a name beside an office with weak evidence (check-rule-mentions.ts)', () => {
  const found = (body: string, off?: ReadonlySet<PersonRule>): string[] =>
    selectionMentions([articleRecord('a1', body)], loadGazetteer(), loadNerModel(), null, off).filter((m) => m.type === 'person' && !m.roleOnly).map((m) => m.surface);

  it('is no person where the tagger reads none in it, however often the office repeats it', () => {
    const body = 'وبدأ المبعوث الأممي مشاورات في عمان أمس. وواصل المبعوث الأممي مشاورات مع الأطراف اليوم.';
    expect(found(body)).toEqual([]);
    // The gate is what drops it: repeated after a title, the weak name was confirmed before.
    expect(found(body, new Set<PersonRule>(['weak-titled-needs-tagger']))).toEqual(['مشاورات', 'مشاورات']);
  });

  it('stays a person where the tagger reads one there', () => {
    expect(found('قال وزير المالية كرمشاني إن الموازنة جاهزة. وأضاف وزير المالية كرمشاني أن العجز تراجع.')).toEqual(['كرمشاني', 'كرمشاني']);
  });
});

describe('a one-word person\'s shape against the tagger (word-margins.ts oneWordYields at ONE_WORD_SHAPE_MARGIN)', () => {
  it('yields where the tagger is fairly sure of the one word, never for a name of two words or a doubtful word', () => {
    // Margins in the model's weight units: negative is the tagger's confidence that the word is an actor's.
    const margins = new WordMargins([-50, -40, 10, -80, -80]);
    expect(oneWordYields(margins, 0, 1, ONE_WORD_SHAPE_MARGIN)).toBe(true);
    expect(oneWordYields(margins, 1, 2, ONE_WORD_SHAPE_MARGIN)).toBe(false);
    expect(oneWordYields(margins, 2, 3, ONE_WORD_SHAPE_MARGIN)).toBe(false);
    // A name of two words is judged by the lexicon only already (find-tagged.ts), not by this gate.
    expect(oneWordYields(margins, 3, 5, ONE_WORD_SHAPE_MARGIN)).toBe(false);
  });

  it('keeps a one-word name the tagger reads after a reporting verb whether the gate is on or off', () => {
    const found = (off?: ReadonlySet<PersonRule>): string[] =>
      selectionMentions([articleRecord('a1', 'وقالت تيتوفا في بيان إن المفاوضات متعثرة.')], loadGazetteer(), loadNerModel(), null, off).filter((m) => m.type === 'person').map((m) => m.surface);
    expect(found()).toEqual(['تيتوفا']);
    expect(found(new Set<PersonRule>(['tagged-one-word-shapes']))).toEqual(['تيتوفا']);
  });
});

describe('a title word closing a name the tagger reads (person-bounds.ts, rule tagged-title-surname)', () => {
  const found = (body: string, off?: ReadonlySet<PersonRule>): string[] =>
    selectionMentions([articleRecord('a1', body)], loadGazetteer(), loadNerModel(), null, off).filter((m) => m.type === 'person' && !m.roleOnly).map((m) => m.surface);

  it('stays the family\'s name where it heads no office after it', () => {
    expect(found('وصرح الوزير خالد الشيخ بأن المفاوضات متعثرة.')).toEqual(['خالد الشيخ']);
    expect(found('وقال رئيس الوزراء مراد الأمير إن الحكومة ستستقيل.')).toEqual(['مراد الأمير']);
    // Switched off, the title word is cut from the end as before.
    expect(found('وصرح الوزير خالد الشيخ بأن المفاوضات متعثرة.', new Set<PersonRule>(['tagged-title-surname']))).toEqual(['خالد']);
  });

  it('is still cut where it heads an office after the name', () => {
    expect(found('وقال حمد بن خليفة آل ثاني أمير البلاد إن الحكومة ستستقيل.')).toEqual(['حمد بن خليفة آل ثاني']);
  });
});

describe('the speaker right after a reporting verb (find-tagged.ts, tagged-reported-subject)', () => {
  const found = (body: string, off?: ReadonlySet<PersonRule>): string[] =>
    selectionMentions([articleRecord('a1', body)], loadGazetteer(), loadNerModel(), null, off).filter((m) => m.type === 'person' && !m.roleOnly).map((m) => m.surface);

  it('keeps a one-word person the tagger reads there though the word tests read a particle or a name\'s link', () => {
    for (const [body, name] of [['وأضاف لولا أمام أنصاره في ساو باولو أن البلاد تحتاج إلى الاستثمار.', 'لولا'], ['وأضاف آبي أن إثيوبيا لا تريد الحرب مع أحد.', 'آبي']] as const) {
      expect(found(body)).toEqual([name]);
      expect(found(body, new Set<PersonRule>(['tagged-reported-subject']))).toEqual([]);
    }
  });

  it('finds no speaker in a particle the tagger does not read as one, nor in a title heading an office', () => {
    expect(found('وقال لولا تدخل الجيش لسقطت الحكومة.')).toEqual([]);
    expect(found('وقال أمين عام الحزب إن الانتخابات ستجري في موعدها.')).toEqual([]);
  });

  it('reads a noun with the article as written: «الطالب» is no «طالب», so the word after it is no speaker', () => {
    const body = 'الطالب ويتكوف قال إن الحرب انتهت.';
    expect(found(body)).not.toContain('ويتكوف');
    expect(found(body)).toEqual(found(body, new Set<PersonRule>(['tagged-reported-subject'])));
  });
});
