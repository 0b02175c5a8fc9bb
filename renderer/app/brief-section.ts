import { showsBackground, showsComposed, shownIndependentSources } from '../../common/point-marks.ts';
import { addManualItem, markReviewed, moveItem, rewriteItem, setIncluded } from './brief-edit.ts';
import { editWithSupport, itemName } from './citation-actions.ts';
import { removeCitation, type CitingSection, type CiteTarget } from './citation-edit.ts';
import type { AppContext } from './context.ts';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { readTypedDate } from './format-date.ts';
import { markedDate, reasonText, yearReason, yearReasonId } from './year-mark.ts';
import { t, type Key } from './i18n.ts';
import type { Brief, Citation, EditableSection } from './types.ts';
import { emptyState, clearFields, formValue, type View } from './widgets.ts';
import { citationGradeText } from './evidence-grades.ts';
import { credibilityControl, languageFlagsView } from './evidence-views.ts';
import { language } from './i18n.ts';
import { scheduleLanguageCheck } from './language-check.ts';
import { foldsKey, itemFolded, NO_FOLDS, readFolds, sectionFolded, setItemOpen, setSectionFolded, type CardFolds } from './card-folds.ts';

export const SECTION_TITLE: Record<EditableSection, Key> = {
  summary: 'sectionSummary',
  actors: 'sectionActors',
  timeline: 'sectionTimeline',
  openQuestions: 'sectionOpenQuestions',
};

export const QUESTION_KIND: Record<string, Key> = {
  contradiction: 'questionContradiction',
  unverified: 'questionUnverified',
  denied: 'questionDenied',
  unknown: 'questionUnknown',
  metadata: 'questionMetadata',
};

export const ACTOR_TYPE: Record<string, Key> = { person: 'typePerson', organization: 'typeOrganization', place: 'typePlace', other: 'typeOther' };

interface ItemView {
  id: string;
  included: boolean;
  edited: boolean;
  manual: boolean;
  isNew?: boolean;
  needsReview?: boolean;
  unsupported?: true;
  text: string;
  citations: Citation[];
  extra: View[];
  /** Of a point, entry or question: its credibility, which its citations' grades carry. */
  credibility?: Brief['summary'][number]['credibility'];
  /** Of a point, entry or question: its credibility control. */
  grading?: (key: string) => View;
  /** Of a timeline entry: its date (an inferred year marked), shown on its folded line too. */
  date?: View;
  /** Of a timeline entry whose year was inferred: the reason, said to screen readers by the entry's controls. */
  reason?: (id: string) => View;
}

/** How many independent sources carry an item (a wire story and its copies count once); nothing for older drafts. */
function corroboration(n: number | undefined): View {
  return n === undefined ? nothing : html`<span class="badge corroboration">${t('independentSources', { n })}</span>`;
}

/**
 * A point composed from its sources' words rather than one of their sentences as written: said so, small (once the
 * analyst rewrites it, the edited badge says whose words they are).
 */
function composedMark(point: Parameters<typeof showsComposed>[0]): View {
  return showsComposed(point) ? html`<span class="badge composed" title=${t('composedTitle')}>${t('composed')}</span>` : nothing;
}

/** A point that recounts background (an event well before the rest of the story), not the news: said so, small. */
function backgroundMark(point: Parameters<typeof showsBackground>[0]): View {
  return showsBackground(point) ? html`<span class="badge background" title=${t('backgroundTitle')}>${t('background')}</span>` : nothing;
}

const badge = (text: string): TemplateResult => html`<span class="badge">${text}</span>`;

function views(ctx: AppContext, brief: Brief, section: EditableSection): ItemView[] {
  switch (section) {
    case 'summary':
      return brief.summary.map((i) => ({ ...i, citations: i.sources, extra: [composedMark(i), backgroundMark(i), corroboration(shownIndependentSources(i))], grading: (key: string) => credibilityControl(ctx, brief, 'summary', i, key) }));
    case 'timeline':
      return brief.timeline.map((i) => ({
        ...i,
        citations: i.sources,
        date: markedDate(i),
        ...(yearReason(i) === null ? {} : { reason: (id: string) => reasonText(i, id) }),
        extra: [
          markedDate(i),
          i.approximate ? badge(t('approximate')) : nothing,
          i.planned === true ? badge(t('planned')) : nothing,
          corroboration(shownIndependentSources(i)),
        ],
        grading: (key: string) => credibilityControl(ctx, brief, 'timeline', i, key),
      }));
    case 'openQuestions':
      return brief.openQuestions.map((i) => ({
        ...i,
        citations: i.evidence,
        extra: [html`<span class="badge kind-${i.kind}">${t(QUESTION_KIND[i.kind] ?? 'questionUnknown')}</span>`],
        grading: (key: string) => credibilityControl(ctx, brief, 'openQuestions', i, key),
      }));
    case 'actors':
      return brief.actors.map((i) => ({
        ...i,
        text: i.name,
        citations: i.sources,
        extra: [badge(t(ACTOR_TYPE[i.type] ?? 'typeOther')), i.roles.length > 0 ? html`<bdi class="roles">${i.roles.join('، ')}</bdi>` : nothing],
      }));
  }
}

