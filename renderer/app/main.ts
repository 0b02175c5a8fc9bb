import { createApp } from './app-context.ts';
import { wireEvents } from './app-events.ts';
import { createClient } from './api-client.ts';
import { createChrome } from './chrome.ts';
import { setLanguage, savedLanguage } from './i18n.ts';
import { initialState } from './initial-state.ts';
import { installDateBook } from './format-date.ts';

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

  async function start(): Promise<void> {
    ctx.rerender();
    await ctx.refreshWorkspace();
    await Promise.all([ctx.refreshTopics(), ctx.refreshLibrary(), drafts.restore()]);
    document.body.dataset['ready'] = 'true';
  }

  wireEvents(app, chrome, start);
  void start();
}

boot();
