import { articlePane } from './article-view.ts';
import type { AppContext, LibraryQuery } from './context.ts';
import { el, markedText } from './dom.ts';
import { formatPartialDate } from './format-date.ts';
import { t, count } from './i18n.ts';
import { importPanel } from './import-panel.ts';
import type { ArticleListItem, SearchHit } from './types.ts';
import { basisBadge, button, emptyState, field, select } from './widgets.ts';

const SEARCH_DELAY_MS = 200;
let searchTimer: ReturnType<typeof setTimeout> | null = null;

function filters(ctx: AppContext): HTMLElement {
  const { state } = ctx;
  const q = state.query;
  const set = (patch: Partial<LibraryQuery>): void => {
    Object.assign(state.query, patch);
    void ctx.refreshLibrary();
  };
  const search = el('input', {
    type: 'search',
    id: 'search',
    value: q.search,
    placeholder: t('searchPlaceholder'),
    data: { key: 'search' },
    on: {
      input: () => {
        state.query.search = search.value;
        if (searchTimer !== null) clearTimeout(searchTimer);
        searchTimer = setTimeout(() => void ctx.refreshLibrary(), SEARCH_DELAY_MS);
      },
    },
  });
  const all = { value: '', label: t('all') };
  const topic = select([all, ...state.topics.map((tp) => ({ value: String(tp.id), label: tp.name }))], q.topic, (v) => set({ topic: v }), { id: 'filter-topic', data: { key: 'filter-topic' } });
  const outlet = select([all, ...(state.articles?.outlets ?? []).map((o) => ({ value: o, label: o }))], q.outlet, (v) => set({ outlet: v }), { id: 'filter-outlet', data: { key: 'filter-outlet' } });
  const from = el('input', { type: 'date', id: 'filter-from', value: q.from, data: { key: 'filter-from' }, on: { change: () => set({ from: from.value }) } });
  const to = el('input', { type: 'date', id: 'filter-to', value: q.to, data: { key: 'filter-to' }, on: { change: () => set({ to: to.value }) } });
  const sort = select(
    [
      { value: 'published-desc', label: t('sortPublishedDesc') },
      { value: 'published-asc', label: t('sortPublishedAsc') },
      { value: 'imported-desc', label: t('sortImportedDesc') },
      { value: 'imported-asc', label: t('sortImportedAsc') },
      { value: 'title', label: t('sortTitle') },
    ],
    q.sort,
    (v) => set({ sort: v as LibraryQuery['sort'] }),
    { id: 'sort', data: { key: 'sort' } },
  );
  return el(
    'div',
    { class: 'filters', role: 'search' },
    field(t('search'), search),
    field(t('filterTopic'), topic),
    field(t('filterOutlet'), outlet),
    field(t('filterFrom'), from),
    field(t('filterTo'), to),
    field(t('sortBy'), sort),
  );
}

function assignBar(ctx: AppContext): HTMLElement | null {
  const { state } = ctx;
  if (state.checked.size === 0) return null;
  let chosen = state.topics[0]?.id;
  const topicSelect = select(
    state.topics.map((tp) => ({ value: String(tp.id), label: tp.name })),
    chosen === undefined ? '' : String(chosen),
    (v) => (chosen = Number(v)),
    { id: 'assign-topic', data: { key: 'assign-topic' } },
  );
  const run = async (how: 'topics:assign' | 'topics:unassign'): Promise<void> => {
    if (chosen === undefined) return;
    const r = await ctx.call(how, { id: chosen, articleIds: [...state.checked] });
    if (r) {
      ctx.notice(`${r.name}: ${count(r.articles, 'article')}`);
      await ctx.refreshTopics();
      await ctx.refreshLibrary();
    }
  };
  return el(
    'div',
    { class: 'assign-bar' },
    el('span', {}, t('selectedCount', { n: state.checked.size })),
    state.topics.length > 0 ? field(t('assignTo'), topicSelect) : el('span', { class: 'hint' }, t('topicsEmpty')),
    state.topics.length > 0 ? button(t('assign'), () => void run('topics:assign'), { id: 'assign-button', data: { key: 'assign-button' } }) : null,
    state.topics.length > 0 ? button(t('unassign'), () => void run('topics:unassign'), { data: { key: 'unassign-button' } }) : null,
  );
}

export function dateCell(item: Pick<ArticleListItem, 'published' | 'publishedBasis'>): HTMLElement {
  return el('span', { class: 'date' }, item.published === null ? el('span', { class: 'iso' }, t('noDate')) : el('span', { class: 'iso', title: item.published }, formatPartialDate(item.published)), ' ', basisBadge(item.publishedBasis));
}