/**
 * A citation as a button: it opens the article with the quoted sentence marked. A citation of a point, entry or
 * question (`credibility` given, or null for one without) shows its grade when the source's outlet is graded.
 */
export function citationButton(ctx: AppContext, brief: Brief, c: Citation, n: number, key: string, credibility?: ItemView['credibility'] | null): TemplateResult {
  const index = brief.sources.findIndex((s) => s.id === c.sourceId);
  const source = brief.sources[index];
  // A source with neither outlet nor title is named by the file it came from, never by its internal id.
  const named = source?.outlet ?? source?.title ?? null;
  const name = named ?? source?.file ?? t('untitled');
  const short = name.length > 40 ? `${name.slice(0, 38)}…` : name;
  const grade = credibility === undefined ? null : citationGradeText(brief, c.sourceId, credibility ?? undefined, language());
  return html`<button type="button" class="citation" title=${`${t('citationTitle')}: ${c.quote}`} data-key=${key} data-source=${c.sourceId} data-n=${String(n)} @click=${() => void ctx.openArticle(c.sourceId, c.quote)}>${t('citation', { n: index + 1 })} · <bdi translate=${named === null && source !== undefined ? 'no' : nothing}>${short}</bdi>${grade === null ? nothing : html` · <span class="grade" title=${t('citationGrade', { grade })}><bdi>${grade}</bdi></span>`}</button>`;
}

/** A rewrite: an actor's name at once; a citing item's text with its «unsupported» mark settled against its quotes. */
function rewrite(ctx: AppContext, brief: Brief, section: EditableSection, id: string, text: string): void {
  if (section === 'actors') ctx.editBrief(rewriteItem(brief, section, id, text));
  else void editWithSupport(ctx, section, id, (b) => rewriteItem(b, section, id, text));
}

/**
 * An item's quotes, each with its remove and replace buttons, and the button that adds one: adding and replacing go
 * through an article (the quote's own for a replacement, the item's first source for an addition), where the analyst
 * picks the sentence.
 */
function editableCitations(ctx: AppContext, brief: Brief, section: CitingSection, item: ItemView, key: string): TemplateResult {
  const goCite = (target: CiteTarget, at: Citation | undefined): void => {
    ctx.state.citeTarget = target;
    if (at) void ctx.openArticle(at.sourceId, at.quote);
    else ctx.go('library');
    ctx.notice(t(target.replace === undefined ? 'addingQuote' : 'replacingQuote', { n: (target.replace ?? 0) + 1, item: itemName(brief, section, item.id) }));
  };
  const remove = (i: number) => (): void => void editWithSupport(ctx, section, item.id, (b) => removeCitation(b, section, item.id, i));
  return html`<div class="citations">
    ${item.citations.map((c, i) => html`<span class="quote">${citationButton(ctx, brief, c, i + 1, `cite-${key}-${i}`, item.credibility ?? null)}<button type="button" class="icon quote-remove" aria-label=${t('removeQuote', { n: i + 1 })} title=${t('removeQuote', { n: i + 1 })} data-key=${`remove-${key}-${i}`} @click=${remove(i)}>×</button><button type="button" class="link quote-replace" aria-label=${t('replaceQuoteLabel', { n: i + 1 })} data-key=${`replace-${key}-${i}`} @click=${() => goCite({ section, id: item.id, replace: i }, c)}>${t('replaceQuote')}</button></span>`)}
    <button type="button" class="small quote-add" data-key=${`add-quote-${key}`} @click=${() => goCite({ section, id: item.id }, item.citations[0])}>${t('addQuote')}</button>
  </div>`;
}

/** The folds of the open draft's cards, as the analyst left them (card-folds.ts). */
function draftFolds(ctx: AppContext): CardFolds {
  const id = ctx.state.draft?.id;
  return id === undefined ? NO_FOLDS : readFolds(localStorage.getItem(foldsKey(id)));
}

/** Keeps a change of the folds for this draft, redraws, and gives the focus to the control that stands where it was. */
function refold(ctx: AppContext, folds: CardFolds, focusKey: string): void {
  const id = ctx.state.draft?.id;
  if (id !== undefined) localStorage.setItem(foldsKey(id), JSON.stringify(folds));
  ctx.rerender();
  document.querySelector<HTMLElement>(`[data-key="${focusKey}"]`)?.focus();
}

