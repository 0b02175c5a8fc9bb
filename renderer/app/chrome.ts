import { html, nothing, render } from 'lit-html';
import { SCREENS, SCREEN_NAME, type AppContext } from './context.ts';
import { t, language, count } from './i18n.ts';
import { renderScreen } from './screens.ts';
import { setShowHijri, showsHijri } from './format-date.ts';
import type { View } from './widgets.ts';
import { followStickyBar } from './sticky-bar.ts';

/** The window's frame around the screens: brand, tabs, language switch, workspace line, messages. */
export interface Chrome {
  langButton: HTMLButtonElement;
  messages: HTMLElement;
  alerts: HTMLElement;
  screen: HTMLElement;
  /**
   * Draws the frame and the current screen from the state. lit-html patches what changed in place, so the control
   * with focus, the caret, a selection, typed text and the scroll position are untouched by an update.
   */
  rerender: (ctx: AppContext) => void;
}

function frame(ctx: AppContext | null, screen: View): ReturnType<typeof html> {
  const state = ctx?.state;
  const w = state?.workspace;
  return html`
    <header class="topbar">
      <div class="brand"><span class="brand-name">${t('appName')}</span><span class="brand-tagline">${t('appTagline')}</span></div>
      <nav class="tabs" aria-label=${t('mainNav')}>
        ${SCREENS.map(
          (s) => html`<button type="button" class="tab" data-screen=${s} aria-current=${state?.screen === s ? 'page' : nothing} @click=${() => ctx?.go(s)}>${t(SCREEN_NAME[s])}</button>`,
        )}
      </nav>
      <span class="hijri-switch"><input type="checkbox" id="hijri-switch" .checked=${showsHijri()} @change=${(e: Event) => { setShowHijri((e.currentTarget as HTMLInputElement).checked); ctx?.rerender(); }}><label for="hijri-switch">${t('hijriToo')}</label></span>
      <button type="button" class="lang-switch" id="lang-switch" aria-label=${t('switchLanguageLabel')} lang=${language() === 'ar' ? 'en' : 'ar'}>${t('switchLanguage')}</button>
    </header>
    <p class="workspace-line" id="workspace-line">
      ${w
        ? // The file name may be left-to-right text inside an Arabic line: isolated so its dots stay where they belong.
          html`${t('workspaceLabel')} <bdi dir="ltr" translate="no">${w.name}</bdi> — ${t('workspaceCounts', { articles: count(w.articles, 'article'), topics: count(w.topics, 'topic') })}`
        : t('loading')}
    </p>
    <div class="alerts" id="alerts" role="alert"></div>
    <div class="messages" id="messages" role="status" aria-live="polite"></div>
    <main id="screen" class="screen" tabindex="-1">${screen}</main>
  `;
}

/** Builds the frame inside `root`, replacing whatever was there. */
export function createChrome(root: HTMLElement): Chrome {
  root.replaceChildren();
  render(frame(null, nothing), root);
  const find = <E extends HTMLElement>(id: string): E => {
    const found = root.querySelector<E>(`#${id}`);
    if (!found) throw new Error(`the frame has no #${id}`);
    return found;
  };
  return {
    langButton: find<HTMLButtonElement>('lang-switch'),
    messages: find('messages'),
    alerts: find('alerts'),
    screen: find('screen'),
    rerender: (ctx) => {
      render(frame(ctx, renderScreen(ctx)), root);
      followStickyBar(root);
    },
  };
}
