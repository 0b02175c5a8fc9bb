import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { docxParts, FONTS_DIR, NOW, ROOT, standardTemplate } from './docx-parts.ts';

const hard = Brief.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/briefs/hard.json'), 'utf8')));

async function nameCell(name: string): Promise<string[]> {
  const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
  const xml = new TextDecoder().decode(docxParts(await renderDocx(hard, template, { fontsDir: FONTS_DIR, now: NOW })).raw('word/document.xml'));
  const cell = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '').find((c) => c.includes(name)) ?? '';
  return [...cell.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '');
}

describe('the actors table in the Word file', () => {
  // Isolated alone, with its leading space inside, «(HRW)» printed before the name and touching it.
  it('sets a Latin name and its Latin aliases as one island, the name bold, the space between them outside any edge', async () => {
    const runs = await nameCell('Human Rights Watch');
    expect(runs.map((r) => /<w:t[^>]*>([^<]*)</.exec(r)?.[1])).toEqual(['\u2068Human Rights Watch', ' (HRW)\u2069']);
    expect(runs[0]).toContain('BriefLabel');
    expect(runs[1]).not.toContain('BriefLabel');
    expect(runs.some((r) => r.includes('<w:rtl/>'))).toBe(false);
  });

  it('keeps an Arabic name\'s Latin alias an island of its own inside the Arabic brackets', async () => {
    const runs = await nameCell('وكالة الأنباء السورية (سانا)');
    expect(runs.map((r) => /<w:t[^>]*>([^<]*)</.exec(r)?.[1])).toEqual(['وكالة الأنباء السورية (سانا)', ' (سانا، ', 'SANA', ')']);
  });
});
