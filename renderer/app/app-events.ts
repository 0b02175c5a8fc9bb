import type { App } from './app-context.ts';
import type { Chrome } from './chrome.ts';
import { language, setLanguage, onLanguageChange } from './i18n.ts';
import { installDropZone } from './import-panel.ts';
import { showAssemblyProgress } from './assembly.ts';
import { keepSelection, selectionKey } from './selection-memory.ts';

/**
 * Wires the window to the app: language switch, undo/redo keys, drops, import progress, the host's events
 * (menu, imports, workspace switches) and the page's end of life, which saves a pending draft at once.
 * `start` loads (or reloads) the workspace.
 */
export function wireEvents(app: App, chrome: Chrome, start: () => Promise<void>): void {
  const { ctx, drafts } = app;
  const { state, client } = ctx;

  chrome.langButton.addEventListener('click', () => setLanguage(language() === 'ar' ? 'en' : 'ar'));
  onLanguageChange(() => {
    client.setLanguage(language());
    // Notices were written in the old language; an error is written again in the new one.
    chrome.messages.textContent = '';
    const lastError = app.lastError();
    if (lastError) ctx.error(lastError);
    ctx.rerender();
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

  // The debounced save must not be lost with the page: closing, reloading or hiding it saves at once (best
  // effort: the page may be gone before the answer). Losing focus does too, which covers the native dialogs
  // (open or new workspace) that come before a workspace switch.
  const flush = (): void => void drafts.flush();
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', (event) => {
    flush();
    // Edits the workspace cannot take (saving fails): the browser, or the desktop app, asks first. A save merely
    // pending is sent by the flush above.
    if (drafts.failing()) event.preventDefault();
  });
  window.addEventListener('blur', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  // The brief's selection is kept across a reload: every tick and every letter of the new brief's title.
  const keep = (): void => {
    if (state.workspace === null) return;
    try {
      localStorage.setItem(selectionKey(state.workspace.name), keepSelection(state));
    } catch {
      // No storage (private mode): the selection lasts for this page only.
    }
  };
  document.addEventListener('change', keep);
  document.addEventListener('input', keep);

  installDropZone(ctx);
  client.onProgress((p) => {
    if (p.task === 'assemble') showAssemblyProgress(ctx, p);
    if (!p.task.startsWith('import')) return;
    state.importProgress = { done: p.done, total: p.total, label: p.label };
    ctx.rerender();
  });
  client.onAppEvent((e) => {
    if (e.type === 'menu' && e.command === 'switch-language') setLanguage(language() === 'ar' ? 'en' : 'ar');
    else if (e.type === 'menu' && (e.command === 'export-pdf' || e.command === 'export-docx')) {
      state.exportFormat = e.command === 'export-pdf' ? 'pdf' : 'docx';
      ctx.go('export');
    } else if (e.type === 'imported') {
      state.importReport = e.report;
      void Promise.all([ctx.refreshWorkspace(), ctx.refreshLibrary(), ctx.refreshTopics()]);
    } else if (e.type === 'flush') {
      // Saved into the workspace the draft belongs to, before the app lets go of it.
      void drafts.flush().then((saved) => client.flushed(saved), () => client.flushed(false));
    } else if (e.type === 'workspace-changed') {
      // A pending save runs before the draft is let go, so the last edits are not dropped.
      void drafts.flush().then(() => {
        state.draft = null;
        state.deletedBrief = null;
        state.renamingBrief = null;
        state.article = null;
        state.exported = null;
        state.exports = null;
        state.checked.clear();
        return start();
      });
    }
  });
}
