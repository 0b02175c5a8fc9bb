import { describe, expect, it } from 'vitest';
import { directionSegments, displaySegments, shapeDigits } from '../../../../main/render/shared/digits-direction.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('directionSegments', () => {
  it('finds Latin islands in Arabic text, brackets left to the Arabic side', () => {
    expect(directionSegments('قالت وكالة Reuters إن 250 عنصراً (NATO) عادوا')).toEqual([
      { text: 'قالت وكالة ', latin: false },
      { text: 'Reuters', latin: true },
      { text: ' إن 250 عنصراً (', latin: false },
      { text: 'NATO', latin: true },
      { text: ') عادوا', latin: false },
    ]);
  });

  it('keeps numbers between Latin words in the island, and a phrase with its spaces', () => {
    expect(directionSegments('طائرة Boeing 737 MAX سقطت عام 2019')).toEqual([
      { text: 'طائرة ', latin: false },
      { text: 'Boeing 737 MAX', latin: true },
      { text: ' سقطت عام 2019', latin: false },
    ]);
  });

  it('leaves the sentence mark after a Latin word to the Arabic sentence, but keeps an English item whole', () => {
    expect(directionSegments('وفق وكالة SANA.')).toEqual([
      { text: 'وفق وكالة ', latin: false }, { text: 'SANA', latin: true }, { text: '.', latin: false },
    ]);
    expect(directionSegments('The ministry denied the report (Reuters).')).toEqual([
      { text: 'The ministry denied the report (Reuters).', latin: true },
    ]);
  });

  it('takes a Latin word written after an Arabic proclitic («وOPEC+») as an island, the proclitic left Arabic', () => {
    expect(directionSegments('بحضور ممثلي NATO وIAEA وOPEC+.')).toEqual([
      { text: 'بحضور ممثلي ', latin: false },
      { text: 'NATO', latin: true },
      { text: ' و', latin: false },
      { text: 'IAEA', latin: true },
      { text: ' و', latin: false },
      { text: 'OPEC+', latin: true },
      { text: '.', latin: false },
    ]);
    expect(directionSegments('نقلت لـCNN عن وزارة')).toEqual([
      { text: 'نقلت لـ', latin: false }, { text: 'CNN', latin: true }, { text: ' عن وزارة', latin: false },
    ]);
  });

  it('takes identifiers, URLs and e-mail addresses whole', () => {
    expect(directionSegments('بلا عنوان (004_738c4e5b00d9a6d1.txt)').map((s) => s.text)).toEqual([
      'بلا عنوان (', '004_738c4e5b00d9a6d1.txt', ')',
    ]);
    expect(directionSegments('راسلوا info@example.org أو https://example.org/a/1?x=2 اليوم').filter((s) => s.latin).map((s) => s.text))
      .toEqual(['info@example.org', 'https://example.org/a/1?x=2']);
  });

  it('loses no character', () => {
    const text = 'أعلن 🇮🇶 الجيش (Iraqi Army) عن إعادة 1905 جنود، أي ٪٣٠ — see www.x.org.';
    expect(directionSegments(text).map((s) => s.text).join('')).toBe(text);
    expect(directionSegments('')).toEqual([]);
  });
});

describe('shapeDigits', () => {
  it('writes Arabic-Indic digits in Arabic text, quoted text included, and Western ones in Latin islands', () => {
    expect(shapeDigits('عاد 1905 جنود في «8 كانون الأول 2024» وفق COVID-19 و https://x.org/2024 و a1@b2.org', 'arabic-indic'))
      .toBe('عاد ١٩٠٥ جنود في «٨ كانون الأول ٢٠٢٤» وفق COVID-19 و https://x.org/2024 و a1@b2.org');
    expect(shapeDigits('The 2024 report.', 'arabic-indic')).toBe('The 2024 report.');
    // A Latin word written after a proclitic keeps its digits too.
    expect(shapeDigits('إصابات وCOVID-19 بلغت 20', 'arabic-indic')).toBe('إصابات وCOVID-19 بلغت ٢٠');
  });

  it('changes nothing for Western digits', () => {
    expect(shapeDigits('عاد 1905 جنود', 'western')).toBe('عاد 1905 جنود');
  });
});

describe('displaySegments', () => {
  it('isolates an island that holds digits or punctuation, not a plain word', () => {
    expect(displaySegments('بلا عنوان (004_738c4e5b00d9a6d1.txt) وكالة SANA في 2024', 'arabic-indic')).toEqual([
      { text: 'بلا عنوان (', latin: false },
      { text: `${FSI}004_738c4e5b00d9a6d1.txt${PDI}`, latin: true },
      { text: ') وكالة ', latin: false },
      { text: 'SANA', latin: true },
      { text: ' في ٢٠٢٤', latin: false },
    ]);
    expect(displaySegments('The report said 5 people died.', 'western')).toEqual([
      { text: `${FSI}The report said 5 people died.${PDI}`, latin: true },
    ]);
  });
});

