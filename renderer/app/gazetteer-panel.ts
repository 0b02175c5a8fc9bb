import { ACTOR_TYPE } from './brief-section.ts';
import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import { t } from './i18n.ts';
import type { GazetteerEntry } from './types.ts';
import { button, emptyState, field, select, clearFields } from './widgets.ts';

/** The analyst's own gazetteer: names the actor analysis should know, kept in the workspace. */
export function gazetteerPanel(ctx: AppContext): HTMLElement {
  const name = el('input', { type: 'text', id: 'gazetteer-name', dir: 'auto', data: { key: 'gazetteer-name' } });
  const aliases = el('input', { type: 'text', id: 'gazetteer-aliases', dir: 'auto', data: { key: 'gazetteer-aliases' } });
  let type: GazetteerEntry['type'] = 'person';
  const typeSelect = select(
    (['person', 'organization', 'place'] as const).map((v) => ({ value: v, label: t(ACTOR_TYPE[v] ?? 'typeOther') })),
    type,
    (v) => (type = v as GazetteerEntry['type']),
    { id: 'gazetteer-type', data: { key: 'gazetteer-type' } },
  );
  const add = async (): Promise<void> => {
    const value = name.value.trim();
    if (value === '') return;
    const list = aliases.value.split(/[,،]/).map((a) => a.trim()).filter((a) => a !== '');
    const r = await ctx.call('gazetteer:add', { name: value, type, aliases: list });
    if (!r) return;
    ctx.state.gazetteer = r.entries;
    clearFields(name, aliases);
    ctx.rerender();
    ctx.notice(t('gazetteerAdded'));
  };
  const remove = async (id: number): Promise<void> => {
    const r = await ctx.call('gazetteer:delete', { id });
    if (!r) return;
    ctx.state.gazetteer = r.entries;
    ctx.rerender();
  };
  const entries = ctx.state.gazetteer;
  return el(
    'section',
    { class: 'panel', id: 'gazetteer' },
    el('h2', {}, t('gazetteerTitle')),
    el('p', { class: 'hint' }, t('gazetteerHint')),
    el(
      'div',
      { class: 'row' },
      field(t('gazetteerName'), name),
      field(t('actorType'), typeSelect),
      field(t('gazetteerAliases'), aliases),
      button(t('gazetteerAdd'), () => void add(), { id: 'gazetteer-add', data: { key: 'gazetteer-add' } }),
    ),
    entries.length === 0
      ? emptyState(t('gazetteerEmpty'))
      : el(
          'ul',
          { class: 'rules' },
          ...entries.map((e) =>
            el(
              'li',
              {},
              el('span', { dir: 'auto' }, e.aliases.length > 0 ? `${e.name} (${e.aliases.join('، ')})` : e.name),
              ' — ',
              el('span', {}, t(ACTOR_TYPE[e.type] ?? 'typeOther')),
              ' ',
              button(t('gazetteerRemove'), () => void remove(e.id), { class: 'small', data: { key: `gazetteer-${e.id}-remove` } }),
            ),
          ),
        ),
  );
}
