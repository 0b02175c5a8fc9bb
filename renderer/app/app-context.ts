import type { ApiClient, ClientError } from './api-client.ts';
import type { Chrome } from './chrome.ts';
import type { AppContext, AppState } from './context.ts';
import { html, nothing, render } from 'lit-html';
import { createDrafts } from './drafts.ts';
import { reassembleDraft } from './assembly.ts';
import { describeError } from './messages.ts';
import { rememberScroll, restoreScroll } from './scroll-memory.ts';
import { t } from './i18n.ts';

export type Drafts = ReturnType<typeof createDrafts>;

/** The context the screens act through, the draft it edits, and the last error shown (to re-word it). */
export interface App {
  ctx: AppContext;
  drafts: Drafts;
  lastError: () => ClientError | null;
}

/** The actions behind the screens: API calls, refreshes of the state, navigation and messages. */
export function createApp(client: ApiClient, state: AppState, chrome: Chrome): App {
  const { screen, messages, alerts } = chrome;
  const drafts = createDrafts(() => ctx);
  let lastError: ClientError | null = null;

  const ctx: AppContext = {
    client,
    state,
    rerender: () => chrome.rerender(ctx),
    go(next) {
      if (next !== state.screen) rememberScroll(state.screen);
      // The undo of an article's deletion lasts as long as its notice: moving on lets it go.
      state.deletedArticle = null;
      state.screen = next;
      ctx.clearMessages();
      ctx.rerender();
      restoreScroll(next);
      screen.focus({ preventScroll: true });
      if (next === 'export' && state.templates.length === 0) void loadTemplates();
      if (next === 'actors') void loadRules();
    },
    notice(text) {
      messages.textContent = text;
    },
    error(e) {
      lastError = e;
      render(html`<p class="error-line">${describeError(e)}</p>`, alerts);
    },
    clearMessages() {
      lastError = null;
      messages.textContent = '';
      render(nothing, alerts);
    },
    async call(method, request) {
      const result = await client.call(method, request);
      if (result.ok) return result.value;
      ctx.error(result.error);
      return null;
    },
    async refreshLibrary() {
      const q = state.query;
      const searching = q.search.trim() !== '';
      // While searching only the hits are on screen: the list is fetched again when the search box is cleared.
      const list = searching && state.articles !== null ? null : await ctx.call('articles:list', {
        sort: q.sort,
        limit: 500,
        ...(q.topic ? { topic: Number(q.topic) } : {}),
        ...(q.outlet ? { outlet: q.outlet } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      });
      if (list) state.articles = list;
      if (searching) {
        const found = await ctx.call('articles:search', { query: q.search, limit: 50 });
        state.hits = found ? found.hits : [];
        state.hitTotal = found ? found.total : 0;
      } else {
        state.hits = null;
        state.hitTotal = null;
      }
      ctx.rerender();
    },
    async refreshTopics() {
      // The articles listed carry their topic ids: the topics' names are all the library column needs.
      const r = await ctx.call('topics:list', {});
      if (r) state.topics = r.topics;
      ctx.rerender();
    },
    async refreshWorkspace() {
      const info = await ctx.call('workspace:info', {});
      if (info) state.workspace = info;
      ctx.rerender();
    },
    async openArticle(id, quote, search) {
      const answer = await client.call('articles:get', { id, ...(search === undefined || search.trim() === '' ? {} : { query: search }) });
      if (!answer.ok) {
        // A citation of an article deleted from the library: the brief keeps its quote, the article is gone.
        if (answer.error.code === 'not-found') ctx.notice(t('articleGone'));
        else ctx.error(answer.error);
        return;
      }
      const detail = answer.value;
      const from = state.screen === 'library' ? undefined : state.screen;
      state.article = { detail, quote: quote ?? null, showRemoved: false, sentence: null, citing: false, ...(from ? { from } : {}) };
      if (state.screen !== 'library') {
        rememberScroll(state.screen);
        state.screen = 'library';
      }
      ctx.rerender();
      const mark = screen.querySelector<HTMLElement>('.article-body mark');
      const target = mark ?? screen.querySelector<HTMLElement>('#article-pane h2');
      target?.scrollIntoView({ block: 'center' });
      screen.querySelector<HTMLElement>('#article-pane')?.focus();
    },
    editBrief: (next) => drafts.edit(next),
    undo: () => drafts.undo(),
    redo: () => drafts.redo(),
    startDraft: (brief) => drafts.start(brief),
    openBrief: (id) => drafts.open(id),
    flushDraft: () => drafts.flush(),
    reassemble: (include) => reassembleDraft(ctx, () => drafts.reassemble(include)),
    async refreshBriefs() {
      const r = await ctx.call('brief:list', {});
      if (r) state.briefs = r.briefs;
      ctx.rerender();
    },
  };

  async function loadTemplates(): Promise<void> {
    const r = await ctx.call('templates:list', {});
    if (r) state.templates = r.templates;
    ctx.rerender();
  }
  async function loadRules(): Promise<void> {
    const r = await ctx.call('actors:corrections', {});
    if (r) state.rules = r.rules;
    const g = await ctx.call('gazetteer:list', {});
    if (g) state.gazetteer = g.entries;
    ctx.rerender();
  }

  return { ctx, drafts, lastError: () => lastError };
}
