import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { classifyLines } from '../../../../main/ingest/clean/classify-lines.ts';
import { authorCandidates, locateName } from '../../../../main/ingest/author/author-candidates.ts';

// A page of our own: a headline, a byline with its cue word, a newsroom's credit, and a story that quotes a minister.
const text = [
  'افتتاح جسر جديد فوق نهر المدينة',
  'بقلم: محمد عبد الرحيم',
  'افتتحت البلدية صباح اليوم جسرا جديدا فوق نهر المدينة بعد ثلاث سنوات من العمل، وقال أحمد سعيد الحربي إن الجسر سيخفف الزحام في وسط المدينة.',
  'وأضاف أن البلدية ستفتح جسرين آخرين قبل نهاية العام المقبل إذا سمحت الميزانية بذلك، بحسب ما ذكره للصحفيين في موقع الافتتاح.',
  'تحرير: شفق نيوز',
].join('\n');
const raw: RawDocument = { file: 'page.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
const lines = classifyLines(text, { now: '2026-01-15' }).lines;

describe('authorCandidates', () => {
  const candidates = authorCandidates({ raw, lines, outlet: 'شفق نيوز', rules: null });

  it('offers the byline\'s name with its reader, its cue word and its line, stated by the page', () => {
    const writer = candidates.find((c) => c.value === 'محمد عبد الرحيم');
    expect(writer?.explicit).toBe(true);
    expect(writer?.features.get('src:cue')).toBe(1);
    expect(writer?.features.get('before:write')).toBe(1);
    expect(writer?.features.get('given-name')).toBe(1);
  });

  it('ends with «no author», which knows the rules read none', () => {
    const none = candidates[candidates.length - 1];
    expect(none?.value).toBeNull();
    expect(none?.features.get('none×rules-none')).toBe(1);
  });

  it('offers no newsroom as a writer', () => {
    expect(candidates.some((c) => c.value === 'شفق نيوز')).toBe(false);
  });

  it('marks the rules\' choice, and a name the story quotes as a speaker', () => {
    const withRules = authorCandidates({ raw, lines, outlet: null, rules: 'أحمد سعيد الحربي' });
    const quoted = withRules.find((c) => c.value === 'أحمد سعيد الحربي');
    expect(quoted?.features.get('rules')).toBe(1);
    expect(quoted?.features.get('speaker')).toBe(1);
    expect(withRules.find((c) => c.value === 'محمد عبد الرحيم')?.features.has('speaker')).toBe(false);
  });
});

describe('locateName', () => {
  it('finds a name its reader returned in another form on the line, so the cue before it counts', () => {
    expect(locateName('بقلم: سالم الراشدي', 'سالم الراشدي')).toEqual({ start: 6, end: 18 });
    // Split at a slash and an underscore, an honorific dropped, a hamza seat and ta marbuta folded.
    expect(locateName('كتب/سالم_الراشدي', 'سالم الراشدي')).toEqual({ start: 4, end: 16 });
    expect(locateName('إعداد: د. أسامة الراشدية', 'اسامه الراشديه')).toEqual({ start: 10, end: 24 });
    // Two writers joined by «و» where the line prints a comma.
    expect(locateName('تحرير: سالم الراشدي، هالة يوسف', 'سالم الراشدي وهالة يوسف')).toEqual({ start: 7, end: 30 });
    expect(locateName('بقلم: سالم الراشدي', 'هالة يوسف')).toBeNull();
    // A second writer whose name opens with «و» after the conjunction: only the conjunction is read off.
    expect(locateName('تحرير: سالم الراشدي، وودز هاريس', 'سالم الراشدي ووودز هاريس')).toEqual({ start: 7, end: 31 });
    expect(locateName('تحرير: سالم الراشدي، ودز هاريس', 'سالم الراشدي ووودز هاريس')).toBeNull();
  });

  it('reads the cues before and after a name written otherwise, where before it read the whole line as before it', () => {
    const page = 'افتتاح جسر جديد فوق نهر المدينة\nكتب/محمد_عبد_الرحيم، القاهرة\n' + text.split('\n').slice(2).join('\n');
    const own: RawDocument = { ...raw, text: page };
    const found = authorCandidates({ raw: own, lines: classifyLines(page, { now: '2026-01-15' }).lines, outlet: null, rules: null }).find((c) => c.value === 'محمد عبد الرحيم');
    expect(found?.features.get('before:write')).toBe(1);
    expect(found?.features.has('ends-line')).toBe(false);
  });
});

