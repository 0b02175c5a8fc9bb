import { describe, expect, it } from 'vitest';
import { articleId, articleIdOfLines } from '../../../main/ingest/article-id.ts';
import { cleanArticle } from '../../../main/ingest/clean-article.ts';
import { readPastedText } from '../../../main/ingest/read-document.ts';
import { splitLines } from '../../../main/ingest/lines/split-lines.ts';
import { fixtureTexts } from '../../helpers/fixture-texts.ts';

describe('articleIdOfLines: the id of lines joined by blank lines, from the lines’ keys', () => {
  it('is articleId of the joined body on every line set of the fixtures, and every cleaned fixture keeps its id', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const { name, text } of texts) {
      const lines = splitLines(text).map((l) => l.text);
      expect(articleIdOfLines(lines), name).toBe(articleId(lines.join('\n\n')));
      const record = cleanArticle(readPastedText(text, name), { now: '2025-04-10' });
      expect(record.id, name).toBe(articleId(record.body));
    }
  });

  it('folds the joins as matchKey does: a line with no key, spaces at the edges, spaces made by a presentation form', () => {
    const lines = ['  قال الوزير  ', '\u064B\u200F', 'إنّ\u00A0المراكز', 'ﷺ ستفتح', ''];
    expect(articleIdOfLines(lines)).toBe(articleId(lines.join('\n\n')));
    expect(articleIdOfLines(['قال الوزير'])).not.toBe(articleIdOfLines(['قال', 'الوزير', 'شيئا']));
  });
});