function articleTable(ctx: AppContext, items: ArticleListItem[]): HTMLElement {
  const { state } = ctx;
  // Each item carries its topic ids; the names come from the topics list, so a rename shows at once.
  const topicNames = new Map(state.topics.map((tp) => [tp.id, tp.name]));
  const allChecked = items.length > 0 && items.every((i) => state.checked.has(i.id));
  const checkAll = el('input', {
    type: 'checkbox',
    checked: allChecked,
    aria: { label: t('colSelect') },
    data: { key: 'check-all' },
    on: {
      change: () => {
        for (const i of items) {
          if (checkAll.checked) state.checked.add(i.id);
          else state.checked.delete(i.id);
        }
        ctx.rerender();
      },
    },
  });
  return el(
    'table',
    { class: 'articles', id: 'articles' },
    el('caption', { class: 'visually-hidden' }, count(state.articles?.total ?? items.length, 'article')),
    el('thead', {}, el('tr', {}, el('th', { class: 'check' }, checkAll), el('th', {}, t('colTitle')), el('th', {}, t('colOutlet')), el('th', {}, t('colDate')), el('th', {}, t('colTopics')))),
    el(
      'tbody',
      {},
      ...items.map((item) => {
        const title = item.title ?? t('untitled');
        const box = el('input', {
          type: 'checkbox',
          checked: state.checked.has(item.id),
          aria: { label: t('selectArticle', { title }) },
          data: { key: `check-${item.id}`, id: item.id },
          on: {
            change: () => {
              if (box.checked) state.checked.add(item.id);
              else state.checked.delete(item.id);
              ctx.rerender();
            },
          },
        });
        const open = el('button', { type: 'button', class: 'link article-link', data: { key: `open-${item.id}` }, on: { click: () => void ctx.openArticle(item.id) } }, title);
        return el(
          'tr',
          { data: { id: item.id }, class: state.article?.detail.id === item.id ? 'current' : '' },
          el('td', { class: 'check' }, box),
          el('td', {}, open),
          el('td', {}, item.outlet ?? el('span', { class: 'muted' }, t('unknownOutlet'))),
          el('td', {}, dateCell(item)),
          el('td', {}, ...item.topics.flatMap((id) => topicNames.get(id) ?? []).map((name) => el('span', { class: 'chip', dir: 'auto' }, name))),
        );
      }),
    ),
  );
}

function hitList(ctx: AppContext, hits: SearchHit[]): HTMLElement {
  if (hits.length === 0) return emptyState(t('noSearchResults'));
  return el(
    'div',
    { class: 'hits' },
    el('h2', { class: 'sub' }, t('searchResults', { n: ctx.state.hitTotal ?? hits.length })),
    el(
      'ol',
      { class: 'hit-list', id: 'hits', data: { query: ctx.state.query.search } },
      ...hits.map((hit) => {
        const a = hit.article;
        const ranges = (rs: { start: number; end: number }[]): [number, number][] => rs.map((r) => [r.start, r.end]);
        return el(
          'li',
          { data: { id: a.id } },
          el(
            'button',
            { type: 'button', class: 'link article-link', data: { key: `hit-${a.id}` }, on: { click: () => void ctx.openArticle(a.id) } },
            a.title === null ? t('untitled') : markedText(a.title, ranges(hit.titleHighlights)),
          ),
          el('span', { class: 'meta' }, a.outlet ?? t('unknownOutlet'), ' · ', dateCell(a)),
          el('p', { class: 'snippet', dir: 'auto' }, hit.snippet.start > 0 ? '… ' : '', markedText(hit.snippet.text, ranges(hit.snippet.highlights)), ' …'),
        );
      }),
    ),
  );
}

export function libraryScreen(ctx: AppContext): HTMLElement {
  const { state } = ctx;
  const items = state.articles?.items ?? [];
  let listing: HTMLElement;
  if (state.hits !== null) listing = hitList(ctx, state.hits);
  else if (state.articles === null) listing = emptyState(t('loading'));
  else if (items.length === 0) {
    const filtered = Object.entries(state.query).some(([k, v]) => k !== 'sort' && v !== '');
    listing = emptyState(filtered ? t('libraryNoMatch') : t('libraryEmpty'));
  } else listing = articleTable(ctx, items);
  return el(
    'div',
    { class: 'library' },
    el('h1', { class: 'visually-hidden' }, t('navLibrary')),
    importPanel(ctx),
    filters(ctx),
    assignBar(ctx),
    el('div', { class: state.article ? 'split' : 'single' }, el('div', { class: 'listing' }, listing), state.article ? articlePane(ctx) : null),
  );
}
