import { html, nothing, type TemplateResult } from 'lit-html';
import type { AppContext, TeamLibrarySettings } from './context.ts';
import { t, type Key } from './i18n.ts';
import { field } from './widgets.ts';
import { offlineSection } from './offline-view.ts';
import { statusLine } from './status-line.ts';

// The typed password lives only in its input: read when a button is pressed, cleared after, never put in the state.
const PASSWORD_ID = 'team-password';

let asking: Promise<void> | null = null;

/** Asks the desktop app once which team library is in use (a browser's host has no switch: nothing to ask). */
function loadCurrent(ctx: AppContext): void {
  const workspaces = ctx.client.workspaces;
  if (workspaces === null || asking !== null) return;
  asking = workspaces.teamLibrary().then((current) => {
    ctx.state.settings.current = current;
    if (current.location !== null && ctx.state.settings.location === '') ctx.state.settings.location = current.location;
    asking = null;
    ctx.rerender();
  });
}

function typedPassword(): string | undefined {
  const input = document.getElementById(PASSWORD_ID) as HTMLInputElement | null;
  const value = input?.value ?? '';
  if (input) input.value = '';
  return value === '' ? undefined : value;
}

function say(ctx: AppContext, status: TeamLibrarySettings['status']): void {
  ctx.state.settings.status = status;
  ctx.rerender();
}

/**
 * The location as typed, or null (said to the analyst on the line of the section whose button was pressed) when it
 * is not yet a postgres:// address.
 */
function typedLocation(ctx: AppContext, sayIt: (status: TeamLibrarySettings['status']) => void = (status) => say(ctx, status)): string | null {
  const location = ctx.state.settings.location.trim();
  if (/^postgres(?:ql)?:\/\/\S/i.test(location)) return location;
  sayIt({ kind: 'error', parts: [{ key: 'teamLocationEmpty' }] });
  return null;
}

async function check(ctx: AppContext): Promise<void> {
  const location = typedLocation(ctx);
  const password = typedPassword();
  if (location === null) return;
  say(ctx, { kind: 'busy', parts: [{ key: 'teamChecking' }] });
  // In the app, an empty field means the password saved for this library: the main process adds it, the page never
  // sees it. In a browser nothing is saved, and the host's own password serves only the library it was started on.
  const workspaces = ctx.client.workspaces;
  const r =
    password === undefined && workspaces !== null
      ? await workspaces.checkWithSavedPassword(location)
      : await ctx.client.call('library:check', { location, ...(password === undefined ? {} : { password }) });
  if (r.ok) {
    const { server, articles, briefs } = r.value;
    // Counted when drawn, in the language of the moment (count and formatNumber read it).
    say(ctx, { kind: 'ok', parts: [{ key: 'teamCheckOk' }, { text: server }, { key: 'teamCheckHolds', params: { articles: String(articles), briefs: String(briefs) } }] });
  } else if (r.error.library !== undefined) say(ctx, { kind: 'error', parts: [{ failure: r.error.library }] });
  else if (r.error.code === 'invalid-request') say(ctx, { kind: 'error', parts: [{ failure: { problem: 'invalid-location' } }] });
  else say(ctx, { kind: 'error', parts: [{ key: 'teamCheckFailed' }, { text: r.error.message }] });
}

/** Runs a switch of the desktop app's workspace; the app reloads the page's data through its workspace-changed event. */
async function switchTo(ctx: AppContext, target: 'team' | 'local'): Promise<void> {
  const workspaces = ctx.client.workspaces;
  if (workspaces === null) return;
  const location = target === 'team' ? typedLocation(ctx) : null;
  const password = typedPassword();
  if (target === 'team' && location === null) return;
  say(ctx, { kind: 'busy', parts: [{ key: 'teamSwitching' }] });
  const answer = location !== null ? await workspaces.useTeamLibrary(location, password) : await workspaces.useLocalWorkspace();
  ctx.state.settings.current = null;
  const done: Key = target === 'team' ? 'teamSwitched' : 'localSwitched';
  if (answer.ok) say(ctx, { kind: 'ok', parts: answer.message === undefined ? [{ key: done }] : [{ key: 'teamSwitchedBut' }, { text: answer.message }] });
  else if (answer.failure !== undefined) say(ctx, { kind: 'error', parts: [{ failure: answer.failure }] });
  else say(ctx, { kind: 'error', parts: [{ key: 'teamSwitchFailed' }, { text: answer.message ?? '' }] });
}

