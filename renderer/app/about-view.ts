import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { AppContext } from './context.ts';
import { t, type Key } from './i18n.ts';
import { emptyState } from './widgets.ts';

const KIND: Record<'notices' | 'font' | 'data', Key> = { notices: 'aboutNotices', font: 'aboutFont', data: 'aboutData' };

let loading: Promise<void> | null = null;

/** Asks the host once for the version and the notices (they do not change while the app runs). */
function load(ctx: AppContext): void {
  loading ??= ctx.call('about:info', {}).then((r) => {
    if (r) ctx.state.about = r;
    else loading = null;
    ctx.rerender();
  });
}

/**
 * About and licences: the app's version, then what ships under its own licence — the entity model's data (ANERcorp,
 * CC BY-SA 4.0, with its attribution), the fonts, the bundled libraries — each notice as its file says it, in the
 * language it is written in (marked so).
 */
export function aboutScreen(ctx: AppContext): TemplateResult {
  const about = ctx.state.about;
  if (about === null) load(ctx);
  return html`<div class="about">
    <h1>${t('aboutTitle')}</h1>
    ${about === null
      ? emptyState(t('loading'))
      : html`<section class="panel" aria-labelledby="h-about-app">
            <h2 id="h-about-app">${t('appName')} — ${t('appTagline')}</h2>
            <p id="about-version">${t('aboutVersion', { version: about.version })}</p>
            <p>${t('aboutOffline')}</p>
            <p id="about-data">${t('aboutDataLine')}</p>
          </section>
          ${repeat(about.notices, (n) => `${n.kind}/${n.name}`, (n, i) => html`<section class="panel notice" aria-labelledby=${`h-notice-${i}`}>
            <h2 id=${`h-notice-${i}`}>${t(KIND[n.kind])} <bdi class="muted" translate="no">${n.name}</bdi></h2>
            <pre class="notice-text" lang="en" dir="ltr" tabindex="0" aria-labelledby=${`h-notice-${i}`}>${n.text}</pre>
          </section>`)}`}
    ${nothing}
  </div>`;
}
