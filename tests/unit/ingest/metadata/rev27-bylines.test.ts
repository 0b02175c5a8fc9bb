import { describe, expect, it } from 'vitest';
import { parseByline, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';
import { detectAuthor } from '../../../../main/ingest/metadata/detect-author.ts';
import { nameAfterOwnReporterWord } from '../../../../main/ingest/metadata/own-reporter-word.ts';
import { printedArabicOverLatin } from '../../../../main/ingest/metadata/printed-over-latin.ts';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const page = (author?: string): RawDocument => ({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: 'نص', declared: author === undefined ? {} : { author } });

// Lines and pages of our own, in the forms of rev27's findings 5 and 12.
describe('bylines of rev27', () => {
  it('counts a kunya and a family name as one name each, so a six-word name with both is still a byline', () => {
    expect(parseByline('بقلم: سلمى فاضل أبو الحسن آل ناصر')).toBe('سلمى فاضل أبو الحسن آل ناصر');
    // Six names with neither is no name a byline gives.
    expect(parseByline('بقلم: سلمى فاضل حسن علي ناصر جواد')).toBeNull();
  });

  it('reads the name after «من مراسلنا» in a dateline as the writer', () => {
    expect(parsePlaceByline('الموصل - من مراسلنا حيدر كاظم أبو زهراء')).toBe('حيدر كاظم أبو زهراء');
    expect(nameAfterOwnReporterWord('من مراسلتنا هدى سالم')).toBe('هدى سالم');
    // The word with a place after it, or alone, names no writer.
    expect(parsePlaceByline('الموصل - من مراسلنا في المدينة')).toBeNull();
    expect(nameAfterOwnReporterWord('من مدينة الموصل')).toBeNull();
  });

  it('takes the Arabic byline a page prints over a Latin meta author', () => {
    expect(printedArabicOverLatin('Samir Al-Hashimi', 'سمير الهاشمي')).toBe(true);
    expect(detectAuthor(page('Samir Al-Hashimi'), 'سمير الهاشمي', null).value).toBe('سمير الهاشمي');
    // A declared Arabic name keeps its precedence, and a Latin one stands when nothing is printed.
    expect(printedArabicOverLatin('سمير الهاشمي', 'سامر الحسني')).toBe(false);
    expect(detectAuthor(page('سمير الهاشمي'), 'سامر الحسني', null).value).toBe('سمير الهاشمي');
    expect(detectAuthor(page('Samir Al-Hashimi'), null, null).value).toBe('Samir Al-Hashimi');
  });

  it("keeps Readability's Arabic byline element over a Latin meta author in an HTML page", () => {
    const html = (meta: string): Buffer => Buffer.from(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ميناء المدينة يستأنف العمل</title><meta name="author" content="${meta}"></head><body><main><h1>ميناء المدينة يستأنف العمل</h1><div class="author">سمير الهاشمي - لندن</div>${'<p>استأنف الميناء العمل صباح اليوم بعد توقف دام أسبوعاً كاملاً بسبب الإضراب، وقالت الإدارة إن الحركة ستعود إلى طبيعتها خلال أيام.</p>'.repeat(4)}</main></body></html>`);
    expect(readHtmlFile('a.html', html('Samir Al-Hashimi')).declared.author).toBe('سمير الهاشمي - لندن');
    expect(readHtmlFile('a.html', html('سمير الهاشمي')).declared.author).toBe('سمير الهاشمي');
  });
});
