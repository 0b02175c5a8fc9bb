import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { classifyLines } from '../../../../main/ingest/clean/classify-lines.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { detectOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { readDocument } from '../../../../main/ingest/read-document.ts';
import { learnedTitle } from '../../../../main/ingest/title/learned-title.ts';
import { rulesTitle, rulesTitleOf, titleSources } from '../../../../main/ingest/title/rules-title.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { TRAINING_SETS } from '../../../../scripts/format-training-sets.ts';

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures');
const NOW = '2026-01-15';

/**
 * Every seed and every page of the format sets the chooser was trained on (the sets written apart from its training
 * are the lead's to open), .html and .md pages through the import's reader.
 */
async function pages(): Promise<RawDocument[]> {
  const folders = [path.join(FIXTURES, 'seeds'), ...TRAINING_SETS.map((s) => path.join(FIXTURES, 'formats', s))];
  const out: RawDocument[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (name.endsWith('.txt')) out.push({ file, format: 'txt', encoding: 'utf-8', text: readFileSync(file, 'utf8'), declared: {} });
      else if (name.endsWith('.html') || name.endsWith('.md')) out.push(await readDocument(file));
    }
  }
  return out;
}

describe('the title readers', () => {
  it('the learned one chooses on every seed and format page, inside the cleaning, exactly what the chooser reading the rules itself chooses', async () => {
    const all = await pages();
    expect(all.length).toBeGreaterThan(300);
    let differs = 0;
    for (const raw of all) {
      const classified = classifyLines(raw.text, { now: NOW });
      const outlet = detectOutlet(raw, splitLines(raw.text)).value;
      const record = cleanArticle(raw, { now: NOW, titleReader: 'learned' });
      // The chooser's own path: the rules' title and sources read again, apart from the cleaning.
      const own = learnedTitle(raw, classified, outlet, NOW);
      expect({ file: raw.file, title: record.title, basis: record.titleBasis }).toEqual({ file: raw.file, title: own.value, basis: own.basis });
      const rules = cleanArticle(raw, { now: NOW, titleReader: 'rules' });
      const byRules = rulesTitle(raw, classified, outlet, NOW);
      expect(rules.title).toBe(byRules.value);
      // The rules read off every source at once (what the chooser is handed) give the rules' own title.
      expect(rulesTitleOf(raw, classified, outlet, titleSources(raw, classified, NOW))).toEqual(byRules);
      if (rules.title !== record.title) differs++;
    }
    // The switch changes some titles (else the test would not tell the readers apart).
    expect(differs).toBeGreaterThan(0);
  }, 120_000);
});
