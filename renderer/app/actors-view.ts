import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { nameKeysOf } from './name-book.ts';
import { actorRows, mergeProposals, sortBy, togglePick, type ActorRow, type ActorSortKey } from './actor-table.ts';
import { ACTOR_TYPE, citationButton } from './brief-section.ts';
import { assemblyProgress } from './assembly.ts';
import type { AppContext } from './context.ts';
import { t, count, language } from './i18n.ts';
import type { Actor, ActorRule, Brief } from './types.ts';
import { gazetteerPanel } from './gazetteer-panel.ts';
import { emptyState, field, select } from './widgets.ts';

const TYPES = ['person', 'organization', 'place', 'other'] as const;
const typeLabel = (type: string): string => t(ACTOR_TYPE[type] ?? 'typeOther');
const typeOptions = (): { value: string; label: string }[] => TYPES.map((v) => ({ value: v, label: typeLabel(v) }));

/** Saves corrections one after another (each is a rule of the workspace); the picks are done with once they are. */
async function correct(ctx: AppContext, ...rules: ActorRule[]): Promise<void> {
  for (const rule of rules) {
    const r = await ctx.call('actors:correct', { rule });
    if (!r) return;
    ctx.state.rules = r.rules;
  }
  ctx.state.mergePick = [];
  ctx.rerender();
  ctx.notice(t('correctionSaved'));
}

function ruleText(rule: ActorRule): string {
  switch (rule.kind) {
    case 'merge':
      return t('ruleMerge', { from: rule.from.join('، '), into: rule.into });
    case 'split':
      return t('ruleSplit', { alias: rule.alias, name: rule.name });
    case 'rename':
      return t('ruleRename', { from: rule.from, to: rule.to });
    case 'type':
      return t('ruleType', { name: rule.name, type: typeLabel(rule.type) });
    case 'reject-merge':
      return t('ruleRejectMerge', { a: rule.a, b: rule.b });
  }
}

/** What the table shows below an actor's row when the analyst opens it: every correction of that one actor. */
function actorDetails(ctx: AppContext, brief: Brief, actor: Actor, key: string): TemplateResult {
  const rename = (): void => {
    const to = ((document.getElementById(`${key}-rename`) as HTMLInputElement | null)?.value ?? '').trim();
    if (to !== '' && to !== actor.name) void correct(ctx, { kind: 'rename', from: actor.name, to });
  };
  return html`<div class="actor-details">
    ${actor.roles.length > 0 ? html`<p><strong>${t('roles')}: </strong>${actor.roles.join('، ')}</p>` : nothing}
    <div class="row">
      ${field(t('actorType'), `${key}-type`, select(`${key}-type`, typeOptions(), actor.type, (v) => void correct(ctx, { kind: 'type', name: actor.name, type: v as Actor['type'] })))}
      ${field(t('newName'), `${key}-rename`, html`<input type="text" id=${`${key}-rename`} dir="auto" data-key=${`${key}-rename`} .value=${actor.name}>`)}
      <button type="button" data-key=${`${key}-rename-btn`} @click=${rename}>${t('rename')}</button>
    </div>
    ${actor.aliases.length > 0
      ? html`<div class="aliases"><strong>${t('aliases')}: </strong><ul class="inline">
          ${actor.aliases.map((alias, i) => html`<li><span dir="auto">${alias}</span> <button type="button" class="small" aria-label=${t('splitAlias', { alias, name: actor.name })} data-key=${`${key}-split-${i}`} @click=${() => void correct(ctx, { kind: 'split', name: actor.name, alias })}>${t('split')}</button></li>`)}
        </ul></div>`
      : nothing}
    ${actor.sources.length > 0 ? html`<div class="citations">${actor.sources.slice(0, 5).map((c, i) => citationButton(ctx, brief, c, i + 1, `${key}-cite-${i}`))}</div>` : nothing}
  </div>`;
}

function actorRow(ctx: AppContext, brief: Brief, row: ActorRow): TemplateResult {
  const { actor } = row;
  const key = `actor-${row.index}`;
  const picked = ctx.state.mergePick.includes(actor.name);
  const open = ctx.state.actorOpen === actor.name;
  const pick = (e: Event): void => {
    ctx.state.mergePick = togglePick(ctx.state.mergePick, actor.name, (e.currentTarget as HTMLInputElement).checked);
    ctx.rerender();
  };
  const toggle = (): void => {
    ctx.state.actorOpen = open ? null : actor.name;
    ctx.rerender();
  };
  return html`<tr class=${`actor-row${picked ? ' picked' : ''}${actor.included ? '' : ' excluded'}`} data-name=${actor.name} data-id=${actor.id}>
      <td class="check"><input type="checkbox" id=${`${key}-pick`} data-key=${`${key}-pick`} .checked=${picked} aria-label=${t('pickActor', { name: actor.name })} @change=${pick}></td>
      <th scope="row" class="actor-name">
        <button type="button" class="link" aria-expanded=${String(open)} aria-controls=${`${key}-details`} data-key=${`${key}-open`} @click=${toggle}><bdi>${actor.name}</bdi></button>
        ${actor.aliases.length > 0 ? html`<span class="muted aliases-inline" dir="auto">${actor.aliases.join('، ')}</span>` : nothing}
      </th>
      <td>${typeLabel(actor.type)}</td>
      <td class="number">${actor.mentions}</td>
      <td class="number">${row.sources}</td>
    </tr>
    ${open
      ? html`<tr class="actor-detail-row" id=${`${key}-details`}><td colspan="5" aria-label=${t('actorDetails', { name: actor.name })}>${actorDetails(ctx, brief, actor, key)}</td></tr>`
      : nothing}`;
}

