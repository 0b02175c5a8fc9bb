import { createClient, type ClientError } from './api-client.ts';
import { SCREENS, type AppContext, type AppState, type Screen } from './context.ts';
import { el, replace } from './dom.ts';
import { createDrafts } from './drafts.ts';
import { t, language, setLanguage, savedLanguage, onLanguageChange, type Key } from './i18n.ts';
import { installDropZone } from './import-panel.ts';
import { describeError } from './messages.ts';
import { renderScreen } from './screens.ts';

const NAV: Record<Screen, Key> = { library: 'navLibrary', topics: 'navTopics', brief: 'navBrief', actors: 'navActors', export: 'navExport' };

function initialState(): AppState {
  return {
    screen: 'library',
    workspace: null,
    topics: [],
    query: { topic: '', outlet: '', from: '', to: '', sort: 'published-desc', search: '' },
    articles: null,
    articleTopics: new Map(),
    hits: null,
    hitTotal: null,
    checked: new Set(),
    briefTopics: new Set(),
    briefTitle: '',
    article: null,
    importProgress: null,
    importReport: null,
    suggestions: null,
    draft: null,
    assembling: false,
    rules: [],
    gazetteer: [],
    mergePick: [],
    templates: [],
    exportFormat: 'pdf',
    exportTemplate: 'standard',
    exported: null,
  };
}

