import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import { t, count } from './i18n.ts';
import { dateCell } from './library-view.ts';
import type { Topic } from './types.ts';
import { button, emptyState, field, clearFields } from './widgets.ts';

function keywordsOf(text: string): string[] {
  return text.split(/[,،\n]/).map((k) => k.trim()).filter((k) => k !== '');
}

function createForm(ctx: AppContext): HTMLElement {
  const name = el('input', { type: 'text', id: 'topic-name', required: true, data: { key: 'topic-name' }, dir: 'auto' });
  const keywords = el('input', { type: 'text', id: 'topic-keywords', data: { key: 'topic-keywords' }, dir: 'auto' });
  return el(
    'form',
    {
      class: 'panel topic-create',
      on: {
        submit: (e) => {
          e.preventDefault();
          if (name.value.trim() === '') return;
          void ctx.call('topics:create', { name: name.value, keywords: keywordsOf(keywords.value) }).then(async (r) => {
            if (!r) return;
            ctx.notice(r.name);
            clearFields(name, keywords);
            await ctx.refreshTopics();
            await ctx.refreshWorkspace();
            document.getElementById('topic-name')?.focus();
          });
        },
      },
    },
    el('h2', {}, t('newTopic')),
    field(t('topicName'), name),
    field(t('topicKeywords'), keywords),
    el('button', { type: 'submit', class: 'primary', id: 'topic-create', data: { key: 'topic-create' } }, t('createTopic')),
  );
}

function topicRow(ctx: AppContext, topic: Topic): HTMLElement {
  const name = el('input', { type: 'text', id: `topic-${topic.id}-name`, value: topic.name, data: { key: `topic-${topic.id}-name` }, dir: 'auto' });
  const keywords = el('input', { type: 'text', id: `topic-${topic.id}-keywords`, value: topic.keywords.join('، '), data: { key: `topic-${topic.id}-keywords` }, dir: 'auto' });
  const after = async (r: unknown): Promise<void> => {
    if (!r) return;
    await ctx.refreshTopics();
    await ctx.refreshLibrary();
  };
  return el(
    'li',
    { class: 'topic panel', data: { id: String(topic.id), name: topic.name } },
    el('h3', {}, el('bdi', {}, topic.name), ' ', el('span', { class: 'count' }, count(topic.articles, 'article'))),
    el('div', { class: 'row' }, field(t('topicName'), name), button(t('rename'), () => void ctx.call('topics:rename', { id: topic.id, name: name.value }).then(after), { data: { key: `topic-${topic.id}-rename` } })),
    el(
      'div',
      { class: 'row' },
      field(t('topicKeywords'), keywords),
      button(t('saveKeywords'), () => void ctx.call('topics:setKeywords', { id: topic.id, keywords: keywordsOf(keywords.value) }).then(after), { data: { key: `topic-${topic.id}-kw` } }),
    ),
    el(
      'div',
      { class: 'row actions' },
      button(t('suggest'), () => {
        void ctx.call('topics:suggest', { id: topic.id, limit: 20 }).then((r) => {
          if (!r) return;
          ctx.state.suggestions = { topic, items: r.hits.map((h) => h.article) };
          ctx.rerender();
        });
      }, { data: { key: `topic-${topic.id}-suggest` } }),
      button(t('showInLibrary'), () => {
        ctx.state.query.topic = String(topic.id);
        ctx.state.query.search = '';
        ctx.go('library');
        void ctx.refreshLibrary();
      }, { data: { key: `topic-${topic.id}-show` } }),
      button(t('delete'), () => {
        if (!confirm(t('confirmDeleteTopic', { name: topic.name }))) return;
        void ctx.call('topics:delete', { id: topic.id }).then(async (r) => {
          ctx.state.briefTopics.delete(topic.name);
          if (ctx.state.query.topic === String(topic.id)) ctx.state.query.topic = '';
          await after(r);
          await ctx.refreshWorkspace();
        });
      }, { class: 'danger', data: { key: `topic-${topic.id}-delete` } }),
    ),
  );
}

function suggestionsPanel(ctx: AppContext): HTMLElement | null {
  const s = ctx.state.suggestions;
  if (!s) return null;
  return el(
    'section',
    { class: 'panel suggestions', id: 'suggestions' },
    el('h2', { dir: 'auto' }, t('suggestions', { name: s.topic.name })),
    s.items.length === 0
      ? emptyState(t('noSuggestions'))
      : el(
          'ul',
          {},
          ...s.items.map((item) =>
            el(
              'li',
              {},
              el('button', { type: 'button', class: 'link', on: { click: () => void ctx.openArticle(item.id) } }, item.title ?? t('untitled')),
              ' ',
              dateCell(item),
              ' ',
              button(t('assign'), () => {
                void ctx.call('topics:assign', { id: s.topic.id, articleIds: [item.id] }).then(async (r) => {
                  if (!r) return;
                  s.items = s.items.filter((i) => i.id !== item.id);
                  await ctx.refreshTopics();
                  await ctx.refreshLibrary();
                });
              }, { data: { key: `suggest-assign-${item.id}` } }),
            ),
          ),
        ),
    button(t('close'), () => {
      ctx.state.suggestions = null;
      ctx.rerender();
    }, { class: 'link' }),
  );
}

export function topicsScreen(ctx: AppContext): HTMLElement {
  const topics = ctx.state.topics;
  return el(
    'div',
    { class: 'topics' },
    el('h1', {}, t('topicsTitle')),
    createForm(ctx),
    suggestionsPanel(ctx),
    topics.length === 0 ? emptyState(t('topicsEmpty')) : el('ul', { class: 'topic-list', id: 'topic-list' }, ...topics.map((tp) => topicRow(ctx, tp))),
  );
}
