import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Response } from '../../main/api/contract.ts';
import type { AppContext } from './context.ts';
import { formatPartialDate } from './format-date.ts';
import { t, type Key } from './i18n.ts';
import type { BriefSummary } from './types.ts';

type Versions = Response<'brief:versions'>;

const KIND: Record<Versions['changes'][number]['kind'], Key> = {
  save: 'versionSave', undo: 'versionUndo', redo: 'versionRedo', delete: 'versionDelete', restore: 'versionRestore', refused: 'versionRefused',
};

/** A stored time (ISO) as the list says it: the day in the UI's calendar, then the hour. */
function when(iso: string): string {
  return `${formatPartialDate(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}

/** Shows (or hides) a brief's versions, asking the library for them each time they are opened. */
export async function toggleVersions(ctx: AppContext, id: string): Promise<void> {
  if (ctx.state.briefVersions?.id === id) {
    ctx.state.briefVersions = null;
    ctx.rerender();
    return;
  }
  ctx.state.briefVersions = { id, versions: null };
  ctx.rerender();
  const versions = await ctx.call('brief:versions', { id });
  if (ctx.state.briefVersions.id === id) ctx.state.briefVersions = versions === null ? null : { id, versions };
  ctx.rerender();
}

/** An older version opened as a new draft of its own (the brief itself is left as the library holds it). */
async function openCopy(ctx: AppContext, brief: BriefSummary, version: number): Promise<void> {
  const r = await ctx.call('brief:version', { id: brief.id, version });
  if (r) ctx.startDraft({ ...r.brief, title: t('versionCopyTitle', { title: r.brief.title, version: String(version) }) });
}

async function keepBoth(ctx: AppContext, brief: BriefSummary, refused: number): Promise<void> {
  if ((await ctx.call('brief:keepBoth', { id: brief.id, refused })) === null) return;
  await ctx.refreshBriefs();
  ctx.state.briefVersions = null;
  await toggleVersions(ctx, brief.id);
}

/**
 * A brief's versions in a team library, under its row of the brief list: who saved (undid, restored) it and when,
 * each version that can be opened as a copy, and the saves refused because another analyst saved first — each kept,
 * and kept as a brief of its own on request ("keep both").
 */
export function briefVersionsPanel(ctx: AppContext, brief: BriefSummary): TemplateResult | typeof nothing {
  const shown = ctx.state.briefVersions;
  if (shown?.id !== brief.id) return nothing;
  const v = shown.versions;
  const key = `versions-${brief.id}`;
  if (v === null) return html`<div class="brief-versions" id=${key}><p class="muted">${t('loading')}</p></div>`;
  return html`<div class="brief-versions" id=${key} aria-label=${t('briefVersionsOf')}>
    <ol class="version-list">
      ${repeat(v.changes, (c, i) => `${String(i)}`, (c) => html`<li>
        <span>${t('versionLine', { version: String(c.version), kind: t(KIND[c.kind]), who: c.changedBy, when: when(c.changedAt) })}</span>
        ${c.openable && c.kind !== 'refused'
          ? html`<button type="button" class="small" data-key=${`${key}-open-${String(c.version)}`} @click=${() => void openCopy(ctx, brief, c.version)}>${t('versionOpenCopy')}</button>`
          : nothing}
      </li>`)}
    </ol>
    ${v.refused.length === 0
      ? nothing
      : html`<h3>${t('refusedSaves')}</h3>
          <ul class="refused-saves">
            ${repeat(v.refused, (r) => r.id, (r) => html`<li data-refused=${String(r.id)}>
              <span>${t('refusedLine', { who: r.refusedBy, when: when(r.refusedAt), title: r.title, base: String(r.baseVersion), current: String(r.currentVersion) })}</span>
              ${r.keptAs === null
                ? html`<button type="button" class="small" data-key=${`${key}-keep-${String(r.id)}`} @click=${() => void keepBoth(ctx, brief, r.id)}>${t('keepBoth')}</button>`
                : html`<span class="badge">${t('keptAsOwn')}</span>`}
            </li>`)}
          </ul>`}
  </div>`;
}
