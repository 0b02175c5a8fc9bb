import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { SentenceScan } from '../../../../main/analysis/actors/sentence-scan.ts';
import { skipCredits } from '../../../../main/analysis/actors/skip-credits.ts';
import { sentenceWords } from '../../../../main/analysis/words/sentence-tokens.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';

const gazetteer = loadGazetteer();

/** The words skipCredits sets aside in each sentence of `text`, one string per sentence. */
function credited(text: string): string[] {
  return sentenceWords(text).map((sw) => {
    const scan = { words: sw.words, claimed: sw.words.map(() => false), gazetteer, known: null, sentenceText: sw.sentence.text, sentenceStart: sw.sentence.start };
    skipCredits(new SentenceScan(scan, 'a1', sw.sentence));
    return sw.words.filter((_, i) => scan.claimed[i]).map((w) => w.text).join(' ');
  });
}

describe('a photo credit in brackets at a caption\'s edge', () => {
  it('is set aside when it opens a sentence after a full stop, or closes a paragraph with no full stop', () => {
    expect(credited('عبرت القافلة الجسر صباحا. (غيتي) هل يصمد الاتفاق بين الطرفين؟')).toEqual(['', 'غيتي']);
    expect(credited('جنود عند نقطة التفتيش الشمالية قرب البلدة (أ ف ب)\nوقال المسؤول إن الطريق مفتوح.')).toEqual(['أ ف ب', '']);
  });

  it('leaves a name in brackets inside a sentence, an agency in prose and a dateline\'s source', () => {
    expect(credited('نقلت وكالة الأنباء الرسمية (سانا) أن الوفد وصل.')).toEqual(['']);
    expect(credited('قالت وكالة رويترز إن الوفد وصل إلى العاصمة.')).toEqual(['']);
    // Closing its sentence with a full stop: an alias of the name before it, not a caption's credit.
    expect(credited('وصل الوفد بحسب وكالة الأنباء الرسمية (سانا).')).toEqual(['']);
    // «(رويترز) - قال …»: the wire the report came from, a source the sources stage reads.
    expect(credited('(رويترز) - قال مسؤول إن الوفد وصل.')).toEqual(['']);
    // More words than a credit takes.
    expect(credited('وصل الوفد. (وهو ما أكدته مصادر عدة) ثم غادر.')).toEqual(['', '']);
  });

  it('is never the alias closing a paragraph right after a body or «باسم» (rev24 finding 4)', () => {
    const long = 'ووصل وفد من الحركة إلى العاصمة مساء الأحد لبحث ترتيبات التهدئة مع الوسطاء، بحسب ما قال متحدث باسم الحركة (حماس)';
    expect(credited(long)).toEqual(['']);
    expect(credited('وقال المتحدث باسم الحركة (حماس)')).toEqual(['']);
    expect(credited('بيان صادر عن الجبهة (جبهة التحرير)')).toEqual(['']);
    // A long paragraph closed by a listed agency or photo credit is still a caption's credit.
    expect(credited('متظاهرون يرفعون لافتات أمام مبنى البرلمان في العاصمة خلال احتجاج على ارتفاع أسعار الوقود والخبز صباح الأحد (غيتي)')).toEqual(['غيتي']);
    const actors = extractActors([articleRecord('a1', `وصل وفد من حركة المقاومة الإسلامية إلى العاصمة.\n${long}`)]);
    expect(actors.some((a) => a.aliases.includes('حماس') || a.name.includes('حماس'))).toBe(true);
  });

  it('is no actor of the story, while an agency named in prose still is', () => {
    const actors = extractActors([articleRecord('a1', 'عبرت القافلة الجسر صباحا. (غيتي) هل يصمد الاتفاق بين الطرفين؟\nوتعرض مكتب وكالة رويترز في المدينة لهجوم.')]);
    expect(named(actors, 'غيتي')).toBeUndefined();
    expect(named(actors, 'رويترز')?.type).toBe('organization');
  });
});
