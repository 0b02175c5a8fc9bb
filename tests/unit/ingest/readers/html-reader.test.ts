import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../main/ingest/readers/ingest-error.ts';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';
import { splitTitleSuffix } from '../../../../main/ingest/readers/html-metadata.ts';

const PARAGRAPHS = [
  'قالت وزارة الخارجية في بيان صدر صباح اليوم إن المحادثات بين الوفدين استمرت ساعات طويلة وتناولت ملفات عدة من بينها الحدود والتجارة.',
  'وأضاف البيان أن الجانبين اتفقا على مواصلة الحوار في جولة جديدة تعقد الشهر المقبل، دون أن يحدد مكان انعقادها أو مستوى التمثيل فيها.',
  'ولم يصدر أي تعليق رسمي من الطرف الآخر حتى الآن، فيما تحدثت وسائل إعلام محلية عن خلافات لم تحسم بعد حول عدد من البنود.',
];

function page(head: string, article: string, lang = 'ar'): Buffer {
  return Buffer.from(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article>${article}</article>
<footer>جميع الحقوق محفوظة</footer></body></html>`);
}

const ARTICLE = `<h1>محادثات مطولة بين الوفدين</h1><h2>عنوان فرعي للخبر</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}`;

describe('readHtmlFile', () => {
  it('extracts the article as lines, headings on their own lines, headline first', () => {
    const doc = readHtmlFile('a.html', page('<title>محادثات مطولة بين الوفدين - صحيفة المثال</title>', ARTICLE));
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('utf-8');
    const lines = doc.text.split('\n').filter((l) => l !== '');
    expect(lines[0]).toBe('محادثات مطولة بين الوفدين');
    expect(lines).toContain('عنوان فرعي للخبر');
    for (const p of PARAGRAPHS) expect(lines).toContain(p);
    expect(doc.text).not.toMatch(/[<>]/);
    expect(doc.declared).toEqual({ title: 'محادثات مطولة بين الوفدين', outlet: 'صحيفة المثال', language: 'ar', siteNames: ['صحيفة المثال'] });
  });

  it('prefers JSON-LD (inside @graph, authors as a list) over Open Graph and <title>', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle'],
          headline: 'العنوان من JSON-LD',
          datePublished: '2024-05-01T10:00:00+03:00',
          author: [{ '@type': 'Person', name: 'كاتب أول' }, { '@type': 'Person', name: 'كاتب ثان' }],
          publisher: { '@type': 'Organization', name: 'ناشر JSON-LD' },
          url: 'https://example.org/ld',
        },
      ],
    });
    const head = `<title>عنوان الصفحة | موقع</title><meta property="og:title" content="عنوان OG"><meta property="og:site_name" content="موقع OG">
<meta property="article:published_time" content="2020-01-01"><meta name="author" content="مؤلف meta"><script type="application/ld+json">${ld}</script>
<script type="application/ld+json">{ not json</script>`;
    expect(readHtmlFile('a.html', page(head, ARTICLE)).declared).toEqual({
      title: 'العنوان من JSON-LD',
      published: '2024-05-01T10:00:00+03:00',
      author: 'كاتب أول, كاتب ثان',
      outlet: 'ناشر JSON-LD',
      url: 'https://example.org/ld',
      language: 'ar',
      // Every name the head gives the site, the declared one first.
      siteNames: ['ناشر JSON-LD', 'موقع OG', 'موقع'],
    });
  });

  it('falls back to Open Graph, meta author and <time datetime>', () => {
    const head = `<title>عنوان الصفحة | موقع OG</title><meta property="og:title" content="عنوان OG"><meta property="og:site_name" content="موقع OG">
<meta property="og:url" content="https://example.org/og"><meta name="author" content="مؤلف meta">`;
    const doc = readHtmlFile('a.html', page(head, `<time datetime="2024-02-03">٣ فبراير</time>${ARTICLE}`));
    expect(doc.declared).toEqual({ title: 'عنوان OG', outlet: 'موقع OG', author: 'مؤلف meta', published: '2024-02-03', url: 'https://example.org/og', language: 'ar', siteNames: ['موقع OG'] });
  });

  it('keeps a byline element Readability lifts out of the body as the author', () => {
    const doc = readHtmlFile('a.html', page('<title>t</title>', `<h1>عنوان</h1><p class="byline">بقلم: محرر الشؤون الدولية</p>${ARTICLE}`));
    expect(doc.declared.author).toBe('بقلم: محرر الشؤون الدولية');
  });

  it('never lets scripts, styles or event handlers into the text', () => {
    const hostile = `<script>alert("SCRIPT-TEXT")</script><style>.x{color:red} STYLE-TEXT</style>
<p onclick="stealCookies('HANDLER-TEXT')" onmouseover="HANDLER2">${PARAGRAPHS[0]}</p>
<img src="x" onerror="ONERROR-TEXT"><iframe src="javascript:alert('IFRAME-TEXT')">IFRAME-TEXT</iframe>
<a href="javascript:LINK-TEXT">رابط</a><noscript>NOSCRIPT-TEXT</noscript><object>OBJECT-TEXT</object><embed src="e">
<div hidden>HIDDEN-TEXT</div><svg><text>SVG-TEXT</text></svg><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p>`;
    const doc = readHtmlFile('hostile.html', page('<title>t</title><script>var HEAD_SCRIPT = 1;</script>', hostile));
    for (const marker of ['SCRIPT', 'STYLE', 'HANDLER', 'ONERROR', 'IFRAME', 'LINK-TEXT', 'NOSCRIPT', 'OBJECT', 'HIDDEN', 'SVG', 'alert', 'color:red', '<', '>']) {
      expect(doc.text).not.toContain(marker);
    }
    expect(doc.text).toContain(PARAGRAPHS[0]);
    expect(doc.text).toContain('رابط');
  });

  it('survives malformed markup and bare fragments', () => {
    const doc = readHtmlFile('bad.html', Buffer.from(`<p>${PARAGRAPHS[0]}<div><span>نص داخل <b>وسم</p></table><p>${PARAGRAPHS[1]}`));
    expect(doc.text).toContain(PARAGRAPHS[0]);
    expect(doc.text).toContain(PARAGRAPHS[1]);
    expect(doc.text).toContain('نص داخل وسم');
  });

  it('keeps a short page whole when Readability finds no article, with <br> as a line break', () => {
    const doc = readHtmlFile('short.html', Buffer.from('<html><body><p>سطر أول<br>سطر ثان</p></body></html>'));
    expect(doc.text).toBe('سطر أول\nسطر ثان');
  });

  it('refuses a page with no readable text', () => {
    const run = (): unknown => readHtmlFile('empty.html', Buffer.from('<html><head><title></title><script>var a = "x";</script></head><body><img src="a.png"></body></html>'));
    expect(run).toThrow(IngestError);
    expect(run).toThrow('empty.html: the page has no readable text');
  });

  it('decodes a Windows-1256 page that declares its charset', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>${PARAGRAPHS[0]}</p></body></html>`;
    const doc = readHtmlFile('old.htm', iconv.encode(html, 'windows-1256'));
    expect(doc.encoding).toBe('windows-1256');
    expect(doc.text).toContain(PARAGRAPHS[0]);
  });
});

