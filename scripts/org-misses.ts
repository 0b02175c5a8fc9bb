// `node --import tsx scripts/org-misses.ts <studied set> [ORG|PERS|LOC]`: the organisations (or the persons, the
// places) the actors stage misses and the false ones it makes on a STUDIED set of tests/fixtures/entities/, each with its issue-12 classes (classes.tsv) and
// its cause: not proposed (neither the tagger nor a rule), lost by the stage (the tagger alone had it exactly),
// bounds (cut or run on), typed wrong, split, or the tagger's partial span dropped; then the counts. For choosing
// the stage's mechanisms (issue 12); only the studied sets are accepted: honest sets are measured, never read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectionMentions } from '../main/analysis/actors/selection-mentions.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { loadNerModel } from '../main/analysis/ner/load-model.ts';
import { findDocumentEntities } from '../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import { articleRecord } from '../tests/helpers/article-record.ts';
import { readClassRows } from '../tests/eval/entity-classes.ts';
import { mentionSpans } from '../tests/eval/entity-docs.ts';
import { readArticles, STUDIED } from '../tests/eval/modern-docs.ts';

/** The sets whose texts may be read (each README says it is studied); any other is refused. */
const STUDIED_SETS: readonly string[] = Object.keys(STUDIED);
const set = process.argv[2] ?? '';
const TYPES = ['ORG', 'PERS', 'LOC'] as const;
const type = TYPES.find((t) => t === (process.argv[3] ?? 'ORG'));
if (type === undefined) throw new Error(`org-misses reads one type of ${TYPES.join(', ')}, not ${JSON.stringify(process.argv[3])}`);
if (!STUDIED_SETS.includes(set)) throw new Error(`org-misses reads only a studied set (${STUDIED_SETS.join(', ')}), not ${JSON.stringify(set)}`);
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'entities', set);
const docs = readArticles(readFileSync(`${dir}/${set}.txt`, 'utf8'), set);
const rows = readClassRows(`${dir}/classes.tsv`);
const gaz = loadGazetteer();
const model = loadNerModel();
const articles = docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
const all = selectionMentions(articles, gaz, model);
const causes = new Map<string, number>();
const bump = (k: string): void => { causes.set(k, (causes.get(k) ?? 0) + 1); };
docs.forEach((doc, d) => {
  const stage = mentionSpans(doc, all.filter((m) => m.sourceId === `doc-${d}`));
  const tagged = findDocumentEntities(model, doc.sentences.map((s) => s.tokens), gaz);
  doc.sentences.forEach((s, i) => {
    const gold = spansFromTags(s.tags);
    const st = stage[i] ?? [];
    const tg = tagged[i] ?? [];
    const txt = (e: EntitySpan): string => s.tokens.slice(e.start, e.end).join(' ');
    const ov = (sp: readonly EntitySpan[], e: EntitySpan): string => sp.filter((o) => o.start < e.end && e.start < o.end).map((o) => `${o.type}[${txt(o)}]`).join(',') || '-';
    const same = (a: EntitySpan, b: EntitySpan): boolean => a.type === b.type && a.start === b.start && a.end === b.end;
    const ctx = (e: EntitySpan): string => s.tokens.slice(Math.max(0, e.start - 3), e.end + 2).join(' ');
    for (const g of gold.filter((x) => x.type === type)) {
      if (st.some((x) => same(x, g))) { bump(tg.some((x) => same(x, g)) ? 'ok' : 'ok-stage-added'); continue; }
      const cls = rows.find((r) => r.article === d + 1 && r.sentence === i + 1 && r.from === g.start && r.to === g.end)?.classes ?? '';
      const tagHit = tg.some((x) => same(x, g));
      const tagOver = tg.filter((o) => o.start < g.end && g.start < o.end);
      const stOver = st.filter((o) => o.start < g.end && g.start < o.end);
      let cause: string;
      if (tagHit) cause = 'LOST by stage';
      else if (stOver.length === 0 && tagOver.length === 0) cause = 'not proposed';
      else if (stOver.some((o) => o.type !== type) && !stOver.some((o) => o.type === type)) cause = 'typed wrong';
      else if (stOver.length > 1) cause = 'split';
      else if (stOver.length === 0) cause = 'tagger partial, dropped';
      else cause = 'bounds';
      bump(cause);
      console.log(`MISS ${cause} {${cls}} [${txt(g)}] stage ${ov(st, g)} tagger ${ov(tg, g)} | ${ctx(g)}`);
    }
    for (const e of st.filter((x) => x.type === type)) {
      if (gold.some((x) => same(x, e))) continue;
      const tagSame = tg.some((x) => same(x, e));
      bump(`false ${type}${tagSame ? ' (tagger too)' : ''}`);
      console.log(`FALSE${tagSame ? ' (tagger too)' : ''} [${txt(e)}] gold ${ov(gold, e)} tagger ${ov(tg, e)} | ${ctx(e)}`);
    }
  });
});
console.log([...causes].map(([k, v]) => `${k}: ${v}`).join('\n'));