function boot(): void {
  const root = document.getElementById('app');
  if (!root) return;
  setLanguage(savedLanguage());
  const client = createClient();
  const state = initialState();

  const nav = el('nav', { class: 'tabs', aria: { label: t('mainNav') } });
  const langButton = el('button', { type: 'button', class: 'lang-switch', id: 'lang-switch' });
  const brand = el('div', { class: 'brand' });
  const workspaceLine = el('p', { class: 'workspace-line', id: 'workspace-line' });
  const messages = el('div', { class: 'messages', id: 'messages', role: 'status', aria: { live: 'polite' } });
  const alerts = el('div', { class: 'alerts', id: 'alerts', role: 'alert' });
  const screen = el('main', { id: 'screen', class: 'screen', tabindex: -1 });
  root.replaceChildren(el('header', { class: 'topbar' }, brand, nav, langButton), workspaceLine, alerts, messages, screen);

  function renderChrome(): void {
    replace(brand, el('span', { class: 'brand-name' }, t('appName')), el('span', { class: 'brand-tagline' }, t('appTagline')));
    nav.setAttribute('aria-label', t('mainNav'));
    replace(
      nav,
      ...SCREENS.map((s) =>
        el('button', { type: 'button', class: 'tab', data: { key: `nav-${s}`, screen: s }, aria: state.screen === s ? { current: 'page' } : {}, on: { click: () => ctx.go(s) } }, t(NAV[s])),
      ),
    );
    langButton.textContent = t('switchLanguage');
    langButton.setAttribute('aria-label', t('switchLanguageLabel'));
    langButton.lang = language() === 'ar' ? 'en' : 'ar';
    const w = state.workspace;
    // The path is left-to-right text inside an Arabic line: isolated so its slashes stay where they belong.
    if (w) replace(workspaceLine, t('workspaceLabel'), ' ', el('bdi', { dir: 'ltr' }, w.path), ' — ', t('workspaceCounts', { articles: w.articles, topics: w.topics }));
    else workspaceLine.textContent = t('loading');
  }

  /** Re-renders the screen; the control that had focus (matched by its data-key) gets it back. */
  function rerender(): void {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement.dataset['key'] : undefined;
    // What the analyst is typing survives a re-render (a progress event or a late answer can trigger one
    // mid-sentence): text fields whose value differs from the one they were drawn with are carried over by key.
    const typed = new Map<string, string>();
    for (const field of screen.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[data-key], textarea[data-key]')) {
      const key = field.dataset['key'];
      if (key !== undefined && (field instanceof HTMLTextAreaElement || field.type === 'text' || field.type === 'search') && field.value !== field.defaultValue) {
        typed.set(key, field.value);
      }
    }
    renderChrome();
    replace(screen, renderScreen(ctx));
    for (const [key, value] of typed) {
      const again = screen.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-key="${CSS.escape(key)}"]`);
      if (again && again.value === again.defaultValue) again.value = value;
    }
    if (active !== undefined) {
      const again = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(active)}"]`);
      again?.focus();
    }
  }

  const drafts = createDrafts(() => ctx);
  let lastError: ClientError | null = null;

  const ctx: AppContext = {
    client,
    state,
    rerender,
    go(next) {
      state.screen = next;
      ctx.clearMessages();
      rerender();
      screen.focus();
      if (next === 'export' && state.templates.length === 0) void loadTemplates();
      if (next === 'actors') void loadRules();
    },
    notice(text) {
      messages.textContent = text;
    },
    error(e) {
      lastError = e;
      replace(alerts, el('p', { class: 'error-line' }, describeError(e)));
    },
    clearMessages() {
      lastError = null;
      messages.textContent = '';
      alerts.replaceChildren();
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
      rerender();
    },
    async refreshTopics() {
      const r = await ctx.call('topics:list', {});
      if (r) {
        state.topics = r.topics;
        const map = new Map<string, string[]>();
        const lists = await Promise.all(r.topics.map((tp) => client.call('articles:list', { topic: tp.id })));
        lists.forEach((l, i) => {
          const name = r.topics[i]?.name;
          if (!l.ok || name === undefined) return;
          for (const a of l.value.items) map.set(a.id, [...(map.get(a.id) ?? []), name]);
        });
        state.articleTopics = map;
      }
      rerender();
    },
    async refreshWorkspace() {
      const info = await ctx.call('workspace:info', {});
      if (info) state.workspace = info;
      renderChrome();
    },
    async openArticle(id, quote) {
      const detail = await ctx.call('articles:get', { id });
      if (!detail) return;
      state.article = { detail, quote: quote ?? null, showRemoved: false };
      if (state.screen !== 'library') state.screen = 'library';
      rerender();
      const mark = screen.querySelector<HTMLElement>('.article-body mark');
      const target = mark ?? screen.querySelector<HTMLElement>('#article-pane h2');
      target?.scrollIntoView({ block: 'center' });
      screen.querySelector<HTMLElement>('#article-pane')?.focus();
    },
    editBrief: (next) => drafts.edit(next),
    undo: () => drafts.undo(),
    redo: () => drafts.redo(),
    startDraft: (brief) => drafts.start(brief),
  };

  async function loadTemplates(): Promise<void> {
    const r = await ctx.call('templates:list', {});
    if (r) state.templates = r.templates;
    rerender();
  }
  async function loadRules(): Promise<void> {
    const r = await ctx.call('actors:corrections', {});
    if (r) state.rules = r.rules;
    const g = await ctx.call('gazetteer:list', {});
    if (g) state.gazetteer = g.entries;
    rerender();
  }

  langButton.addEventListener('click', () => setLanguage(language() === 'ar' ? 'en' : 'ar'));
  onLanguageChange(() => {
    client.setLanguage(language());
    // Notices were written in the old language; an error is written again in the new one.
    messages.textContent = '';
    if (lastError) ctx.error(lastError);
    rerender();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox'));
    if (typing || !(event.ctrlKey || event.metaKey) || state.draft === null) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) ctx.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') ctx.redo();
    else return;
    event.preventDefault();
  });

  installDropZone(ctx);
  client.onProgress((p) => {
    if (!p.task.startsWith('import')) return;
    state.importProgress = { done: p.done, total: p.total, label: p.label };
    const bar = document.getElementById('import-progress');
    if (bar instanceof HTMLProgressElement) {
      bar.max = Math.max(1, p.total);
      bar.value = p.done;
      const label = document.getElementById('import-progress-label');
      if (label) label.textContent = t('importing', { done: p.done, total: p.total });
    }
  });
  client.onAppEvent((e) => {
    if (e.type === 'menu' && e.command === 'switch-language') setLanguage(language() === 'ar' ? 'en' : 'ar');
    else if (e.type === 'menu' && (e.command === 'export-pdf' || e.command === 'export-docx')) {
      state.exportFormat = e.command === 'export-pdf' ? 'pdf' : 'docx';
      ctx.go('export');
    } else if (e.type === 'imported') {
      state.importReport = e.report;
      void Promise.all([ctx.refreshWorkspace(), ctx.refreshLibrary(), ctx.refreshTopics()]);
    } else if (e.type === 'workspace-changed') {
      state.draft = null;
      state.article = null;
      state.checked.clear();
      void start();
    }
  });

  async function start(): Promise<void> {
    rerender();
    await ctx.refreshWorkspace();
    await Promise.all([ctx.refreshTopics(), ctx.refreshLibrary(), drafts.restore()]);
    document.body.dataset['ready'] = 'true';
  }
  void start();
}

boot();
