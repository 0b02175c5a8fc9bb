import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { toldAsBackground } from '../../../../main/analysis/summary/told-as-background.ts';
import { cleanBatch } from '../../../../main/ingest/clean-article.ts';
import { readDocument } from '../../../../main/ingest/read-document.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';

const SEEDS = path.join(import.meta.dirname, '../../../fixtures/seeds');

describe('an event told as background (told-as-background)', () => {
  it('reads «قبل سنوات» and «منذ عقود» as years back', () => {
    expect(toldAsBackground(tokenise('كان هؤلاء المقاتلون قد وصلوا إلى البلاد قبل سنوات الحرب.'))).toBe(true);
    expect(toldAsBackground(tokenise('ويعيش سكان الحي في الخيام منذ عقود من النزوح.'))).toBe(true);
  });
  it('does not read a counted span or a day before as background', () => {
    expect(toldAsBackground(tokenise('وصل الوفد قبل ثلاثة أيام إلى العاصمة.'))).toBe(false);
    expect(toldAsBackground(tokenise('أفرجت السلطات عن المعتقلين قبل ساعات من بدء المحادثات.'))).toBe(false);
  });
  it('reads «عقد» as a decade only before an indefinite word', () => {
    expect(toldAsBackground(tokenise('غادر اللاجئون المدينة قبل عقد من الزمن.'))).toBe(true);
    expect(toldAsBackground(tokenise('التقى الوزيران قبل عقد الاجتماع في العاصمة.'))).toBe(false);
  });
  it('does not read years back told in a relative clause as the sentence’s event', () => {
    expect(toldAsBackground(tokenise('انتهت أمس الحرب التي بدأت قبل سنوات في الشمال.'))).toBe(false);
  });
});

describe('the news first (rank-events)', () => {
  // The release is the newest article's headline event; the Fayyad meeting is dated «26 آب» without a year, which
  // weighed as today's news before a yearless day was weighed as the latest such day.
  it('puts the seeds’ release ahead of the yearless Fayyad meeting, and no years-back item before the news', async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    const raws = await Promise.all(files.map((f) => readDocument(path.join(SEEDS, f))));
    const points = summarise(cleanBatch(raws.map((r) => ({ ...r, file: path.basename(r.file) })), { now: '2025-04-10' }), { now: '2025-04-10' });
    const release = points.findIndex((p) => /أفرجت عن مجموعة من المقاتلين/u.test(p.text));
    const fayyad = points.findIndex((p) => /الفياض/u.test(p.text));
    expect(release).toBeGreaterThanOrEqual(0);
    // The Fayyad meeting, told by a source writing from years before the story, is background: after the news or left out.
    if (fayyad >= 0) expect(release).toBeLessThan(fayyad);
    const yearsBack = points.findIndex((p) => toldAsBackground(tokenise(p.text)));
    if (yearsBack >= 0) expect(points.slice(yearsBack).every((p) => p.event?.background === true)).toBe(true);
  });
});
