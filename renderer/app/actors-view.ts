import { ACTOR_TYPE, citationButton } from './brief-section.ts';
import { assemblyProgress } from './assembly.ts';
import type { AppContext } from './context.ts';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { t, count } from './i18n.ts';
import type { Actor, ActorRule, Brief } from './types.ts';
import { gazetteerPanel } from './gazetteer-panel.ts';
import { emptyState, field, select } from './widgets.ts';

async function correct(ctx: AppContext, rule: ActorRule): Promise<void> {
  const r = await ctx.call('actors:correct', { rule });
  if (!r) return;
  ctx.state.rules = r.rules;
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
      return t('ruleType', { name: rule.name, type: t(ACTOR_TYPE[rule.type] ?? 'typeOther') });
    case 'reject-merge':
      return t('ruleRejectMerge', { a: rule.a, b: rule.b });
  }
}

function actorCard(ctx: AppContext, brief: Brief, actor: Actor, index: number): TemplateResult {
  const key = `actor-${index}`;
  const picked = ctx.state.mergePick.includes(actor.name);
  const pick = (e: Event): void => {
    const set = ctx.state.mergePick.filter((n) => n !== actor.name);
    ctx.state.mergePick = (e.currentTarget as HTMLInputElement).checked ? [...set, actor.name] : set;
    ctx.rerender();
  };
  const rename = (): void => {
    const to = ((document.getElementById(`${key}-rename`) as HTMLInputElement | null)?.value ?? '').trim();
    if (to !== '' && to !== actor.name) void correct(ctx, { kind: 'rename', from: actor.name, to });
  };
  const types = (['person', 'organization', 'place', 'other'] as const).map((v) => ({ value: v, label: t(ACTOR_TYPE[v] ?? 'typeOther') }));
  return html`<li class=${`panel actor${actor.included ? '' : ' excluded'}`} data-name=${actor.name}>
    <div class="item-head">
      <span class="include"><input type="checkbox" id=${`${key}-pick`} data-key=${`${key}-pick`} .checked=${picked} @change=${pick}><label for=${`${key}-pick`}>${t('pickForMerge')}</label></span>
      <h3 dir="auto">${actor.name}</h3>
      <span class="count">${count(actor.mentions, 'mention')}</span>
    </div>
    ${actor.roles.length > 0 ? html`<p><strong>${t('roles')}: </strong>${actor.roles.join('، ')}</p>` : nothing}
    <div class="row">${field(t('actorType'), `${key}-type`, select(`${key}-type`, types, actor.type, (v) => void correct(ctx, { kind: 'type', name: actor.name, type: v as Actor['type'] })))}</div>
    <div class="row">
      ${field(t('newName'), `${key}-rename`, html`<input type="text" id=${`${key}-rename`} dir="auto" data-key=${`${key}-rename`} .value=${actor.name}>`)}
      <button type="button" data-key=${`${key}-rename-btn`} @click=${rename}>${t('rename')}</button>
    </div>
    ${actor.aliases.length > 0
      ? html`<div class="aliases"><strong>${t('aliases')}: </strong><ul class="inline">
          ${actor.aliases.map((alias, i) => html`<li><span dir="auto">${alias}</span> <button type="button" class="small" aria-label=${t('splitAlias', { alias, name: actor.name })} data-key=${`${key}-split-${i}`} @click=${() => void correct(ctx, { kind: 'split', name: actor.name, alias })}>${t('split')}</button></li>`)}
        </ul></div>`
      : nothing}
    ${actor.proposedMerges.map((p, i) => html`<div class="proposal">
      <span dir="auto">${t('proposed', { name: p.name })}</span>
      <q class="evidence" dir="auto">${p.evidence}</q>
      <button type="button" class="small" data-key=${`${key}-accept-${i}`} @click=${() => void correct(ctx, { kind: 'merge', into: actor.name, from: [p.name] })}>${t('accept')}</button>
      <button type="button" class="small" data-key=${`${key}-reject-${i}`} @click=${() => void correct(ctx, { kind: 'reject-merge', a: actor.name, b: p.name })}>${t('reject')}</button>
    </div>`)}
    ${actor.sources.length > 0 ? html`<div class="citations">${actor.sources.slice(0, 5).map((c, i) => citationButton(ctx, brief, c, i + 1, `${key}-cite-${i}`))}</div>` : nothing}
  </li>`;
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

export function actorsScreen(ctx: AppContext): TemplateResult {
  const brief = ctx.state.draft?.brief;
  const { mergePick } = ctx.state;
  const [into, ...from] = mergePick;
  const merge = (): void => {
    if (into !== undefined && from.length > 0) void correct(ctx, { kind: 'merge', into, from });
  };
  return html`<div class="actors">
    <h1>${t('actorsTitle')}</h1>
    ${!brief || brief.actors.length === 0
      ? emptyState(t('actorsEmpty'))
      : html`<div>
          <div class="toolbar">
            <span class="hint">${t('mergeHint')}</span>
            <button type="button" id="merge-picked" data-key="merge-picked" ?disabled=${mergePick.length < 2} @click=${merge}>${t('mergeSelected')}</button>
            <button type="button" id="actors-reassemble" data-key="actors-reassemble" class="primary" ?disabled=${ctx.state.assembling !== null} @click=${() => void ctx.reassemble()}>${ctx.state.assembling ? t('assembling') : t('reassemble')}</button>
            ${assemblyProgress(ctx)}
          </div>
          <ul class="actor-list" id="actor-list">${repeat(brief.actors, (a) => a.id, (a, i) => actorCard(ctx, brief, a, i))}</ul>
        </div>`}
    ${correctionsPanel(ctx)}
    ${gazetteerPanel(ctx)}
  </div>`;
}
