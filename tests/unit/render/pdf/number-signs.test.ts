import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { renderPdfWithLog } from '../../../../main/render/pdf/render-pdf.ts';
import { fontsDir, NOW, root, template, templatesDir } from './fixtures.ts';

// What the PDF draws for the hard brief's numbers, read from the layout log (each line's logical text): in
// Arabic-Indic mode the Arabic text's numbers take the Arabic decimal, thousands and per cent signs, dates with two
// dots and times keep theirs, and URLs, e-mail addresses and English items keep their Western digits and signs.
const hard = Brief.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/briefs/hard.json'), 'utf8')));

describe('number signs in the PDF', () => {
  it('Arabic-Indic mode: ٤٥٪, ٣٬٥٠٠, ٣٫٥ in Arabic text; dates, times, URLs and English items as they are', async () => {
    const rendered = await renderPdfWithLog(hard, { ...template('standard'), digits: 'arabic-indic' }, { fontsDir, templatesDir, now: NOW });
    const text = rendered.log.map((l) => l.text).join('\n');
    for (const expected of ['٤٥٪', '٣٬٥٠٠', '٣٫٥', '١٢٫٥٪', '٠٫٥٪', '١٫٩', '١٬٩٠٥', '٢١.١١.٢٠٢٥', '١٣:٤٥',
      'https://moi.example.iq/news/2025/01', 'press@moi.example.iq', '1,905 Syrian soldiers', '12\u00a0January\u00a02025).']) {
      expect(text, expected).toContain(expected);
    }
    // No Latin per cent sign after an Arabic-Indic digit.
    expect(text).not.toMatch(/[\u0660-\u0669]%/u);
  }, 30_000);

  it("Western mode: the brief's own signs", async () => {
    const rendered = await renderPdfWithLog(hard, template('standard'), { fontsDir, templatesDir, now: NOW });
    const text = rendered.log.map((l) => l.text).join('\n');
    for (const expected of ['45%', '3,500', '3.5', '21.11.2025', '13:45']) expect(text, expected).toContain(expected);
    expect(text).not.toMatch(/[\u0660-\u066C]/u);
  }, 30_000);
});
