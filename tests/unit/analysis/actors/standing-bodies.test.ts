import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';

// Bodies named by a definite head, the adjectives of their standing and whose they are, or by a head, a field and a
// place (review 27 finding 11), in sentences of our own with invented bodies.
function one(body: string) {
  return extractActors([articleRecord('a1', body)], {});
}

function organisations(body: string): string[] {
  return one(body).filter((a) => a.type === 'organization').map((a) => a.name);
}

describe('a definite head with a standing adjective', () => {
  it('is one body with its «لـ» complement («النقابة العامة لعمال المطاحن», «الشركة العامة للمطاحن الليبية»)', () => {
    expect(organisations('وقالت النقابة العامة لعمال المطاحن إن الإضراب مستمر.')).toEqual(['النقابة العامة لعمال المطاحن']);
    expect(organisations('وردت الشركة العامة للمطاحن الليبية على الاتهامات.')).toEqual(['الشركة العامة للمطاحن الليبية']);
  });

  it('takes the complement\'s adjectives and a noun joined to it, not a place after «بـ» nor a purpose («للطعن في»)', () => {
    expect(organisations('وطالبت النقابة الوطنية للتعليم العالي بزيادة الرواتب.')).toEqual(['النقابة الوطنية للتعليم العالي']);
    expect(organisations('وقالت الشركة الوطنية للصناعة والمناجم إنها ستدفع.')).toEqual(['الشركة الوطنية للصناعة والمناجم']);
    expect(organisations('وقالت النقابة العامة لعمال المطاحن بالموصل إن الإضراب مستمر.')).toContain('النقابة العامة لعمال المطاحن');
    expect(organisations('ورفع المحامون دعوى أمام المحكمة الاتحادية للطعن في القرار.')).not.toContain('المحكمة الاتحادية للطعن');
    expect(organisations('ورفعت النقابة العامة لعمال المطاحن دعوى ضد الوزارة.')).toContain('النقابة العامة لعمال المطاحن');
  });

  it('is one body with two standing adjectives and no complement («المحكمة الاتحادية العليا»)', () => {
    expect(organisations('وقبلت المحكمة الاتحادية العليا النظر في الدعوى.')).toEqual(['المحكمة الاتحادية العليا']);
  });

  it('is no body with one adjective and no complement: a back-reference («الشركة العامة»)', () => {
    expect(organisations('وقالت الشركة العامة إنها ستدفع الرواتب.')).toEqual([]);
    expect(organisations('وقالت الشركة الخاصة لعمال المطاحن إنها ستدفع.')).toEqual([]);
  });

  it('gives an office over it to the name after the comma, not to its complement', () => {
    const actors = one('وقال رئيس النقابة العامة لعمال المطاحن، سالم حمدان الكعبي، إن الإضراب مستمر.');
    expect(named(actors, 'سالم حمدان الكعبي')?.roles).toEqual(['رئيس النقابة العامة لعمال المطاحن']);
    expect(actors.map((a) => a.name)).toContain('النقابة العامة لعمال المطاحن');
  });
});

describe('a head, its field and a place', () => {
  it('is one body («غرفة تجارة الموصل», «قيادة شرطة الموصل»)', () => {
    expect(organisations('وقالت غرفة تجارة الموصل إن الخسائر كبيرة.')).toEqual(['غرفة تجارة الموصل']);
    expect(organisations('غير أن قيادة شرطة الموصل نفت ذلك.')).toEqual(['قيادة شرطة الموصل']);
  });

  it('is no body with a place cue for a field, or with no place («قيادة محافظة الموصل», «غرفة تجارة كبيرة»)', () => {
    expect(organisations('وزار الوفد قيادة محافظة الموصل أمس.')).not.toContain('قيادة محافظة الموصل');
    expect(organisations('وافتتحت غرفة تجارة كبيرة في المدينة.')).toEqual([]);
  });
});
