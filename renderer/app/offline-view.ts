import { html, nothing, type TemplateResult } from 'lit-html';
import type { AppContext, TeamLibrarySettings } from './context.ts';
import { formatNumber, t, type Key } from './i18n.ts';
import { statusLine } from './status-line.ts';
import { field } from './widgets.ts';

type Report = NonNullable<TeamLibrarySettings['report']>;
type Kind = keyof Report['counts'];

const KIND_WORDS: Record<Kind, Key> = {
  article: 'exchangeKindArticle',
  topic: 'exchangeKindTopic',
  'actor-correction': 'exchangeKindActorCorrection',
  gazetteer: 'exchangeKindGazetteer',
  'outlet-grade': 'exchangeKindOutletGrade',
  brief: 'exchangeKindBrief',
};

/** The library's location and password as the settings view reads them (settings-view.ts), or null when not typed. */
export interface TypedLibrary {
  location: () => string | null;
  password: () => string | undefined;
}

/** The topic names typed, split on a Latin or an Arabic comma. */
function typedTopics(text: string): string[] {
  return text
    .split(/[,،]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * Copies the library's topics into the workspace file in use, or sends the file's work back (library:copy,
 * library:send): with the password typed, else, in the desktop app, the one it saved for the library (added by its
 * main process, out of the page's reach; a typed one that worked is saved there for the next time).
 */
async function exchange(ctx: AppContext, typed: TypedLibrary, direction: 'copy' | 'send'): Promise<void> {
  const s = ctx.state.settings;
  const location = typed.location();
  const password = typed.password();
  if (location === null) return;
  s.report = null;
  s.offlineStatus = { kind: 'busy', parts: [{ key: direction === 'copy' ? 'offlineCopying' : 'offlineSending' }] };
  ctx.rerender();
  const secret = password === undefined ? {} : { password };
  const topics = typedTopics(s.topics ?? '');
  const chosen = topics.length === 0 ? {} : { topics };
  const workspaces = ctx.client.workspaces;
  const r =
    workspaces !== null
      ? await workspaces.exchange({ direction, location, ...secret, ...(direction === 'copy' ? chosen : {}) })
      : direction === 'copy'
        ? await ctx.client.call('library:copy', { location, ...secret, ...chosen })
        : await ctx.client.call('library:send', { location, ...secret });
  if (r.ok) {
    s.report = r.value;
    s.offlineStatus = { kind: 'ok', parts: [{ key: direction === 'copy' ? 'offlineCopied' : 'offlineSent' }, { text: r.value.library }] };
  } else if (r.error.library !== undefined) s.offlineStatus = { kind: 'error', parts: [{ failure: r.error.library }] };
  else s.offlineStatus = { kind: 'error', parts: [{ key: 'offlineFailed' }, { text: r.error.message }] };
  ctx.rerender();
}

/** The report: a line per kind of item that moved, then each conflict, skip and deletion with what it is about. */
function reportView(r: Report): TemplateResult {
  const kinds = (Object.keys(KIND_WORDS) as Kind[]).filter((k) => Object.values(r.counts[k]).some((n) => n > 0));
  const n = (x: number): string => formatNumber(x);
  const item = (word: Key, label: string, why: string | null): TemplateResult =>
    html`<li>${t(word)}: <bdi>${label}</bdi>${why === null ? nothing : html` — <bdi dir="ltr" lang="en" translate="no">${why}</bdi>`}</li>`;
  return html`<div id="exchange-report">
    <ul class="exchange-counts">
      ${kinds.map((k) => {
        const c = r.counts[k];
        return html`<li data-kind=${k}>${t(KIND_WORDS[k])}: ${t('exchangeCounts', { new: n(c.new), updated: n(c.updated), alreadyThere: n(c.alreadyThere), conflicts: n(c.conflicts), skipped: n(c.skipped), deleted: n(c.deleted) })}</li>`;
      })}
      <li>${t('exchangeMemberships', { n: n(r.membershipsAdded) })}</li>
    </ul>
    ${r.conflicts.length + r.skipped.length + r.deleted.length === 0
      ? nothing
      : html`<ul class="exchange-items">
          ${r.conflicts.map((c) => item('exchangeConflict', c.label, c.outcome))}
          ${r.skipped.map((x) => item('exchangeSkipped', x.label, x.reason))}
          ${r.deleted.map((d) => item('exchangeDeleted', d.label, null))}
        </ul>`}
  </div>`;
}

/**
 * Settings: working offline from a team library — a copy of its topics into the workspace file in use, and the
 * file's work sent back, each answered by its report (nothing is dropped unsaid). Shown on a workspace file only.
 */
export function offlineSection(ctx: AppContext, typed: TypedLibrary): TemplateResult {
  const s = ctx.state.settings;
  const busy = s.offlineStatus?.kind === 'busy';
  return html`<section class="panel" aria-labelledby="h-offline">
    <h2 id="h-offline">${t('offlineTitle')}</h2>
    <p>${t('offlineWhat')}</p>
    <div class="team-form">
      ${field(
        t('offlineTopics'),
        'offline-topics',
        html`<input type="text" id="offline-topics" autocomplete="off" .value=${s.topics ?? ''} @input=${(e: Event) => (s.topics = (e.currentTarget as HTMLInputElement).value)}>`,
        t('offlineTopicsHint'),
      )}
      <div class="row">
        <button type="button" id="offline-copy" ?disabled=${busy} @click=${() => void exchange(ctx, typed, 'copy')}>${t('offlineCopy')}</button>
        <button type="button" id="offline-send" ?disabled=${busy} @click=${() => void exchange(ctx, typed, 'send')}>${t('offlineSend')}</button>
      </div>
    </div>
    ${statusLine('offline-status', s.offlineStatus ?? null)}
    ${s.report ? reportView(s.report) : nothing}
  </section>`;
}
