import { html, nothing, type TemplateResult } from 'lit-html';
import { citeSentence, itemName } from './citation-actions.ts';
import { CITING_SECTIONS, type CiteTarget } from './citation-edit.ts';
import { SECTION_TITLE } from './brief-section.ts';
import type { AppContext } from './context.ts';
import { t } from './i18n.ts';
import type { ArticleDetail, Brief } from './types.ts';

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const targetValue = (target: CiteTarget): string => `${target.section}:${target.id}`;

/** The items a sentence can be cited in, grouped by section, each named by its place and the start of its text. */
function targetList(brief: Brief, chosen: CiteTarget | null): TemplateResult[] {
  return CITING_SECTIONS.filter((section) => brief[section].length > 0).map(
    (section) => html`<optgroup label=${t(SECTION_TITLE[section])}>
      ${brief[section].map((item, i) => {
        const value = targetValue({ section, id: item.id });
        return html`<option value=${value} ?selected=${chosen !== null && targetValue(chosen) === value}>${`${i + 1}. ${clip(item.text, 70)}`}</option>`;
      })}
    </optgroup>`,
  );
}

/** The target the list names (section and id), keeping the quote a replacement started from when it is the same item. */
function chosenTarget(value: string, current: CiteTarget | null): CiteTarget | null {
  const at = value.indexOf(':');
  const section = CITING_SECTIONS.find((s) => s === value.slice(0, at));
  if (!section) return null;
  const id = value.slice(at + 1);
  return current && current.section === section && current.id === id ? current : { section, id };
}

/**
 * The article's offer to cite a sentence: the sentence the analyst selected (or picked by its button), the list of
 * items to cite it in («استشهد في نقطة…»), and the button that does it. While a quote is being replaced it says which.
 */
export function citeBar(ctx: AppContext, article: ArticleDetail, sentence: number | null): TemplateResult | typeof nothing {
  const brief = ctx.state.draft?.brief;
  if (!brief) return html`<p class="hint cite-hint">${t('citeNoDraft')}</p>`;
  const target = ctx.state.citeTarget;
  const task = target
    ? html`<p class="cite-task" id="cite-task">${target.replace === undefined
        ? t('addingQuote', { item: itemName(brief, target.section, target.id) })
        : t('replacingQuote', { n: target.replace + 1, item: itemName(brief, target.section, target.id) })}
        <button type="button" class="link" id="cite-stop" @click=${() => { ctx.state.citeTarget = null; ctx.rerender(); }}>${t('stopCiting')}</button></p>`
    : nothing;
  const span = sentence === null ? undefined : article.sentences[sentence];
  if (!span) return html`${task}<p class="hint cite-hint">${t('citeHint')}</p>`;
  // With no item chosen yet, the list starts on the first item of the first section that has one.
  const first = CITING_SECTIONS.find((s) => brief[s].length > 0);
  const chosen = target ?? (first ? { section: first, id: brief[first][0]?.id ?? '' } : null);
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const value = (e.currentTarget as HTMLFormElement).querySelector<HTMLSelectElement>('#cite-target')?.value ?? '';
    const picked = chosenTarget(value, target);
    if (picked) void citeSentence(ctx, picked, article, sentence ?? -1);
  };
  return html`${task}<form class="cite-bar" id="cite-bar" aria-label=${t('citeBar')} @submit=${submit}>
    <p class="cite-quote">${t('citeSelected')} <q dir="auto">${clip(article.body.slice(span.start, span.end), 220)}</q></p>
    <label for="cite-target">${t('citeInPoint')}</label>
    <select id="cite-target" data-key="cite-target">${targetList(brief, chosen)}</select>
    <button type="submit" class="primary" id="cite-add" data-key="cite-add">${target?.replace === undefined ? t('citeButton') : t('citeReplaceButton')}</button>
  </form>`;
}