function sortHeader(ctx: AppContext, key: ActorSortKey, label: string): TemplateResult {
  const q = ctx.state.actorQuery;
  const active = q.sort === key;
  const sort = (): void => {
    ctx.state.actorQuery = sortBy(q, key);
    ctx.rerender();
  };
  return html`<th scope="col" aria-sort=${active ? (q.descending ? 'descending' : 'ascending') : 'none'}>
    <button type="button" class="sort" data-sort=${key} @click=${sort}>${label}${active ? html` <span aria-hidden="true">${q.descending ? '▼' : '▲'}</span>` : nothing}</button>
  </th>`;
}

/**
 * What stays in view above the table while the analyst scrolls it: the search and type filter, and, once actors are
 * picked, what can be done to them at once (merge into the first picked, set their type, say two are not the same).
 */
function actionBar(ctx: AppContext): TemplateResult {
  const { state } = ctx;
  const q = state.actorQuery;
  const picked = state.mergePick;
  const [into, ...from] = picked;
  const setQuery = (patch: Partial<typeof q>): void => {
    state.actorQuery = { ...state.actorQuery, ...patch, page: 0 };
    ctx.rerender();
  };
  const merge = (): void => {
    if (into !== undefined && from.length > 0) void correct(ctx, { kind: 'merge', into, from });
  };
  const notSame = (): void => {
    const [a, b] = picked;
    if (a !== undefined && b !== undefined && picked.length === 2) void correct(ctx, { kind: 'reject-merge', a, b });
  };
  // The type is read from its select when applied: the bar keeps no state of its own between updates.
  const setType = (): void => {
    const type = ((document.getElementById('picked-type') as HTMLSelectElement | null)?.value ?? 'person') as Actor['type'];
    void correct(ctx, ...picked.map((name): ActorRule => ({ kind: 'type', name, type })));
  };
  const clear = (): void => {
    state.mergePick = [];
    ctx.rerender();
  };
  return html`<div class="actor-bar" id="actor-bar" role="region" aria-label=${t('actorsTitle')}>
    <div class="row">
      ${field(t('actorSearch'), 'actor-search', html`<input type="search" id="actor-search" dir="auto" .value=${q.text} @input=${(e: Event) => setQuery({ text: (e.currentTarget as HTMLInputElement).value })}>`)}
      ${field(t('actorFilterType'), 'actor-type-filter', select('actor-type-filter', [{ value: '', label: t('allTypes') }, ...typeOptions()], q.type, (v) => setQuery({ type: v as typeof q.type })))}
      <button type="button" id="actors-reassemble" data-key="actors-reassemble" class="primary" ?disabled=${state.assembling !== null} @click=${() => void ctx.reassemble()}>${state.assembling ? t('assembling') : t('reassemble')}</button>
      ${assemblyProgress(ctx)}
    </div>
    <div class="row picked-actions" id="picked-actions">
      <span class="picked-count" role="status">${picked.length === 0 ? t('mergeHint') : html`${t('pickedCount', { n: picked.length })}${into !== undefined && from.length > 0 ? html` — <bdi>${t('pickedNames', { into })}</bdi>` : nothing}`}</span>
      <button type="button" id="merge-picked" data-key="merge-picked" ?disabled=${picked.length < 2} @click=${merge}>${t('mergeSelected')}</button>
      ${field(t('setTypePicked'), 'picked-type', select('picked-type', typeOptions(), 'person', () => undefined))}
      <button type="button" id="type-picked" ?disabled=${picked.length === 0} @click=${setType}>${t('applyType')}</button>
      <button type="button" id="reject-picked" ?disabled=${picked.length !== 2} @click=${notSame}>${t('notSame')}</button>
      <button type="button" id="clear-picked" class="link" ?disabled=${picked.length === 0} @click=${clear}>${t('clearPicked')}</button>
    </div>
  </div>`;
}

