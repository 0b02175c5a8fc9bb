import { html, nothing, type TemplateResult } from 'lit-html';
import { t } from './i18n.ts';
import { sentenceRuns, type SentenceRun } from './sentence-runs.ts';

/**
 * A paragraph of the article as its sentences, each an element of its own (so a selection names its sentence), the
 * quoted one and the words searched for marked, the one picked for citing outlined; with `pick`, each sentence also has its own "cite" button.
 * Text only, never HTML.
 */
export function sentenceSpans(
  paragraph: { text: string; start: number },
  sentences: ReadonlyArray<{ start: number; end: number }>,
  marked: ReadonlyArray<readonly [number, number]>,
  picked: number | null,
  pick: ((index: number) => () => void) | null,
): TemplateResult[] {
  const groups: { sentence: number | null; runs: SentenceRun[] }[] = [];
  for (const run of sentenceRuns(paragraph, sentences, marked)) {
    const last = groups.at(-1);
    if (last && last.sentence === run.sentence && run.sentence !== null) last.runs.push(run);
    else groups.push({ sentence: run.sentence, runs: [run] });
  }
  const text = (runs: SentenceRun[]): (string | TemplateResult)[] => runs.map((r) => (r.marked ? html`<mark>${r.text}</mark>` : r.text));
  return groups.map((g) => {
    if (g.sentence === null) return html`${text(g.runs)}`;
    const n = g.sentence;
    return html`<span class=${n === picked ? 'sentence picked' : 'sentence'} data-sentence=${String(n)}>${text(g.runs)}</span>${pick
      ? html`<button type="button" class="cite-one" aria-label=${t('citeThisSentence', { n: n + 1 })} title=${t('citeThisSentence', { n: n + 1 })} data-key=${`cite-one-${n}`} @click=${pick(n)}>❝</button>`
      : nothing}`;
  });
}
