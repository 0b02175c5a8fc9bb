import { html, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { ACTOR_TYPE } from './brief-section.ts';
import type { AppContext } from './context.ts';
import { t } from './i18n.ts';
import type { GazetteerEntry } from './types.ts';
import { emptyState, field, select, clearFields } from './widgets.ts';

/** The type chosen for the next gazetteer name: kept between updates, which no longer rebuild the form. */
let entryType: GazetteerEntry['type'] = 'person';

/** The analyst's own gazetteer: names the actor analysis should know, kept in the workspace. */
export function gazetteerPanel(ctx: AppContext): TemplateResult {
  const add = async (): Promise<void> => {
    const panel = document.getElementById('gazetteer');
    const typed = (id: string): string => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
    const value = typed('gazetteer-name').trim();
    if (value === '' || !panel) return;
    const list = typed('gazetteer-aliases').split(/[,،]/).map((a) => a.trim()).filter((a) => a !== '');
    const r = await ctx.call('gazetteer:add', { name: value, type: entryType, aliases: list });
    if (!r) return;
    ctx.state.gazetteer = r.entries;
    clearFields(panel, 'gazetteer-name', 'gazetteer-aliases');
    ctx.rerender();
    ctx.notice(t('gazetteerAdded'));
  };
  const remove = async (id: number): Promise<void> => {
    const r = await ctx.call('gazetteer:delete', { id });
    if (!r) return;
    ctx.state.gazetteer = r.entries;
    ctx.rerender();
  };
  const types = (['person', 'organization', 'place'] as const).map((v) => ({ value: v, label: t(ACTOR_TYPE[v] ?? 'typeOther') }));
  const entries = ctx.state.gazetteer;
  return html`<section class="panel" id="gazetteer">
    <h2>${t('gazetteerTitle')}</h2>
    <p class="hint">${t('gazetteerHint')}</p>
    <div class="row">
      ${field(t('gazetteerName'), 'gazetteer-name', html`<input type="text" id="gazetteer-name" dir="auto" data-key="gazetteer-name">`)}
      ${field(t('actorType'), 'gazetteer-type', select('gazetteer-type', types, entryType, (v) => (entryType = v as GazetteerEntry['type'])))}
      ${field(t('gazetteerAliases'), 'gazetteer-aliases', html`<input type="text" id="gazetteer-aliases" dir="auto" data-key="gazetteer-aliases">`)}
      <button type="button" id="gazetteer-add" data-key="gazetteer-add" @click=${() => void add()}>${t('gazetteerAdd')}</button>
    </div>
    ${entries.length === 0
      ? emptyState(t('gazetteerEmpty'))
      : html`<ul class="rules">
          ${repeat(entries, (e) => e.id, (e) => html`<li>
            <span dir="auto">${e.aliases.length > 0 ? `${e.name} (${e.aliases.join('، ')})` : e.name}</span> — <span>${t(ACTOR_TYPE[e.type] ?? 'typeOther')}</span>
            <button type="button" class="small" data-key=${`gazetteer-${e.id}-remove`} @click=${() => void remove(e.id)}>${t('gazetteerRemove')}</button>
          </li>`)}
        </ul>`}
  </section>`;
}
