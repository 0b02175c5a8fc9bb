import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const SEEDS = join(import.meta.dirname, '../../../fixtures/seeds');

/**
 * The five seed articles as raw records: first line as title, the rest as body, no metadata. The cleaner
 * is not applied, so the bodies still carry scraped boilerplate, which the analysis must survive.
 */
export function seedArticles(): ArticleRecord[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const nl = text.indexOf('\n');
      const title = (nl < 0 ? text : text.slice(0, nl)).trim();
      return articleRecord(f.replace(/\.txt$/, ''), nl < 0 ? '' : text.slice(nl + 1).replace(/^\s+/, ''), { title, titleBasis: 'inferred' });
    });
}
