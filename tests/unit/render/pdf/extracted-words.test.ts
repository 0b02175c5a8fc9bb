// Copying and searching the PDF: text extractors must read every Arabic word whole, in every template.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { listTemplates } from '../../../../main/render/load-template.ts';
import { renderPdf } from '../../../../main/render/pdf/render-pdf.ts';
import { fontsDir, NOW, pdfFile, pdftotext, root, templatesDir } from './fixtures.ts';
import { pdfjsText } from './pdfjs-text.ts';
import { splitWords, vocabulary } from './split-words.ts';

const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
const NO_PDFTOTEXT = 'pdftotext is not on PATH, so poppler cannot read the PDF back here (Debian: poppler-utils)';

// The seeds' brief, and one with vocalised text, Persian, Latin and long tables; both hold words with a
// non-joining letter inside («سوريا», «الدولية», «وزارة», «طويلة»), where Amiri's kerning opens a gap.
const BRIEFS = ['sample', 'hard'];

function brief(name: string): { brief: Brief; json: string } {
  const json = readFileSync(join(root, 'tests/fixtures/briefs', `${name}.json`), 'utf8');
  return { brief: Brief.parse(JSON.parse(json)), json };
}

describe('split-word detection', () => {
  it('finds a word read back in two, and not two words that are words on their own', () => {
    const words = vocabulary('سوريا في وزارة الدولية لا');
    expect(splitWords('قال في سور يا إن وزار ة الدولية', words)).toEqual(['سور يا', 'وزار ة']);
    expect(splitWords('في لا', vocabulary('في لا فيلا'))).toEqual([]);
    expect(splitWords('السـلطات', vocabulary('السلطات'))).toEqual([]);
  });
});

describe('PDF text as extractors read it', () => {
  for (const template of listTemplates(templatesDir)) {
    for (const name of BRIEFS) {
      describe(`${name} in ${template.name}`, () => {
        const { brief: b, json } = brief(name);
        const words = vocabulary(json, JSON.stringify(template));
        let bytes: Uint8Array | undefined;
        const pdf = async (): Promise<Uint8Array> => (bytes ??= await renderPdf(b, template, { fontsDir, templatesDir, now: NOW }));

        it('pdf.js reads no word split in two', async () => {
          const text = await pdfjsText(await pdf());
          expect(words.size).toBeGreaterThan(100);
          expect(splitWords(text, words)).toEqual([]);
          expect(text).toContain('سوريا');
        }, 60_000);

        describe('with poppler', () => {
          beforeEach(({ skip }) => skip(!hasPdftotext, NO_PDFTOTEXT));
          it('pdftotext reads no word split in two', async () => {
            const text = pdftotext(pdfFile(await pdf()));
            expect(splitWords(text, words)).toEqual([]);
            expect(text).toContain('سوريا');
          }, 60_000);
        });
      });
    }
  }
});
