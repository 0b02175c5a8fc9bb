import { addManualItem, markReviewed, moveItem, PARTIAL_DATE, rewriteItem, setIncluded } from './brief-edit.ts';
import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import { formatPartialDate } from './format-date.ts';
import { t, type Key } from './i18n.ts';
import type { Brief, Citation, EditableSection } from './types.ts';
import { button, emptyState, clearFields } from './widgets.ts';

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
  text: string;
  citations: Citation[];
  extra: (HTMLElement | string)[];
}

/** How many independent sources carry an item (a wire story and its copies count once); nothing for older drafts. */
function corroboration(n: number | undefined): HTMLElement | string {
  return n === undefined ? '' : el('span', { class: 'badge corroboration' }, t('independentSources', { n }));
}

/**
 * A point composed from its sources' words rather than one of their sentences as written: said so, small (once the
 * analyst rewrites it, the edited badge says whose words they are).
 */
function composedMark(point: { composed?: boolean | undefined; edited: boolean; manual: boolean }): HTMLElement | string {
  return point.composed === true && !point.edited && !point.manual ? el('span', { class: 'badge composed', title: t('composedTitle') }, t('composed')) : '';
}

function views(brief: Brief, section: EditableSection): ItemView[] {
  switch (section) {
    case 'summary':
      return brief.summary.map((i) => ({ ...i, citations: i.sources, extra: [composedMark(i), corroboration(i.independentSources)] }));
    case 'timeline':
      return brief.timeline.map((i) => ({
        ...i,
        citations: i.sources,
        extra: [el('span', { class: 'date', title: i.date }, formatPartialDate(i.date)), i.approximate ? el('span', { class: 'badge' }, t('approximate')) : '', i.planned === true ? el('span', { class: 'badge' }, t('planned')) : '', corroboration(i.independentSources)],
      }));
    case 'openQuestions':
      return brief.openQuestions.map((i) => ({ ...i, citations: i.evidence, extra: [el('span', { class: `badge kind-${i.kind}` }, t(QUESTION_KIND[i.kind] ?? 'questionUnknown'))] }));
    case 'actors':
      return brief.actors.map((i) => ({
        ...i,
        text: i.name,
        citations: i.sources,
        extra: [el('span', { class: 'badge' }, t(ACTOR_TYPE[i.type] ?? 'typeOther')), i.roles.length > 0 ? el('span', { class: 'roles' }, i.roles.join('، ')) : ''],
      }));
  }
}

/** A citation as a button: it opens the article with the quoted sentence marked. */
export function citationButton(ctx: AppContext, brief: Brief, c: Citation, n: number, key: string): HTMLElement {
  const index = brief.sources.findIndex((s) => s.id === c.sourceId);
  const source = brief.sources[index];
  // A source with neither outlet nor title is named by the file it came from, never by its internal id.
  const name = source?.outlet ?? source?.title ?? source?.file ?? c.sourceId;
  const short = name.length > 40 ? `${name.slice(0, 38)}…` : name;
  return el(
    'button',
    { type: 'button', class: 'citation', title: `${t('citationTitle')}: ${c.quote}`, data: { key, source: c.sourceId, n: String(n) }, on: { click: () => void ctx.openArticle(c.sourceId, c.quote) } },
    t('citation', { n: index + 1 }),
    ' · ',
    el('bdi', {}, short),
  );
}

