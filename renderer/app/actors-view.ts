import { ACTOR_TYPE, citationButton } from './brief-section.ts';
import { assemblyProgress } from './assembly.ts';
import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import { t, count } from './i18n.ts';
import type { Actor, ActorRule, Brief } from './types.ts';
import { gazetteerPanel } from './gazetteer-panel.ts';
import { button, emptyState, field, select } from './widgets.ts';

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

function actorCard(ctx: AppContext, brief: Brief, actor: Actor, index: number): HTMLElement {
  const key = `actor-${index}`;
  const picked = ctx.state.mergePick.includes(actor.name);
  const pick = el('input', {
    type: 'checkbox',
    id: `${key}-pick`,
    checked: picked,
    data: { key: `${key}-pick` },
    on: {
      change: () => {
        const set = ctx.state.mergePick.filter((n) => n !== actor.name);
        ctx.state.mergePick = pick.checked ? [...set, actor.name] : set;
        ctx.rerender();
      },
    },
  });
  const type = select(
    (['person', 'organization', 'place', 'other'] as const).map((v) => ({ value: v, label: t(ACTOR_TYPE[v] ?? 'typeOther') })),
    actor.type,
    (v) => void correct(ctx, { kind: 'type', name: actor.name, type: v as Actor['type'] }),
    { id: `${key}-type`, data: { key: `${key}-type` } },
  );
  const rename = el('input', { type: 'text', id: `${key}-rename`, value: actor.name, dir: 'auto', data: { key: `${key}-rename` } });
  return el(
    'li',
    { class: `panel actor${actor.included ? '' : ' excluded'}`, data: { name: actor.name } },
    el('div', { class: 'item-head' }, el('span', { class: 'include' }, pick, el('label', { for: `${key}-pick` }, t('pickForMerge'))), el('h3', { dir: 'auto' }, actor.name), el('span', { class: 'count' }, count(actor.mentions, 'mention'))),
    actor.roles.length > 0 ? el('p', {}, el('strong', {}, t('roles'), ': '), actor.roles.join('، ')) : null,
    el('div', { class: 'row' }, field(t('actorType'), type)),
    el(
      'div',
      { class: 'row' },
      field(t('newName'), rename),
      button(t('rename'), () => {
        const to = rename.value.trim();
        if (to !== '' && to !== actor.name) void correct(ctx, { kind: 'rename', from: actor.name, to });
      }, { data: { key: `${key}-rename-btn` } }),
    ),
    actor.aliases.length > 0
      ? el(
          'div',
          { class: 'aliases' },
          el('strong', {}, t('aliases'), ': '),
          el(
            'ul',
            { class: 'inline' },
            ...actor.aliases.map((alias, i) =>
              el('li', {}, el('span', { dir: 'auto' }, alias), ' ', button(t('split'), () => void correct(ctx, { kind: 'split', name: actor.name, alias }), { aria: { label: t('splitAlias', { alias, name: actor.name }) }, class: 'small', data: { key: `${key}-split-${i}` } })),
            ),
          ),
        )
      : null,
    ...actor.proposedMerges.map((p, i) =>
      el(
        'div',
        { class: 'proposal' },
        el('span', { dir: 'auto' }, t('proposed', { name: p.name })),
        el('q', { class: 'evidence', dir: 'auto' }, p.evidence),
        button(t('accept'), () => void correct(ctx, { kind: 'merge', into: actor.name, from: [p.name] }), { class: 'small', data: { key: `${key}-accept-${i}` } }),
        button(t('reject'), () => void correct(ctx, { kind: 'reject-merge', a: actor.name, b: p.name }), { class: 'small', data: { key: `${key}-reject-${i}` } }),
      ),
    ),
    actor.sources.length > 0 ? el('div', { class: 'citations' }, ...actor.sources.slice(0, 5).map((c, i) => citationButton(ctx, brief, c, i + 1, `${key}-cite-${i}`))) : null,
  );
}

export function actorsScreen(ctx: AppContext): HTMLElement {
  const brief = ctx.state.draft?.brief;
  const { rules, mergePick } = ctx.state;
  const [into, ...from] = mergePick;
  return el(
    'div',
    { class: 'actors' },
    el('h1', {}, t('actorsTitle')),
    !brief || brief.actors.length === 0
      ? emptyState(t('actorsEmpty'))
      : el(
          'div',
          {},
          el(
            'div',
            { class: 'toolbar' },
            el('span', { class: 'hint' }, t('mergeHint')),
            button(t('mergeSelected'), () => {
              if (into !== undefined && from.length > 0) void correct(ctx, { kind: 'merge', into, from });
            }, { id: 'merge-picked', data: { key: 'merge-picked' }, disabled: mergePick.length < 2 }),
            button(ctx.state.assembling ? t('assembling') : t('reassemble'), () => void ctx.reassemble(), {
              id: 'actors-reassemble',
              data: { key: 'actors-reassemble' },
              class: 'primary',
              disabled: ctx.state.assembling !== null,
            }),
            assemblyProgress(ctx),
          ),
          el('ul', { class: 'actor-list', id: 'actor-list' }, ...brief.actors.map((a, i) => actorCard(ctx, brief, a, i))),
        ),
    el(
      'section',
      { class: 'panel', id: 'corrections' },
      el('h2', {}, t('corrections')),
      rules.length === 0
        ? emptyState(t('noCorrections'))
        : el(
            'ul',
            { class: 'rules' },
            ...rules.map((r) =>
              el(
                'li',
                {},
                el('span', { dir: 'auto' }, ruleText(r.rule)),
                ' ',
                button(t('removeRule'), () => {
                  void ctx.call('actors:uncorrect', { id: r.id }).then((res) => {
                    if (!res) return;
                    ctx.state.rules = res.rules;
                    ctx.rerender();
                  });
                }, { class: 'small', data: { key: `rule-${r.id}-remove` } }),
              ),
            ),
          ),
    ),
    gazetteerPanel(ctx),
  );
}