/** The browser's hint: no saved password there; the host's own, named as the variable it is read from, stays home. */
function browserPasswordHint(): TemplateResult {
  const [before, after] = t('teamPasswordBrowser').split('{variable}');
  return html`${before}<code translate="no">MAWJAZ_LIBRARY_PASSWORD</code>${after ?? ''}`;
}

/**
 * Settings: the team library. The analyst types its address (never its password into it), tries the connection
 * (library:check, through the API: the same in the app and in a browser), and in the desktop app switches to it or
 * back to the local workspace (app:*). The password goes to the host once and never comes back.
 */
export function settingsScreen(ctx: AppContext): TemplateResult {
  const s = ctx.state.settings;
  const app = ctx.client.workspaces !== null;
  if (app && s.current === null) loadCurrent(ctx);
  const w = ctx.state.workspace;
  const onTeam = w?.team === true;
  const saved = s.current?.passwordSaved === true && s.current.location === s.location.trim();
  return html`<div class="settings">
    <h1>${t('settingsTitle')}</h1>
    <section class="panel" aria-labelledby="h-team">
      <h2 id="h-team">${t('teamTitle')}</h2>
      <p>${t('teamWhat')}</p>
      ${w === null ? nothing : html`<p id="settings-current">${t(onTeam ? 'teamInUseLabel' : 'localInUseLabel')} <bdi dir="ltr" translate="no">${w.name}</bdi></p>`}
      <div class="team-form">
        ${field(
          t('teamLocation'),
          'team-location',
          html`<input type="text" id="team-location" dir="ltr" autocomplete="off" spellcheck="false" translate="no" placeholder="postgres://analyst@server:5432/desk"
            .value=${s.location} @input=${(e: Event) => (s.location = (e.currentTarget as HTMLInputElement).value)}>`,
          html`${t('teamLocationHint')} <bdi dir="ltr"><code translate="no">postgres://user@server:5432/database</code></bdi>`,
        )}
        ${field(
          t('teamPassword'),
          PASSWORD_ID,
          html`<input type="password" id=${PASSWORD_ID} dir="ltr" autocomplete="off">`,
          app ? t(saved ? 'teamPasswordSaved' : 'teamPasswordHint') : browserPasswordHint(),
        )}
        <div class="row">
          <button type="button" id="team-check" ?disabled=${s.status?.kind === 'busy'} @click=${() => void check(ctx)}>${t('teamCheck')}</button>
          ${app ? html`<button type="button" id="team-use" class="primary" ?disabled=${s.status?.kind === 'busy'} @click=${() => void switchTo(ctx, 'team')}>${t('teamUse')}</button>` : nothing}
          ${app && onTeam ? html`<button type="button" id="team-local" ?disabled=${s.status?.kind === 'busy'} @click=${() => void switchTo(ctx, 'local')}>${t('teamBackLocal')}</button>` : nothing}
        </div>
      </div>
      ${statusLine('team-status', s.status)}
      ${app ? nothing : html`<p class="hint" id="team-browser-note">${t('teamBrowserNote')} <bdi dir="ltr"><code translate="no">mawjaz web --workspace postgres://…</code></bdi></p>`}
    </section>
    ${w === null || onTeam ? nothing : offlineSection(ctx, {
          location: () =>
            typedLocation(ctx, (status) => {
              s.offlineStatus = status;
              ctx.rerender();
            }),
          password: typedPassword,
        })}
  </div>`;
}