/**
 * Opens one card for something outside its section that points at it (the timeline chart's Enter or click): a card
 * folded to one line has no text field to focus, so it is opened first, as the analyst's own click on it would.
 */
export function openCard(ctx: AppContext, section: EditableSection, id: string): void {
  const draftId = ctx.state.draft?.id;
  const count = ctx.state.draft?.brief[section].length ?? 0;
  const folds = draftFolds(ctx);
  if (draftId === undefined || !itemFolded(folds, section, count, id)) return;
  localStorage.setItem(foldsKey(draftId), JSON.stringify(setItemOpen(folds, section, id, true)));
  ctx.rerender();
}

/**
 * A folded card: one line — its number and its text, cut at the line's end — that opens the card to edit it. A
 * button, so Tab reaches it and Enter or Space opens it; aria-expanded tells a screen reader it is folded.
 */
function foldedRow(ctx: AppContext, section: EditableSection, item: ItemView, index: number, folds: CardFolds): TemplateResult {
  const key = `${section}-${item.id}`;
  const why = yearReasonId('fold', item.id);
  return html`<li class=${`item folded${item.included ? '' : ' excluded'}`} data-id=${item.id}>
    <button type="button" class="fold-line" aria-expanded="false" data-key=${`fold-${key}`} title=${t('openItem', { n: index + 1 })}
      aria-describedby=${item.reason ? why : nothing} @click=${() => refold(ctx, setItemOpen(folds, section, item.id, true), `fold-${key}`)}>
      <span class="fold-number">${index + 1}</span>${item.date === undefined ? nothing : html`<span class="fold-date">${item.date}</span>`}<span class="fold-text" dir="auto" translate="no">${item.text}</span>
    </button>
    ${item.reason ? item.reason(why) : nothing}
    ${item.included ? nothing : badge(t('excluded'))}
  </li>`;
}

function itemRow(ctx: AppContext, brief: Brief, section: EditableSection, item: ItemView, index: number, count: number, folds: CardFolds): TemplateResult {
  const key = `${section}-${item.id}`;
  const folding = sectionFolded(folds, section, count);
  const checked = (e: Event): boolean => (e.currentTarget as HTMLInputElement).checked;
  const typed = (e: Event): string => (e.currentTarget as HTMLTextAreaElement).value;
  // The item's row moves with it (the list is keyed); moving a node blurs it, so the button takes the focus back
  // and the analyst can keep moving the same item from the keyboard.
  const moved = (delta: -1 | 1) => (e: Event): void => {
    const button = e.currentTarget as HTMLButtonElement;
    ctx.editBrief(moveItem(brief, section, item.id, delta));
    if (document.activeElement !== button && !button.disabled) button.focus();
  };
  const move = (delta: -1 | 1, label: string, disabled: boolean, dataKey: string, glyph: string): TemplateResult =>
    html`<button type="button" class="icon" aria-label=${`${label} ${index + 1}`} title=${label} ?disabled=${disabled} data-key=${dataKey} @click=${moved(delta)}>${glyph}</button>`;
  return html`<li class=${`item${item.included ? '' : ' excluded'}`} data-id=${item.id}>
    <div class="item-head">
      <span class="include"><input type="checkbox" id=${`inc-${key}`} data-key=${`inc-${key}`} .checked=${item.included} @change=${(e: Event) => ctx.editBrief(setIncluded(brief, section, item.id, checked(e)))}><label for=${`inc-${key}`}>${t('include')}</label></span>
      ${item.extra}
      ${item.edited ? html`<span class="badge edited">${t('editedByAnalyst')}</span>` : nothing}
      ${item.manual ? html`<span class="badge manual">${t('manualItem')}</span>` : nothing}
      ${item.isNew ? html`<span class="badge new">${t('newMaterial')}</span>` : nothing}
      ${item.needsReview
        ? html`<span class="badge review">${t('needsReview')}</span><button type="button" class="small" data-key=${`reviewed-${key}`} @click=${() => ctx.editBrief(markReviewed(brief, section, item.id))}>${t('markReviewed')}</button>`
        : nothing}
      ${item.unsupported === true ? html`<span class="badge unsupported" title=${t('unsupportedTitle')}>${t('unsupported')}</span>` : nothing}
      ${item.included ? nothing : badge(t('excluded'))}
      ${folding
        ? html`<button type="button" class="small fold-item" aria-expanded="true" data-key=${`fold-${key}`} @click=${() => refold(ctx, setItemOpen(folds, section, item.id, false), `fold-${key}`)}>${t('foldItem', { n: index + 1 })}</button>`
        : nothing}
      <span class="move">
        ${move(-1, t('moveUp'), index === 0, `up-${key}`, '▲')}
        ${move(1, t('moveDown'), index === count - 1, `down-${key}`, '▼')}
      </span>
    </div>
    ${item.reason ? item.reason(yearReasonId('card', item.id)) : nothing}
    <textarea id=${`text-${key}`} rows=${section === 'actors' ? 1 : 3} dir="auto" data-key=${`text-${key}`} aria-label=${`${t('itemText')} ${index + 1}`}
      aria-describedby=${item.reason ? yearReasonId('card', item.id) : nothing}
      .defaultValue=${item.text} .value=${item.text} @change=${(e: Event) => rewrite(ctx, brief, section, item.id, typed(e))}
      @input=${section === 'actors' ? undefined : (e: Event) => scheduleLanguageCheck(ctx, rewriteItem(brief, section, item.id, typed(e)))}></textarea>
    ${section === 'actors' ? nothing : languageFlagsView(flaggedText(ctx, key, item.text), ctx.state.languageFlags[`${section}:${item.id}`], key)}
    ${item.grading ? item.grading(key) : nothing}
    ${section === 'actors'
      ? item.citations.length > 0 ? html`<div class="citations">${item.citations.map((c, i) => citationButton(ctx, brief, c, i + 1, `cite-${key}-${i}`))}</div>` : nothing
      : editableCitations(ctx, brief, section, item, key)}
  </li>`;
}

