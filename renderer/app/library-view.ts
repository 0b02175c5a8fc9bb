import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { articlePane } from './article-view.ts';
import type { AppContext, LibraryQuery } from './context.ts';
import { markedText } from './marked-text.ts';
import { dateBook, formatPartialDate } from './format-date.ts';
import { filterDay, type DateEnd } from './date-filter.ts';
import { t, count } from './i18n.ts';
import { importPanel } from './import-panel.ts';
import { isolate } from './messages.ts';
import type { ArticleListItem, SearchHit } from './types.ts';
import { basisBadge, emptyState, field, select } from './widgets.ts';

const SEARCH_DELAY_MS = 200;
let searchTimer: ReturnType<typeof setTimeout> | null = null;

function filters(ctx: AppContext): TemplateResult {
  const { state } = ctx;
  const q = state.query;
  const set = (patch: Partial<LibraryQuery>): void => {
    Object.assign(state.query, patch);
    void ctx.refreshLibrary();
  };
  const onSearch = (e: Event): void => {
    state.query.search = (e.currentTarget as HTMLInputElement).value;
    if (searchTimer !== null) clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void ctx.refreshLibrary(), SEARCH_DELAY_MS);
  };
  const all = { value: '', label: t('all') };
  return html`<div class="filters" role="search">
    ${field(t('search'), 'search', html`<input type="search" id="search" data-key="search" .value=${q.search} placeholder=${t('searchPlaceholder')} @input=${onSearch}>`)}
    ${field(t('filterTopic'), 'filter-topic', select('filter-topic', [all, ...state.topics.map((tp) => ({ value: String(tp.id), label: tp.name }))], q.topic, (v) => set({ topic: v })))}
    ${field(t('filterOutlet'), 'filter-outlet', select('filter-outlet', [all, ...(state.articles?.outlets ?? []).map((o) => ({ value: o, label: o }))], q.outlet, (v) => set({ outlet: v })))}
    ${dateFilterField(ctx, 'from')}
    ${dateFilterField(ctx, 'to')}
  </div>`;
}

/**
 * Above the table: how many articles match (and how many of them the table lists) and the order, the sort beside the
 * list it orders rather than at the end of the filters, where at 1280 px it wrapped onto a row of its own. Search hits
 * come ranked by relevance, so the sort goes with the table.
 */
function listHead(ctx: AppContext, shown: number): TemplateResult {
  const { state } = ctx;
  const total = state.articles?.total ?? shown;
  const sorts: { value: LibraryQuery['sort']; label: string }[] = [
    { value: 'published-desc', label: t('sortPublishedDesc') },
    { value: 'published-asc', label: t('sortPublishedAsc') },
    { value: 'imported-desc', label: t('sortImportedDesc') },
    { value: 'imported-asc', label: t('sortImportedAsc') },
    { value: 'title', label: t('sortTitle') },
  ];
  const sort = (v: string): void => {
    state.query.sort = v as LibraryQuery['sort'];
    void ctx.refreshLibrary();
  };
  return html`<div class="list-head">
    <p class="list-count" id="list-count">${count(total, 'article')}${shown < total ? html` <span class="muted">${t('listShowingFirst', { n: shown })}</span>` : nothing}</p>
    ${field(t('sortBy'), 'sort', select('sort', sorts, state.query.sort, sort))}
  </div>`;
}

/**
 * A date filter as a text field read by the host's Arabic date layer: «26 أغسطس 2024», «آب 2024», «26/8/2024»,
 * «12 شوال 1446». It reads right to left in the Arabic UI, has no «mm/dd/yyyy» mask, says what it understood (the
 * day the range starts or ends on) and, for text it cannot read, what to type instead.
 */
