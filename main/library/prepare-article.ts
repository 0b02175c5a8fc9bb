import { ArticleRecord } from '../model/article.ts';
import { tokeniseByLines } from '../text/arabic/index.ts';
import { hashKeys, sourceHash } from './content-hash.ts';
import { shinglesOfKeys, signature } from './minhash.ts';
import { indexText, type IndexText } from './search-text.ts';

/** An article with everything the store derives from it computed, so that writing it is only SQL. */
export interface PreparedArticle {
  record: ArticleRecord;
  contentHash: string;
  /** The hash of the text as read, before cleaning (null for records given without it). */
  sourceHash: string | null;
  shingles: Uint32Array;
  signature: Uint32Array;
  index: IndexText;
}

/** A record the library refuses: the problem in plain words. */
export class InvalidArticleError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InvalidArticleError';
  }
}

/**
 * Validates a record and computes its hash, MinHash signature and index text. Import batches call this
 * before their transaction: the CPU work stays outside the write lock, and a bad record is reported on its
 * own instead of failing the whole batch. `source` is the text as read: the cleaner's output for one file can
 * change with the batch around it (it learns boilerplate across the batch), so the same file imported again
 * is recognised by its source as well as by its cleaned body.
 */
export function prepareArticle(input: ArticleRecord, source?: { text: string }): PreparedArticle {
  const parsed = ArticleRecord.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new InvalidArticleError(input.file, `not a valid article record (${where}: ${issue?.message ?? 'invalid'})`);
  }
  const record = parsed.data;
  // The cleaner tokenised each of the body's lines already: the body's tokens are theirs (tokeniseByLines).
  const tokens = tokeniseByLines(record.body);
  const keys = tokens.map((t) => t.key);
  const set = shinglesOfKeys(keys);
  if (set.length === 0) throw new InvalidArticleError(record.file, 'no article text left after cleaning');
  return {
    record,
    contentHash: hashKeys(keys),
    sourceHash: source === undefined ? null : sourceHash(source.text),
    shingles: set,
    signature: signature(set),
    index: indexText(record.title, record.body, tokens),
  };
}
