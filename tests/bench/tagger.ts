import { extractActors } from '../../main/analysis/actors/index.ts';
import { sentenceWords } from '../../main/analysis/words/sentence-tokens.ts';
import { loadGazetteer } from '../../main/text/gazetteer/gazetteer.ts';
import { loadNerModel } from '../../main/analysis/ner/load-model.ts';
import { findDocumentEntities } from '../../main/analysis/ner/tagger.ts';
import type { ArticleRecord } from '../../main/model/article.ts';
import type { BenchRow } from './bench-row.ts';
import { timeMs } from './corpus.ts';

/**
 * The entity tagger's speed on one core, tokens per second (issue 12 asks ≥ 20,000), beside the rule-based actor
 * stage measured on the same articles in the same run.
 */
export async function benchTagger(articles: readonly ArticleRecord[]): Promise<BenchRow> {
  const model = loadNerModel();
  const gazetteer = loadGazetteer();
  const documents = articles.map((a) => sentenceWords(a.body).map((s) => s.words.map((w) => w.text)));
  const tokens = documents.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const tag = (): void => documents.forEach((d) => findDocumentEntities(model, d, gazetteer));
  tag();
  const ms = await timeMs(tag, 3);
  const rulesMs = await timeMs(() => extractActors(articles, { rulesOnly: true }), 3);
  return {
    name: `entity tagger (${tokens} tokens, one core)`,
    value: (tokens / ms) * 1000,
    unit: 'tokens/s',
    reference: { name: 'the rule-based actor stage on the same articles', value: (tokens / rulesMs) * 1000, unit: 'tokens/s' },
  };
}