function dateFilterField(ctx: AppContext, end: DateEnd): TemplateResult {
  const { state } = ctx;
  const id = `filter-${end}`;
  const typed = state.typedDates[end];
  const day = state.query[end];
  const apply = async (text: string): Promise<void> => {
    const readings = text.trim() === '' ? [null] : await dateBook().read([text]);
    if (readings === null) return;
    const outcome = filterDay(end, text, readings[0] ?? null);
    if ('problem' in outcome) {
      state.typedDates = { ...state.typedDates, [end]: { text, problem: outcome.problem } };
      ctx.rerender();
      return;
    }
    state.typedDates = { ...state.typedDates, [end]: { text, problem: null } };
    state.query[end] = outcome.day;
    await ctx.refreshLibrary();
  };
  const problem = typed.problem === null ? null : t(typed.problem === 'unreadable' ? 'dateUnreadable' : 'dateNoYear', { text: typed.text.trim() });
  const hint = problem !== null
    ? html`<span class="field-error" id=${`${id}-note`}>${problem}</span>`
    : html`<span class="hint" id=${`${id}-note`}>${day === '' ? t('dateExample') : t(end === 'from' ? 'dateFromDay' : 'dateToDay', { date: formatPartialDate(day) })}</span>`;
  const input = html`<input type="text" inputmode="text" autocomplete="off" id=${id} data-key=${id} class="date-input" .value=${typed.text}
    aria-describedby=${`${id}-note`} aria-invalid=${problem === null ? 'false' : 'true'}
    @change=${(e: Event) => void apply((e.currentTarget as HTMLInputElement).value)}>`;
  return html`<div class="field date-field"><label for=${id}>${t(end === 'from' ? 'filterFrom' : 'filterTo')}</label>${input}${hint}</div>`;
}

/** The topic chosen in the assign bar: kept between updates, which no longer rebuild the bar. */
let assignTopic: number | undefined;

function assignBar(ctx: AppContext): TemplateResult | typeof nothing {
  const { state } = ctx;
  if (state.checked.size === 0) return nothing;
  if (assignTopic === undefined || !state.topics.some((tp) => tp.id === assignTopic)) assignTopic = state.topics[0]?.id;
  const run = async (how: 'topics:assign' | 'topics:unassign'): Promise<void> => {
    if (assignTopic === undefined) return;
    const r = await ctx.call(how, { id: assignTopic, articleIds: [...state.checked] });
    if (r) {
      ctx.notice(`${r.name}: ${count(r.articles, 'article')}`);
      await ctx.refreshTopics();
      await ctx.refreshLibrary();
    }
  };
  const hasTopics = state.topics.length > 0;
  return html`<div class="assign-bar">
    <span>${t('selectedCount', { n: state.checked.size })}</span>
    ${hasTopics
      ? html`${field(t('assignTo'), 'assign-topic', select('assign-topic', state.topics.map((tp) => ({ value: String(tp.id), label: tp.name })), String(assignTopic), (v) => (assignTopic = Number(v))))}
          <button type="button" id="assign-button" data-key="assign-button" @click=${() => void run('topics:assign')}>${t('assign')}</button>
          <button type="button" data-key="unassign-button" @click=${() => void run('topics:unassign')}>${t('unassign')}</button>`
      : html`<span class="hint">${t('topicsEmpty')}</span>`}
  </div>`;
}

export function dateCell(item: Pick<ArticleListItem, 'published' | 'publishedBasis'>): TemplateResult {
  return html`<span class="date">${item.published === null
    ? html`<span class="iso">${t('noDate')}</span>`
    : html`<span class="iso">${formatPartialDate(item.published)}</span>`} ${basisBadge(item.publishedBasis)}</span>`;
}