function pager(ctx: AppContext, page: number, pages: number): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const goTo = (p: number): void => {
    ctx.state.actorQuery = { ...ctx.state.actorQuery, page: p };
    ctx.rerender();
    document.getElementById('actor-list')?.scrollIntoView({ block: 'start' });
  };
  return html`<nav class="pager" aria-label=${t('actorsPages')}>
    <button type="button" id="actors-prev" ?disabled=${page === 0} @click=${() => goTo(page - 1)}>${t('pagePrev')}</button>
    <span>${t('pageOf', { page: page + 1, pages })}</span>
    <button type="button" id="actors-next" ?disabled=${page >= pages - 1} @click=${() => goTo(page + 1)}>${t('pageNext')}</button>
  </nav>`;
}

/** The articles a name is found in, by title (the file's name for an untitled one), as a list in the UI's language. */
function articlesText(brief: Brief, ids: readonly string[]): string {
  if (ids.length === 0) return t('inNoArticle');
  const names = ids.map((id) => {
    const source = brief.sources.find((s) => s.id === id);
    return `«${source?.title ?? source?.file ?? t('untitled')}»`;
  });
  return names.join(language() === 'ar' ? '، ' : ', ');
}

/** The analysis's proposed merges, in a list of their own: each pair with its evidence, to accept or reject. */
function proposalsPanel(ctx: AppContext, brief: Brief): TemplateResult {
  const proposals = mergeProposals(brief.actors);
  return html`<section class="panel" id="proposals" aria-labelledby="h-proposals">
    <h2 id="h-proposals">${t('proposalsTitle')}</h2>
    ${proposals.length === 0
      ? html`<p class="hint">${t('noProposals')}</p>`
      : html`<ul class="proposals">${proposals.map((p) => html`<li class="proposal">
          <span dir="auto">${t('proposalPair', { a: p.into, b: p.name })}</span>
          <span class="evidence">${t('proposalEvidence', { a: p.into, aIn: articlesText(brief, p.intoSources), b: p.name, bIn: articlesText(brief, p.nameSources) })}</span>
          <button type="button" class="small" @click=${() => void correct(ctx, { kind: 'merge', into: p.into, from: [p.name] })}>${t('accept')}</button>
          <button type="button" class="small" @click=${() => void correct(ctx, { kind: 'reject-merge', a: p.into, b: p.name })}>${t('reject')}</button>
        </li>`)}</ul>`}
  </section>`;
}

function correctionsPanel(ctx: AppContext): TemplateResult {
  const { rules } = ctx.state;
  const remove = (id: number): void => {
    void ctx.call('actors:uncorrect', { id }).then((res) => {
      if (!res) return;
      ctx.state.rules = res.rules;
      ctx.rerender();
    });
  };
  return html`<section class="panel" id="corrections">
    <h2>${t('corrections')}</h2>
    ${rules.length === 0
      ? emptyState(t('noCorrections'))
      : html`<ul class="rules">${repeat(rules, (r) => r.id, (r) => html`<li><span dir="auto">${ruleText(r.rule)}</span> <button type="button" class="small" data-key=${`rule-${r.id}-remove`} @click=${() => remove(r.id)}>${t('removeRule')}</button></li>`)}</ul>`}
  </section>`;
}

function actorTable(ctx: AppContext, brief: Brief): TemplateResult {
  const { rows, total, page, pages } = actorRows(brief.actors, ctx.state.actorQuery, nameKeysOf);
  return html`${actionBar(ctx)}
    ${total === 0
      ? emptyState(t('actorsNoMatch'))
      : html`<table class="actor-table" id="actor-list">
          <caption>${t('actorsShown', { shown: total, total: brief.actors.length })} · ${count(brief.actors.reduce((n, a) => n + a.mentions, 0), 'mention')}</caption>
          <thead><tr>
            <th scope="col" class="check"><span class="visually-hidden">${t('colPick')}</span></th>
            ${sortHeader(ctx, 'name', t('colActor'))}
            ${sortHeader(ctx, 'type', t('actorType'))}
            ${sortHeader(ctx, 'mentions', t('colMentions'))}
            ${sortHeader(ctx, 'sources', t('colSources'))}
          </tr></thead>
          <tbody>${repeat(rows, (r) => r.actor.id, (r) => actorRow(ctx, brief, r))}</tbody>
        </table>`}
    ${pager(ctx, page, pages)}`;
}

export function actorsScreen(ctx: AppContext): TemplateResult {
  const brief = ctx.state.draft?.brief;
  const has = brief !== undefined && brief.actors.length > 0;
  return html`<div class="actors">
    <h1>${t('actorsTitle')}</h1>
    ${has ? actorTable(ctx, brief) : emptyState(t('actorsEmpty'))}
    ${has ? proposalsPanel(ctx, brief) : nothing}
    ${correctionsPanel(ctx)}
    ${gazetteerPanel(ctx)}
  </div>`;
}
