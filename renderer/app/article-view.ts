import type { AppContext } from './context.ts';
import { el, markedText } from './dom.ts';
import { findQuote, paragraphs } from './find-quote.ts';
import { language, t, type Key } from './i18n.ts';
import { removedReasonText } from './removed-reason-text.ts';

const FIELD_LABEL: Record<string, Key> = { title: 'fieldTitle', outlet: 'fieldOutlet', author: 'fieldAuthor', published: 'fieldPublished' };
import { basisBadge, button, field } from './widgets.ts';
import { PARTIAL_DATE } from './brief-edit.ts';

/** One article: metadata the analyst can correct (with how each value was established) and the cleaned text. */
export function articlePane(ctx: AppContext): HTMLElement | null {
  const open = ctx.state.article;
  if (!open) return null;
  const a = open.detail;
  const input = (id: string, value: string | null): HTMLInputElement => el('input', { type: 'text', id, value: value ?? '', data: { key: id }, dir: 'auto' });
  const title = input('meta-title', a.title);
  const outlet = input('meta-outlet', a.outlet);
  const author = input('meta-author', a.author);
  const published = input('meta-published', a.published);
  published.dir = 'ltr';
  const save = async (): Promise<void> => {
    const date = published.value.trim();
    if (date !== '' && !PARTIAL_DATE.test(date)) {
      ctx.error({ code: 'invalid-request', message: `${t('articleDate')}: ${date}` });
      published.focus();
      return;
    }
    // Only the fields the analyst changed become corrections: an untouched empty field stays "unknown".
    const fields: Record<string, string | null> = {};
    const pairs: [string, HTMLInputElement, string | null][] = [['title', title, a.title], ['outlet', outlet, a.outlet], ['author', author, a.author], ['published', published, a.published]];
    for (const [name, inputEl, before] of pairs) {
      const value = inputEl.value.trim() === '' ? null : inputEl.value.trim();
      if (value !== before) fields[name] = value;
    }
    if (Object.keys(fields).length === 0) return;
    const r = await ctx.call('articles:correct', { id: a.id, fields });
    if (!r) return;
    open.detail = r;
    ctx.notice(t('metadataSaved'));
    await ctx.refreshLibrary();
  };
  const form = el(
    'form',
    { class: 'metadata', on: { submit: (e) => { e.preventDefault(); void save(); } } },
    el('h3', {}, t('metadata')),
    field(t('articleTitle'), title, basisBadge(a.titleBasis)),
    field(t('articleOutlet'), outlet, basisBadge(a.outletBasis)),
    field(t('articleAuthor'), author, basisBadge(a.authorBasis)),
    field(t('articleDate'), published, basisBadge(a.publishedBasis)),
    a.corrected.length > 0 ? el('p', { class: 'hint' }, t('correctedFields', { fields: a.corrected.map((f) => t(FIELD_LABEL[f] ?? 'fieldTitle')).join(language() === 'ar' ? '، ' : ', ') })) : null,
    a.topics.length > 0 ? el('p', { class: 'meta' }, t('colTopics'), ': ', ...a.topics.map((tp) => el('span', { class: 'chip', dir: 'auto' }, tp.name))) : null,
    el('button', { type: 'submit', id: 'meta-save', data: { key: 'meta-save' } }, t('saveMetadata')),
  );

  // Putting a line back or taking one out: the library keeps the choice across re-imports (articles:setLine).
  const setLine = async (line: number, inStory: boolean): Promise<void> => {
    const r = await ctx.call('articles:setLine', { id: a.id, line, inStory });
    if (!r) return;
    open.detail = r;
    ctx.notice(t(inStory ? 'linePutBack' : 'lineTakenOut'));
    ctx.rerender();
  };
  const moved = new Set(a.movedLines ?? []);
  const range = open.quote ? findQuote(a.body, open.quote) : null;
  const body = el(
    'div',
    { class: 'article-body', lang: a.language || 'ar', dir: 'auto' },
    ...paragraphs(a.body).map((p, i) => {
      const local: [number, number][] = range ? [[range[0] - p.start, range[1] - p.start]] : [];
      const line = a.storyLines?.[i];
      const text = el('p', moved.has(line ?? -1) ? { class: 'moved-line', title: t('lineMoved') } : {}, markedText(p.text, local.filter(([s, e]) => e > 0 && s < p.text.length)));
      if (!open.showRemoved || line === undefined) return text;
      const label = `${t('takeOutLine')} — ${t('removedLine', { line })}`;
      return el('div', { class: 'story-line' }, text, button(t('takeOutLine'), () => void setLine(line, false), { class: 'link line-action', aria: { label }, data: { key: `take-out-${line}` } }));
    }),
  );

  const removed = open.showRemoved
    ? el(
        'ol',
        { class: 'removed', id: 'removed-lines' },
        ...a.removed.map((r) =>
          el(
            'li',
            {},
            el('span', { class: 'line-no' }, t('removedLine', { line: r.line })), ' ', el('q', { dir: 'auto' }, r.text), ' — ',
            el('span', { class: 'reason' }, r.code === undefined ? r.reason : removedReasonText(r.code)), ' ',
            button(t('putBackLine'), () => void setLine(r.line, true), {
              class: 'link line-action', aria: { label: `${t('putBackLine')} — ${t('removedLine', { line: r.line })}` }, data: { key: `put-back-${r.line}` },
            }),
          ),
        ),
      )
    : null;
  const toggle = button(
    open.showRemoved ? t('hideRemoved') : t('showRemoved', { n: a.removed.length }),
    () => {
      open.showRemoved = !open.showRemoved;
      ctx.rerender();
    },
    { id: 'toggle-removed', data: { key: 'toggle-removed' }, aria: { expanded: open.showRemoved, controls: 'removed-lines' } },
  );

  return el(
    'article',
    { class: 'article-pane panel', id: 'article-pane', tabindex: -1, aria: { labelledby: 'article-heading' } },
    el(
      'div',
      { class: 'pane-head' },
      el('h2', { id: 'article-heading', dir: 'auto' }, a.title ?? t('untitled')),
      button(t('close'), () => {
        ctx.state.article = null;
        ctx.rerender();
      }, { class: 'link', data: { key: 'article-close' } }),
    ),
    el('p', { class: 'meta' }, t('file'), ' ', el('bdi', {}, a.file)),
    open.quote && !range ? el('p', { class: 'hint' }, t('quoteNotFound')) : null,
    form,
    el('h3', {}, t('articleText')),
    body,
    toggle,
    a.removed.length === 0 ? el('p', { class: 'hint' }, t('noRemoved')) : null,
    removed,
  );
}