/** The text the flags were found in: what the analyst is typing (not yet a change of the draft), else the item's. */
function flaggedText(ctx: AppContext, key: string, text: string): string {
  const field = document.getElementById(`text-${key}`);
  return field instanceof HTMLTextAreaElement ? field.value : text;
}

function addForm(ctx: AppContext, brief: Brief, section: EditableSection): TemplateResult {
  const textId = `add-${section}`;
  const dateId = `add-${section}-date`;
  const dated = section === 'timeline';
  const submit = async (form: HTMLFormElement): Promise<void> => {
    const text = formValue(form, textId).trim();
    if (text === '') return;
    let date: string | undefined;
    if (dated) {
      // Read by the host's date layer: «26 أغسطس 2024», «آب 2024», «26/8/2024», «26 أغسطس» (the year unknown).
      const read = await readTypedDate(formValue(form, dateId));
      if (read === null) return;
      if ('problem' in read) {
        ctx.error({ code: 'invalid-request', message: read.problem });
        form.querySelector<HTMLElement>(`#${dateId}`)?.focus();
        return;
      }
      date = read.value;
    }
    clearFields(form, textId, dateId);
    ctx.editBrief(addManualItem(brief, section, text, date));
  };
  return html`<form class="add-item" @submit=${(e: SubmitEvent) => { e.preventDefault(); void submit(e.currentTarget as HTMLFormElement); }}>
    <label for=${textId}>${t('newItemText')}</label>
    <textarea id=${textId} rows="2" dir="auto" data-key=${textId}></textarea>
    ${dated
      ? html`<label for=${dateId}>${t('colDate')}</label><input type="text" id=${dateId} class="date-input" placeholder=${t('dateExample')} data-key=${dateId}>`
      : nothing}
    <button type="submit" data-key=${`${textId}-submit`}>${t('addItem')}</button>
  </form>`;
}

export function briefSection(ctx: AppContext, brief: Brief, section: EditableSection): TemplateResult {
  const items = views(ctx, brief, section);
  const folds = draftFolds(ctx);
  const folded = sectionFolded(folds, section, items.length);
  const foldAll = `fold-all-${section}`;
  // Keyed by the item's id: a moved item takes its own fields (and the focused button) with it.
  return html`<section class="panel brief-section" id=${`section-${section}`} aria-labelledby=${`h-${section}`}>
    <h2 id=${`h-${section}`} tabindex="-1">${t(SECTION_TITLE[section])} <span class="count">${items.length}</span></h2>
    ${items.some((i) => i.reason) ? html`<p class="hint year-legend">${t('yearMarkLegend')}</p>` : nothing}
    ${items.length > 1
      ? html`<button type="button" class="small fold-all" aria-expanded=${folded ? 'false' : 'true'} aria-controls=${`items-${section}`} data-key=${foldAll}
          @click=${() => refold(ctx, setSectionFolded(folds, section, !folded), foldAll)}>${folded ? t('openSection', { n: items.length }) : t('foldSection')}</button>`
      : nothing}
    ${items.length === 0
      ? emptyState(t('sectionEmpty'))
      : html`<ol class="items" id=${`items-${section}`}>${repeat(items, (item) => item.id, (item, i) =>
          itemFolded(folds, section, items.length, item.id) ? foldedRow(ctx, section, item, i, folds) : itemRow(ctx, brief, section, item, i, items.length, folds))}</ol>`}
    ${addForm(ctx, brief, section)}
  </section>`;
}