describe('readHtmlFile within its budget', () => {
  const nested = (depth: number, close = true): Buffer =>
    Buffer.from(`<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPHS[0]}</p>${close ? '</div>'.repeat(depth) : ''}</body></html>`);

  it('refuses a page nested 1,000 and 5,000 deep at once, naming the file (it hung import for minutes)', () => {
    for (const depth of [1_000, 5_000]) {
      expect(() => readHtmlFile('deep.html', nested(depth))).toThrow('deep.html: the page is too deeply nested (elements inside each other more than 100 levels deep); it cannot be read safely');
    }
  });

  it('refuses 20 MB of unclosed elements and of tiny elements before parsing them', () => {
    const deep = readHtmlFileError(Buffer.from(`<html><body>${'<span>'.repeat(4_000_000)}نص`));
    expect(deep.code).toBe('too-complex');
    expect(deep.problem).toMatch(/too deeply nested/);
    const many = readHtmlFileError(Buffer.from(`<html><body>${'<i>نص</i>'.repeat(1_500_000)}</body></html>`));
    expect(many.code).toBe('too-large');
    expect(many.message).toBe('huge.html: the page has more than 100,000 elements; it cannot be read safely');
  });

  it('still reads deep but sane nesting, and paragraphs left unclosed', () => {
    expect(readHtmlFile('ok.html', nested(90)).text).toContain(PARAGRAPHS[0]);
    const unclosed = readHtmlFile('old.html', Buffer.from(`<html><body>${`<p>${PARAGRAPHS[1] ?? ''}`.repeat(1_500)}</body></html>`));
    expect(unclosed.text.split('\n\n')).toHaveLength(1_500);
  });

  it('reads a page too big for Readability whole, with every paragraph', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<div class="c"><p>${PARAGRAPHS[i % 3] ?? ''} ${String(i)}</p></div>`);
    const doc = readHtmlFile('long.html', Buffer.from(`<html><body><nav><a href="/">الرئيسية</a></nav><article>${paragraphs.join('')}</article></body></html>`));
    expect(doc.text).toContain(`${PARAGRAPHS[19_999 % 3] ?? ''} 19999`);
    expect(doc.text).toContain('الرئيسية');
  });
});

function readHtmlFileError(bytes: Buffer): IngestError {
  try {
    readHtmlFile('huge.html', bytes);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('splitTitleSuffix', () => {
  it('splits a short outlet suffix off a title', () => {
    expect(splitTitleSuffix('وزير يزور العاصمة | وكالة الأنباء')).toEqual({ title: 'وزير يزور العاصمة', outlet: 'وكالة الأنباء' });
    expect(splitTitleSuffix('وزير يزور العاصمة - المثال')).toEqual({ title: 'وزير يزور العاصمة', outlet: 'المثال' });
  });

  it('keeps a title whose tail is too long to be a name, or that has no separator', () => {
    expect(splitTitleSuffix('قصير - هذا ذيل طويل جدا لا يمكن أن يكون اسم موقع')).toEqual({ title: 'قصير - هذا ذيل طويل جدا لا يمكن أن يكون اسم موقع' });
    expect(splitTitleSuffix('خاص- دمشق تفرج عن مقاتلين')).toEqual({ title: 'خاص- دمشق تفرج عن مقاتلين' });
  });
});
