import { describe, expect, it } from 'vitest';
import { carriesClaim, statedFigures } from '../../../../main/analysis/sources/claim-carriers.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material).
const TOLL_19 = 'قالت مصادر طبية في مستشفى رأس النخيل العام إن عدد ضحايا غرق العبارة ارتفع إلى ١٩ قتيلا، وهو رقم يزيد على حصيلة خفر السواحل البالغة ١٤ قتيلا.';

describe('which cited sentences carry a claim', () => {
  it('reads the figures a text states, days before a month name left out', () => {
    expect(statedFigures(TOLL_19)).toEqual(['count:19', 'count:14']);
    expect(statedFigures('غرقت العبارة في 7 يناير وعلى متنها 286 راكبا')).toEqual(['count:286']);
  });

  it('takes a sentence giving the claim’s figure, in other words or other digits', () => {
    expect(carriesClaim(TOLL_19, 'وفي تطور آخر، أعلن خفر السواحل انتشال جثتين جديدتين لترتفع الحصيلة إلى 19 قتيلا.')).toBe(true);
    expect(carriesClaim(TOLL_19, 'وكان خفر السواحل قد أعلن أمس انتشال ١٤ جثة، فيما تحدثت مصادر طبية اليوم عن ١٩ قتيلا.')).toBe(true);
  });

  it('refuses a sentence giving another figure for the toll, or none', () => {
    expect(carriesClaim(TOLL_19, 'وقال المتحدث باسم خفر السواحل إن فرق الإنقاذ انتشلت جثث ١٤ شخصا من العبارة.')).toBe(false);
    expect(carriesClaim(TOLL_19, 'وجاء القرار عقب زيارة أجراها المحافظ أمس إلى مستشفى رأس النخيل العام.')).toBe(false);
  });

  it('refuses a sentence that only names the claim’s speaker at another event', () => {
    const told = 'وقال المتحدث باسم خفر السواحل العقيد فيصل آل زيدان إن فرق الإنقاذ انتشلت جثث ١٤ شخصا وأنقذت ٢٣٨ راكبا.';
    expect(carriesClaim(told, 'وحضر الجنازة أيضا المتحدث باسم خفر السواحل العقيد فيصل آل زيدان.')).toBe(false);
  });

  it('refuses a sentence asserting what the claim negates, and keeps one that negates it too', () => {
    const none = 'إذ لم يصدر حتى الآن أي بيان مشترك بين خفر السواحل ووزارة الصحة.';
    expect(carriesClaim(none, 'بحسب بيان مشترك صدر أمس عن خفر السواحل ووزارة الصحة.')).toBe(false);
    expect(carriesClaim('بحسب بيان مشترك صدر أمس عن خفر السواحل ووزارة الصحة.', none)).toBe(false);
    expect(carriesClaim(none, 'ولم يصدر خفر السواحل ووزارة الصحة بيانا مشتركا حتى مساء أمس.')).toBe(true);
  });

  it('takes a retelling without figures that shares the claim’s words, and not one of another story', () => {
    const claim = 'أمرت النيابة العامة بتوقيف قبطان العبارة لمدة سبعة أيام على ذمة التحقيق.';
    expect(carriesClaim('افتتحت وزارة الصحة مستشفى جديدا في المدينة', 'وافتتحت الوزارة مستشفى جديدا للأطفال في المدينة')).toBe(true);
    expect(carriesClaim(claim, 'وأوقفت النيابة العامة قبطان العبارة سبعة أيام بتهمة الإهمال.')).toBe(true);
    expect(carriesClaim(claim, 'وتراجعت أسهم الشركة المالكة للعبارة سبعة في المئة.')).toBe(false);
  });
});
