import { SCREENS, type AppContext, type AppState, type Screen } from './context.ts';
import { el, replace } from './dom.ts';
import { t, language, type Key, count } from './i18n.ts';
import { renderScreen } from './screens.ts';

const NAV: Record<Screen, Key> = { library: 'navLibrary', topics: 'navTopics', brief: 'navBrief', actors: 'navActors', export: 'navExport' };

/** The window's frame around the screens: brand, tabs, language switch, workspace line, messages. */
export interface Chrome {
  langButton: HTMLButtonElement;
  messages: HTMLElement;
  alerts: HTMLElement;
  screen: HTMLElement;
  /** Draws the frame again from the state (tab selection, language, workspace line). */
  render: (state: AppState, go: (screen: Screen) => void) => void;
  /** Re-renders the frame and the screen; the control that had focus (matched by its data-key) gets it back. */
  rerender: (ctx: AppContext) => void;
}

/** Builds the frame inside `root`, replacing whatever was there. */
export function createChrome(root: HTMLElement): Chrome {
  const nav = el('nav', { class: 'tabs', aria: { label: t('mainNav') } });
  const langButton = el('button', { type: 'button', class: 'lang-switch', id: 'lang-switch' });
  const brand = el('div', { class: 'brand' });
  const workspaceLine = el('p', { class: 'workspace-line', id: 'workspace-line' });
  const messages = el('div', { class: 'messages', id: 'messages', role: 'status', aria: { live: 'polite' } });
  const alerts = el('div', { class: 'alerts', id: 'alerts', role: 'alert' });
  const screen = el('main', { id: 'screen', class: 'screen', tabindex: -1 });
  root.replaceChildren(el('header', { class: 'topbar' }, brand, nav, langButton), workspaceLine, alerts, messages, screen);

  function render(state: AppState, go: (screen: Screen) => void): void {
    replace(brand, el('span', { class: 'brand-name' }, t('appName')), el('span', { class: 'brand-tagline' }, t('appTagline')));
    nav.setAttribute('aria-label', t('mainNav'));
    replace(
      nav,
      ...SCREENS.map((s) =>
        el('button', { type: 'button', class: 'tab', data: { key: `nav-${s}`, screen: s }, aria: state.screen === s ? { current: 'page' } : {}, on: { click: () => go(s) } }, t(NAV[s])),
      ),
    );
    langButton.textContent = t('switchLanguage');
    langButton.setAttribute('aria-label', t('switchLanguageLabel'));
    langButton.lang = language() === 'ar' ? 'en' : 'ar';
    const w = state.workspace;
    // The file name may be left-to-right text inside an Arabic line: isolated so its dots stay where they belong.
    if (w) replace(workspaceLine, t('workspaceLabel'), ' ', el('bdi', { dir: 'ltr' }, w.name), ' — ', t('workspaceCounts', { articles: count(w.articles, 'article'), topics: count(w.topics, 'topic') }));
    else workspaceLine.textContent = t('loading');
  }

  function rerender(ctx: AppContext): void {
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
    render(ctx.state, ctx.go);
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

  return { langButton, messages, alerts, screen, render, rerender };
}