describe('an English item', () => {
  it('is one island, its numbers and final period included', () => {
    const text = 'The army returned 1,905 soldiers (Reuters, 12 January 2025).';
    expect(directionSegments(text)).toEqual([{ text, latin: true }]);
    expect(shapeDigits(text, 'arabic-indic')).toBe(text);
    expect(shapeDigits('1905', 'arabic-indic')).toBe('١٩٠٥');
  });
});

describe('quoted text', () => {
  it('quotes an English sentence whole, its period inside the quotation marks', () => {
    expect(directionSegments('«The army said it returned 1,905 soldiers.» — المصدر 6، Reuters')).toEqual([
      { text: '«', latin: false },
      { text: 'The army said it returned 1,905 soldiers.', latin: true },
      { text: '» — المصدر 6، ', latin: false },
      { text: 'Reuters', latin: true },
    ]);
    expect(shapeDigits('«عاد 1905 جنود» و«Boeing 737.»', 'arabic-indic')).toBe('«عاد ١٩٠٥ جنود» و«Boeing 737.»');
  });
});

describe('Arabic number signs in Arabic-Indic mode', () => {
  // [what, input, Arabic-Indic output]; Western output is always the input.
  const cases: Array<[string, string, string]> = [
    ['a decimal', 'تقارب 1.9 ضعفًا', 'تقارب ١٫٩ ضعفًا'],
    ['a thousands separator', 'نحو 3,500 عنصر', 'نحو ٣٬٥٠٠ عنصر'],
    ['a per cent sign', 'بنسبة 45%.', 'بنسبة ٤٥٪.'],
    ['a decimal per cent in brackets', 'ارتفع التضخم (3.5%) في 2024', 'ارتفع التضخم (٣٫٥٪) في ٢٠٢٤'],
    ['a dotted date', 'في 21.11.2025 عند 13:45', 'في ٢١.١١.٢٠٢٥ عند ١٣:٤٥'],
    ['a sentence ending after a year', 'سقط النظام عام 2024. ثم', 'سقط النظام عام ٢٠٢٤. ثم'],
    ['a URL keeps its dots and digits', 'نشر على https://moi.example.iq/news/2025/01.5 بيانًا بنسبة 45%',
      'نشر على https://moi.example.iq/news/2025/01.5 بيانًا بنسبة ٤٥٪'],
    ['an e-mail address', 'راسلوا a1.5@b2.org بشأن 3.5', 'راسلوا a1.5@b2.org بشأن ٣٫٥'],
    ['a file name', 'وفق ملف 738c4e5b00d9a6d1.txt_004 و1.5', 'وفق ملف 738c4e5b00d9a6d1.txt_004 و١٫٥'],
    ['a Latin island', 'قالت Reuters إن GDP 3.5% growth تحقق بنسبة 3.5%', 'قالت Reuters إن GDP 3.5% growth تحقق بنسبة ٣٫٥٪'],
    ['an English item', 'Inflation rose 3.5% to 1,905.5 points.', 'Inflation rose 3.5% to 1,905.5 points.'],
    ['a quoted English sentence', '«Growth was 3.5%.» قالت الوزارة إن 45% وافقوا', '«Growth was 3.5%.» قالت الوزارة إن ٤٥٪ وافقوا'],
    ['a bare number', '1,905.5', '١٬٩٠٥٫٥'],
  ];
  it.each(cases)('%s', (_, input, indic) => {
    expect(shapeDigits(input, 'arabic-indic')).toBe(indic);
    expect(shapeDigits(input, 'western')).toBe(input);
    expect(displaySegments(input, 'arabic-indic').map((s) => s.text).join('').replace(/[\u2068\u2069]/gu, '')).toBe(indic);
    expect(displaySegments(input, 'western').map((s) => s.text).join('').replace(/[\u2068\u2069]/gu, '')).toBe(input);
  });

  it('never writes an Arabic sign inside a Latin island', () => {
    const text = 'قالت Reuters: GDP 3.5% (1,905.5 bn) وفق https://x.org/a/3.5%20b ثم 45%';
    for (const segment of displaySegments(text, 'arabic-indic')) {
      if (segment.latin) expect(segment.text).not.toMatch(/[\u0660-\u066C]/u);
    }
  });
});