function itemRow(ctx: AppContext, brief: Brief, section: EditableSection, item: ItemView, index: number, count: number): HTMLElement {
  const key = `${section}-${item.id}`;
  const include = el('input', {
    type: 'checkbox',
    id: `inc-${key}`,
    checked: item.included,
    data: { key: `inc-${key}` },
    on: { change: () => ctx.editBrief(setIncluded(brief, section, item.id, include.checked)) },
  });
  const text = el('textarea', {
    id: `text-${key}`,
    rows: section === 'actors' ? 1 : 3,
    value: item.text,
    dir: 'auto',
    data: { key: `text-${key}` },
    aria: { label: `${t('itemText')} ${index + 1}` },
    on: { change: () => ctx.editBrief(rewriteItem(brief, section, item.id, text.value)) },
  });
  return el(
    'li',
    { class: `item${item.included ? '' : ' excluded'}`, data: { id: item.id } },
    el(
      'div',
      { class: 'item-head' },
      el('span', { class: 'include' }, include, el('label', { for: `inc-${key}` }, t('include'))),
      ...item.extra,
      item.edited ? el('span', { class: 'badge edited' }, t('editedByAnalyst')) : null,
      item.manual ? el('span', { class: 'badge manual' }, t('manualItem')) : null,
      item.isNew ? el('span', { class: 'badge new' }, t('newMaterial')) : null,
      item.needsReview ? el('span', { class: 'badge review' }, t('needsReview')) : null,
      item.needsReview
        ? button(t('markReviewed'), () => ctx.editBrief(markReviewed(brief, section, item.id)), { class: 'small', data: { key: `reviewed-${key}` } })
        : null,
      item.included ? null : el('span', { class: 'badge' }, t('excluded')),
      el(
        'span',
        { class: 'move' },
        button('▲', () => ctx.editBrief(moveItem(brief, section, item.id, -1)), { aria: { label: `${t('moveUp')} ${index + 1}` }, title: t('moveUp'), disabled: index === 0, data: { key: `up-${key}` }, class: 'icon' }),
        button('▼', () => ctx.editBrief(moveItem(brief, section, item.id, 1)), { aria: { label: `${t('moveDown')} ${index + 1}` }, title: t('moveDown'), disabled: index === count - 1, data: { key: `down-${key}` }, class: 'icon' }),
      ),
    ),
    text,
    item.citations.length > 0 ? el('div', { class: 'citations' }, ...item.citations.map((c, i) => citationButton(ctx, brief, c, i + 1, `cite-${key}-${i}`))) : null,
  );
}

function addForm(ctx: AppContext, brief: Brief, section: EditableSection): HTMLElement {
  const text = el('textarea', { id: `add-${section}`, rows: 2, dir: 'auto', data: { key: `add-${section}` } });
  const date = section === 'timeline' ? el('input', { type: 'text', id: `add-${section}-date`, dir: 'ltr', placeholder: 'YYYY-MM-DD', data: { key: `add-${section}-date` } }) : null;
  return el(
    'form',
    {
      class: 'add-item',
      on: {
        submit: (e) => {
          e.preventDefault();
          if (text.value.trim() === '') return;
          if (date && !PARTIAL_DATE.test(date.value.trim())) {
            ctx.error({ code: 'invalid-request', message: `${t('articleDate')}: ${date.value}` });
            date.focus();
            return;
          }
          const item = { text: text.value.trim(), date: date?.value.trim() };
          clearFields(text, date);
          ctx.editBrief(addManualItem(brief, section, item.text, item.date));
        },
      },
    },
    el('label', { for: `add-${section}` }, t('newItemText')),
    text,
    date ? el('label', { for: `add-${section}-date` }, t('colDate')) : null,
    date,
    el('button', { type: 'submit', data: { key: `add-${section}-submit` } }, t('addItem')),
  );
}

export function briefSection(ctx: AppContext, brief: Brief, section: EditableSection): HTMLElement {
  const items = views(brief, section);
  return el(
    'section',
    { class: 'panel brief-section', id: `section-${section}`, aria: { labelledby: `h-${section}` } },
    el('h2', { id: `h-${section}` }, t(SECTION_TITLE[section])),
    items.length === 0 ? emptyState(t('sectionEmpty')) : el('ol', { class: 'items' }, ...items.map((item, i) => itemRow(ctx, brief, section, item, i, items.length))),
    addForm(ctx, brief, section),
  );
}
