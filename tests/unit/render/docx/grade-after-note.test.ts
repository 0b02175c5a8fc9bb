// Text before and after footnote references, laid out by LibreOffice at sixty positions near a line's end each.
// LibreOffice (7.4) cuts whatever no-break stretch runs into or out of a footnote anchor by width when it does not fit,
// wherever that is (no upstream tdf# bug found):
// - a Latin grade after a reference: a bare run «\u202fE4» and an isolate without a break opportunity were both cut
//   between letter and digit here, so the grade keeps its zero-width space (citation-notes.ts gradeRuns) and may open
//   the next line whole, its reference left at the end of the line before;
// - a bound date ending the text before two references: cut inside the year («ديسمبر 202» | «4.¹،²») without the
//   one-point space cite() puts before the first reference (a zero-width space there did not help), and split month | year when the date was left unbound.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { briefStylesXml, STYLE } from '../../../../main/render/docx/brief-styles.ts';
import { createCitationNotes } from '../../../../main/render/docx/citation-notes.ts';
import { textRuns } from '../../../../main/render/docx/text-runs.ts';
import { sampleBrief, standardTemplate } from './docx-parts.ts';

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const tools = has('soffice') && has('pdftotext');
const WORDS = 'أعلنت السلطات العراقية أنها أعادت الجنود السوريين عبر معبر القائم بعد مفاوضات طويلة مع دمشق والأمم المتحدة'.split(' ');
const PARAGRAPHS = 60;
const DATE_END = 'في السادس والعشرين من ديسمبر 2024.';
const CORROBORATION = 'مصدر مستقل واحد';

interface Word { x0: number; x1: number; y: number; text: string }

function words(bbox: string): Word[] {
  return [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: (m[4] ?? '').replace(/[\u200b-\u200f\u2066-\u2069]/g, '') }));
}

