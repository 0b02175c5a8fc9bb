import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { AppContext } from './context.ts';
import { t, count } from './i18n.ts';
import { dateCell } from './library-view.ts';
import type { Topic } from './types.ts';
import { emptyState, field, clearFields, formValue } from './widgets.ts';

function keywordsOf(text: string): string[] {
  return text.split(/[,،\n]/).map((k) => k.trim()).filter((k) => k !== '');
}

function createForm(ctx: AppContext): TemplateResult {
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const name = formValue(form, 'topic-name');
    if (name.trim() === '') return;
    void ctx.call('topics:create', { name, keywords: keywordsOf(formValue(form, 'topic-keywords')) }).then(async (r) => {
      if (!r) return;
      ctx.notice(t('topicCreated', { name: r.name }));
      clearFields(form, 'topic-name', 'topic-keywords');
      await ctx.refreshTopics();
      await ctx.refreshWorkspace();
      document.getElementById('topic-name')?.focus();
    });
  };
  return html`<form class="panel topic-create" @submit=${submit}>
    <h2>${t('newTopic')}</h2>
    ${field(t('topicName'), 'topic-name', html`<input type="text" id="topic-name" required data-key="topic-name" dir="auto">`)}
    ${field(t('topicKeywords'), 'topic-keywords', html`<input type="text" id="topic-keywords" data-key="topic-keywords" dir="auto">`)}
    <button type="submit" class="primary" id="topic-create" data-key="topic-create">${t('createTopic')}</button>
  </form>`;
}

function topicRow(ctx: AppContext, topic: Topic): TemplateResult {
  const key = `topic-${topic.id}`;
  const typed = (id: string): string => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
  const after = async (r: unknown): Promise<void> => {
    if (!r) return;
    await ctx.refreshTopics();
    await ctx.refreshLibrary();
  };
  const suggest = (): void => {
    void ctx.call('topics:suggest', { id: topic.id, limit: 20 }).then((r) => {
      if (!r) return;
      ctx.state.suggestions = { topic, items: r.hits.map((h) => h.article) };
      ctx.rerender();
    });
  };
  const show = (): void => {
    ctx.state.query.topic = String(topic.id);
    ctx.state.query.search = '';
    ctx.go('library');
    void ctx.refreshLibrary();
  };
  const remove = (): void => {
    if (!confirm(t('confirmDeleteTopic', { name: topic.name }))) return;
    void ctx.call('topics:delete', { id: topic.id }).then(async (r) => {
      ctx.state.briefTopics.delete(topic.name);
      if (ctx.state.query.topic === String(topic.id)) ctx.state.query.topic = '';
      await after(r);
      await ctx.refreshWorkspace();
    });
  };
  return html`<li class="topic panel" data-id=${String(topic.id)} data-name=${topic.name}>
    <h3><bdi>${topic.name}</bdi> <span class="count">${count(topic.articles, 'article')}</span></h3>
    <div class="row">
      ${field(t('topicName'), `${key}-name`, html`<input type="text" id=${`${key}-name`} data-key=${`${key}-name`} dir="auto" .value=${topic.name}>`)}
      <button type="button" data-key=${`${key}-rename`} @click=${() => void ctx.call('topics:rename', { id: topic.id, name: typed(`${key}-name`) }).then(after)}>${t('rename')}</button>
    </div>
    <div class="row">
      ${field(t('topicKeywords'), `${key}-keywords`, html`<input type="text" id=${`${key}-keywords`} data-key=${`${key}-keywords`} dir="auto" .value=${topic.keywords.join('، ')}>`)}
      <button type="button" data-key=${`${key}-kw`} @click=${() => void ctx.call('topics:setKeywords', { id: topic.id, keywords: keywordsOf(typed(`${key}-keywords`)) }).then(after)}>${t('saveKeywords')}</button>
    </div>
    <div class="row actions">
      <button type="button" data-key=${`${key}-suggest`} @click=${suggest}>${t('suggest')}</button>
      <button type="button" data-key=${`${key}-show`} @click=${show}>${t('showInLibrary')}</button>
      <button type="button" class="danger" data-key=${`${key}-delete`} @click=${remove}>${t('delete')}</button>
    </div>
  </li>`;
}

function suggestionsPanel(ctx: AppContext): TemplateResult | typeof nothing {
  const s = ctx.state.suggestions;
  if (!s) return nothing;
  const assign = (id: string): void => {
    void ctx.call('topics:assign', { id: s.topic.id, articleIds: [id] }).then(async (r) => {
      if (!r) return;
      s.items = s.items.filter((i) => i.id !== id);
      await ctx.refreshTopics();
      await ctx.refreshLibrary();
    });
  };
  const close = (): void => {
    ctx.state.suggestions = null;
    ctx.rerender();
  };
  return html`<section class="panel suggestions" id="suggestions">
    <h2 dir="auto">${t('suggestions', { name: s.topic.name })}</h2>
    ${s.items.length === 0
      ? emptyState(t('noSuggestions'))
      : html`<ul>
          ${repeat(s.items, (item) => item.id, (item) => html`<li>
            <button type="button" class="link" @click=${() => void ctx.openArticle(item.id)}>${item.title ?? t('untitled')}</button>
            ${dateCell(item)}
            <button type="button" data-key=${`suggest-assign-${item.id}`} @click=${() => assign(item.id)}>${t('assign')}</button>
          </li>`)}
        </ul>`}
    <button type="button" class="link" @click=${close}>${t('close')}</button>
  </section>`;
}

export function topicsScreen(ctx: AppContext): TemplateResult {
  const topics = ctx.state.topics;
  return html`<div class="topics">
    <h1>${t('topicsTitle')}</h1>
    ${createForm(ctx)}
    ${suggestionsPanel(ctx)}
    ${topics.length === 0
      ? emptyState(t('topicsEmpty'))
      : html`<ul class="topic-list" id="topic-list">${repeat(topics, (tp) => tp.id, (tp) => topicRow(ctx, tp))}</ul>`}
  </div>`;
}
