import { createApp } from './app-context.ts';
import { wireEvents } from './app-events.ts';
import { createClient } from './api-client.ts';
import { createChrome } from './chrome.ts';
import { setLanguage, savedLanguage } from './i18n.ts';
import { initialState } from './initial-state.ts';
import { installDateBook } from './format-date.ts';
import { installNameBook } from './name-book.ts';
import { installOutletKeyBook } from './outlet-key-book.ts';
import { readSelection, selectionKey } from './selection-memory.ts';
import type { AppState } from './context.ts';

/** The brief's selection as it was before the page was reloaded, in this workspace (what still exists of it). */
function restoreSelection(state: AppState): void {
  if (state.workspace === null) return;
  let text: string | null;
  try {
    text = localStorage.getItem(selectionKey(state.workspace.name));
  } catch {
    return;
  }
  const listed = state.articles;
  // Only a whole listing can tell that an article is gone; beyond it, a ticked id is kept as it was.
  const ids = new Set(listed?.items.map((a) => a.id));
  const whole = listed !== null && listed.items.length >= listed.total;
  const kept = readSelection(text, (id) => !whole || ids.has(id), new Set(state.topics.map((tp) => tp.name)));
  state.checked = new Set(kept.articles);
  state.briefTopics = new Set(kept.topics);
  if (state.briefTitle === '') state.briefTitle = kept.title;
}

function boot(): void {
  const root = document.getElementById('app');
  if (!root) return;
  setLanguage(savedLanguage());
  const chrome = createChrome(root);
  const app = createApp(createClient(), initialState(), chrome);
  const { ctx, drafts } = app;
  installDateBook(async (texts) => {
    const r = await app.ctx.client.call('dates:read', { texts });
    return r.ok ? r.value.dates : null;
  }, () => ctx.rerender());
  installNameBook(async (texts) => {
    const r = await app.ctx.client.call('names:searchKeys', { texts });
    return r.ok ? r.value.keys : null;
  }, () => ctx.rerender());
  installOutletKeyBook(async (outlets) => {
    const r = await app.ctx.client.call('outlets:keys', { outlets });
    return r.ok ? r.value.keys : null;
  }, () => ctx.rerender());

  async function start(): Promise<void> {
    ctx.rerender();
    await ctx.refreshWorkspace();
    await Promise.all([ctx.refreshTopics(), ctx.refreshLibrary(), drafts.restore()]);
    restoreSelection(ctx.state);
    ctx.rerender();
    document.body.dataset['ready'] = 'true';
  }

  wireEvents(app, chrome, start);
  void start();
}

boot();