function articleTable(ctx: AppContext, items: ArticleListItem[]): TemplateResult {
  const { state } = ctx;
  // Each item carries its topic ids; the names come from the topics list, so a rename shows at once.
  const topicNames = new Map(state.topics.map((tp) => [tp.id, tp.name]));
  const allChecked = items.length > 0 && items.every((i) => state.checked.has(i.id));
  const checkAll = (e: Event): void => {
    const on = (e.currentTarget as HTMLInputElement).checked;
    for (const i of items) {
      if (on) state.checked.add(i.id);
      else state.checked.delete(i.id);
    }
    ctx.rerender();
  };
  const checkOne = (id: string) => (e: Event): void => {
    if ((e.currentTarget as HTMLInputElement).checked) state.checked.add(id);
    else state.checked.delete(id);
    ctx.rerender();
  };
  return html`<table class="articles" id="articles">
    <caption class="visually-hidden">${count(state.articles?.total ?? items.length, 'article')}</caption>
    <thead><tr>
      <th class="check"><input type="checkbox" .checked=${allChecked} aria-label=${t('colSelect')} data-key="check-all" @change=${checkAll}></th>
      <th class="col-title">${t('colTitle')}</th><th class="col-outlet">${t('colOutlet')}</th><th class="col-date">${t('colDate')}</th><th class="col-topics">${t('colTopics')}</th>
    </tr></thead>
    <tbody>
      ${repeat(items, (item) => item.id, (item) => {
        const title = item.title ?? t('untitled');
        return html`<tr data-id=${item.id} class=${state.article?.detail.id === item.id ? 'current' : ''}>
          <td class="check"><input type="checkbox" .checked=${state.checked.has(item.id)} aria-label=${t('selectArticle', { title })} data-key=${`check-${item.id}`} data-id=${item.id} @change=${checkOne(item.id)}></td>
          <td class="col-title"><button type="button" class="link article-link" title=${title} translate=${item.title === null ? nothing : 'no'} data-key=${`open-${item.id}`} @click=${() => void ctx.openArticle(item.id)}><bdi class="clamp-2">${title}</bdi></button></td>
          <td class="col-outlet">${item.outlet === null ? html`<span class="muted">${t('unknownOutlet')}</span>` : html`<bdi>${item.outlet}</bdi>`}</td>
          <td class="col-date">${dateCell(item)}</td>
          <td class="col-topics">${item.topics.flatMap((id) => topicNames.get(id) ?? []).map((name) => html`<span class="chip" dir="auto">${name}</span>`)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function hitList(ctx: AppContext, hits: SearchHit[]): TemplateResult {
  if (hits.length === 0) return emptyState(t('noSearchResults'));
  const ranges = (rs: { start: number; end: number }[]): [number, number][] => rs.map((r) => [r.start, r.end]);
  return html`<div class="hits">
    <h2 class="sub">${t('searchResults', { n: ctx.state.hitTotal ?? hits.length })}</h2>
    <ol class="hit-list" id="hits" data-query=${ctx.state.query.search}>
      ${repeat(hits, (hit) => hit.article.id, (hit) => {
        const a = hit.article;
        return html`<li data-id=${a.id}>
          <button type="button" class="link article-link" title=${a.title ?? t('untitled')} translate=${a.title === null ? nothing : 'no'} data-key=${`hit-${a.id}`} @click=${() => void ctx.openArticle(a.id, undefined, ctx.state.query.search)}><bdi class="clamp-2">${a.title === null ? t('untitled') : markedText(a.title, ranges(hit.titleHighlights))}</bdi></button>
          <span class="meta">${a.outlet ?? t('unknownOutlet')} · ${dateCell(a)}</span>
          <p class="snippet" dir="auto">${hit.snippet.start > 0 ? '… ' : ''}${markedText(hit.snippet.text, ranges(hit.snippet.highlights))} …</p>
        </li>`;
      })}
    </ol>
  </div>`;
}

export function libraryScreen(ctx: AppContext): TemplateResult {
  const { state } = ctx;
  const items = state.articles?.items ?? [];
  let listing: TemplateResult;
  if (state.hits !== null) listing = hitList(ctx, state.hits);
  else if (state.articles === null) listing = emptyState(t('loading'));
  else if (items.length === 0) {
    const filtered = Object.entries(state.query).some(([k, v]) => k !== 'sort' && v !== '');
    listing = emptyState(filtered ? t('libraryNoMatch') : t('libraryEmpty'));
  } else listing = html`${listHead(ctx, items.length)}${articleTable(ctx, items)}`;
  const gone = state.deletedArticle;
  const undo = async (): Promise<void> => {
    if (gone === null) return;
    state.deletedArticle = null;
    const r = await ctx.call('articles:restore', { id: gone.id });
    if (r?.restored) ctx.notice(t('articleRestored', { title: isolate(gone.title) }));
    await Promise.all([ctx.refreshLibrary(), ctx.refreshTopics(), ctx.refreshWorkspace()]);
  };
  return html`<div class="library">
    <h1 class="visually-hidden">${t('navLibrary')}</h1>
    ${gone
      ? html`<p class="undo-delete" role="status"><span>${t('articleDeleted', { title: isolate(gone.title) })}</span>
          <button type="button" id="undo-delete-article" class="small" @click=${() => void undo()}>${t('undoDeleteArticle')}</button></p>`
      : nothing}
    ${importPanel(ctx)}
    ${filters(ctx)}
    ${assignBar(ctx)}
    <div class=${state.article ? 'split' : 'single'}><div class="listing">${listing}</div>${state.article ? articlePane(ctx) : nothing}</div>
  </div>`;
}
