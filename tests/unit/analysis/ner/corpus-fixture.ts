// A small annotated corpus in ANERcorp's format, made up for the tests (CI has no copy of ANERcorp).
const PEOPLE = ['جاك شيراك', 'توني بلير', 'كوفي عنان', 'هوجو شافيز', 'جون كيري', 'سامر العبيدي'];
const PLACES = ['باريس', 'لندن', 'القاهرة', 'بغداد', 'دمشق'];
const ORGS = ['الأمم المتحدة', 'الاتحاد الأوروبي', 'حلف شمال الأطلسي'];

function tagged(words: string, type: string): string[] {
  return words.split(' ').map((w, i) => `${w} ${i === 0 ? 'B' : 'I'}-${type}`);
}

/** `n` sentences of «قال X في Y إن Z …» in train.txt's format, the i-th sentence's names picked by i. */
export function corpusText(n: number, offset = 0): string {
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = k + offset;
    lines.push('وقال O', ...tagged(PEOPLE[i % PEOPLE.length] ?? '', 'PERS'), 'في O', ...tagged(PLACES[i % PLACES.length] ?? '', 'LOC'));
    lines.push('إن O', ...tagged(ORGS[i % ORGS.length] ?? '', 'ORG'), 'ستعقد O', 'اجتماعا O', 'في O', 'المدينة O', '. O', '');
  }
  return lines.join('\n');
}