describe('a grade after a footnote reference and a date before two, through LibreOffice', () => {
  let dir = '';
  let found: Word[] = [];

  beforeEach(({ skip }) => skip(!tools, 'LibreOffice (soffice) or pdftotext is not on PATH'));

  beforeAll(async () => {
    if (!tools) return;
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-grade-note-'));
    const brief = sampleBrief();
    const template = standardTemplate((t) => ({ ...t, gradeLetters: 'latin', docx: { ...t.docx, citations: 'footnotes', embedFonts: false } }));
    const notes = createCitationNotes(brief, template);
    const [source, other] = brief.sources;
    if (!source || !other) throw new Error('the sample brief has fewer than two sources');
    // One word more, or one letter longer, each paragraph: some end exactly where the reference and its grade fall.
    const lead = (n: number) => [...WORDS, ...WORDS].slice(0, 14 + Math.floor(n / 3)).join(' ') + 'ا'.repeat(n % 3);
    const graded = Array.from({ length: PARAGRAPHS }, (_, n) => new Paragraph({
      style: STYLE.normal,
      bidirectional: true,
      children: [
        ...textRuns(lead(n), template.digits),
        ...notes.cite([{ sourceId: source.id, quote: 'اقتباس' }], '', () => 'E4'),
        ...textRuns('.', template.digits),
      ],
    }));
    // The same, a point ending in a date with two sources' references after it (ungraded).
    const dated = Array.from({ length: PARAGRAPHS }, (_, n) => new Paragraph({
      style: STYLE.normal,
      bidirectional: true,
      children: [
        ...textRuns(`${lead(n)} ${DATE_END}`, template.digits),
        ...notes.cite([{ sourceId: source.id, quote: 'اقتباس' }, { sourceId: other.id, quote: 'اقتباس آخر' }], `${lead(n)} ${DATE_END}`),
      ],
    }));
    // And a point ending in a plain word, as most do, its corroboration after its references as the summary prints it.
    const plain = Array.from({ length: PARAGRAPHS }, (_, n) => new Paragraph({
      style: STYLE.normal,
      bidirectional: true,
      children: [
        ...textRuns(`${lead(n)}.`, template.digits),
        ...notes.cite([{ sourceId: source.id, quote: 'اقتباس' }, { sourceId: other.id, quote: 'اقتباس آخر' }], `${lead(n)}.`),
        ...textRuns(` — ${CORROBORATION}`, template.digits),
      ],
    }));
    const children = [...graded, ...dated, ...plain];
    const doc = new Document({ externalStyles: briefStylesXml(template), footnotes: notes.notes(), sections: [{ children }] });
    writeFileSync(join(dir, 'notes.docx'), await Packer.toBuffer(doc));
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless',
      '--convert-to', 'pdf', '--outdir', dir, join(dir, 'notes.docx')], { timeout: 180_000 });
    expect(convert.status, String(convert.stderr)).toBe(0);
    const extract = spawnSync('pdftotext', ['-bbox', join(dir, 'notes.pdf'), join(dir, 'notes.html')]);
    expect(extract.status).toBe(0);
    found = words(readFileSync(join(dir, 'notes.html'), 'utf8'));
  }, 200_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  /** Whether the word at `i` of the found words ends or opens a line (its neighbour in reading order lies on another line). */
  const atLineEdge = (i: number): boolean => [found[i - 1], found[i + 1]].some((w) => w !== undefined && Math.abs(w.y - (found[i]?.y ?? 0)) > 2);

  it('keeps every grade whole, in the text and in its note', () => {
    expect(found.filter((w) => w.text === 'E4')).toHaveLength(2 * PARAGRAPHS);
    expect(found.filter((w) => /E$/.test(w.text))).toEqual([]);
    // Else a font or metrics change could put no grade near a line's end and prove nothing.
    expect(found.some((w, i) => w.text === 'E4' && atLineEdge(i))).toBe(true);
  });

  it('keeps the references of a point ending in a plain word on that word\'s line, the word whole', () => {
    // The plain points follow the last dated one. A right-to-left line's first word in reading order is its rightmost
    // one, and a reference opening a line would be it.
    const start = found.findLastIndex((w) => w.text.includes('2024')) + 3;
    const lines: Word[][] = [];
    for (const word of found.slice(start)) {
      const line = lines.at(-1);
      if (line !== undefined && Math.abs((line[0]?.y ?? 0) - word.y) <= 2) line.push(word);
      else lines.push([word]);
    }
    // The notes' own lines (each opening with its number) quote «اقتباس» and name «المصدر»; the body never does.
    const noteWords = ['اقتباس', 'المصدر'].map((w) => [...w].reverse().join(''));
    const body = lines.filter((line) => line.some((w) => /\p{L}/u.test(w.text)) && !line.some((w) => noteWords.some((n) => w.text.includes(n))));
    expect(body.length).toBeGreaterThan(PARAGRAPHS);
    const openers = body.map((line) => line.reduce((right, w) => (w.x1 > right.x1 ? w : right)).text);
    expect(openers.filter((text) => /^[\d،,]+$/u.test(text))).toEqual([]);
    // (The first line may still end the last dated point.)
    const known = new Set([...WORDS, ...DATE_END.split(' '), ...CORROBORATION.split(' ')].map((w) => [...w].reverse().join('')));
    const cut = body.flat().filter((w) => /\p{L}/u.test(w.text) && ![...known].some((k) => w.text.replace(/^[.ا]+|[\d،,]+$/gu, '').endsWith(k.replace(/^ا+/u, ''))));
    expect(cut.map((w) => w.text)).toEqual([]);
  });

  it('keeps a date that ends a point whole before its references: its month and its year on one line', () => {
    const years = found.flatMap((w, i) => (w.text.includes('2024') ? [i] : []));
    expect(years).toHaveLength(PARAGRAPHS);
    for (const i of years) {
      const year = found[i];
      // pdftotext gives the words in visual order, the Arabic letters reversed: the month is the word after the year.
      const month = found.slice(i).find((w) => w.text.includes([...'ديسمبر'].reverse().join('')));
      expect(month?.y, `${month?.text} | ${year?.text}`).toBeCloseTo(year?.y ?? 0, 0);
    }
    // Else no date fell at a line's end, and the test proves nothing: some date (from its «.» to its «في», in visual
    // order) has the references after it, or the words before it, on another line.
    const atEdge = (i: number): boolean => {
      const opening = found.findIndex((w, j) => j > i && w.text === [...'في'].reverse().join(''));
      return [found[i - 2], found[opening + 1]].some((w) => w !== undefined && Math.abs(w.y - (found[i]?.y ?? 0)) > 2);
    };
    expect(years.some(atEdge)).toBe(true);
  });
});
