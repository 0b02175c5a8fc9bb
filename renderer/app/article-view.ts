import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { SCREEN_NAME, type AppContext } from './context.ts';
import { citeBar } from './cite-bar.ts';
import { sentenceSpans } from './sentence-spans.ts';
import { findQuote, paragraphs } from './find-quote.ts';
import { language, t, type Key } from './i18n.ts';
import { removedReasonText } from './removed-reason-text.ts';
import { basisBadge, field, formValue } from './widgets.ts';
import { formatPartialDate, readTypedDate } from './format-date.ts';

const FIELD_LABEL: Record<string, Key> = { title: 'fieldTitle', outlet: 'fieldOutlet', author: 'fieldAuthor', published: 'fieldPublished' };
const FIELDS = ['title', 'outlet', 'author', 'published'] as const;

/** One article: metadata the analyst can correct (with how each value was established) and the cleaned text. */
export function articlePane(ctx: AppContext): unknown {
  const open = ctx.state.article;
  if (!open) return nothing;
  const a = open.detail;
  // The date is shown in words and read back by the host's date layer only when the analyst changed them.
  const shownDate = a.published === null ? '' : formatPartialDate(a.published, language(), false);
  const save = async (form: HTMLFormElement): Promise<void> => {
    // Only the fields the analyst changed become corrections: an untouched empty field stays "unknown".
    const fields: Record<string, string | null> = {};
    for (const name of FIELDS) {
      const typed = formValue(form, `meta-${name}`).trim();
      if (name === 'published') {
        if (typed === shownDate) continue;
        const read = typed === '' ? { value: null } : await readTypedDate(typed);
        if (read === null) return;
        if ('problem' in read) {
          ctx.error({ code: 'invalid-request', message: read.problem });
          form.querySelector<HTMLElement>('#meta-published')?.focus();
          return;
        }
        if (read.value !== a.published) fields[name] = read.value;
        continue;
      }
      const value = typed === '' ? null : typed;
      if (value !== a[name]) fields[name] = value;
    }
    if (Object.keys(fields).length === 0) return;
    const r = await ctx.call('articles:correct', { id: a.id, fields });
    if (!r) return;
    open.detail = r;
    ctx.notice(t('metadataSaved'));
    await ctx.refreshLibrary();
  };
  // Undoing a correction: the value read at import comes back (articles:revert), the other corrections stay.
  const revert = async (name: (typeof FIELDS)[number]): Promise<void> => {
    const r = await ctx.call('articles:revert', { id: a.id, fields: [name] });
    if (!r) return;
    open.detail = r;
    ctx.notice(t('correctionReverted', { field: t(FIELD_LABEL[name] ?? 'fieldTitle') }));
    await ctx.refreshLibrary();
  };
  const basis = (name: (typeof FIELDS)[number], value: string): TemplateResult => html`${basisBadge(value)}${a.corrected.includes(name)
    ? html` <button type="button" class="link small" id=${`revert-${name}`} @click=${() => void revert(name)}>${t('revertCorrection')}</button>`
    : nothing}`;
  const input = (name: (typeof FIELDS)[number]): TemplateResult =>
    name === 'published'
      ? html`<input type="text" id="meta-published" data-key="meta-published" class="date-input" .value=${shownDate}>`
      : html`<input type="text" id=${`meta-${name}`} data-key=${`meta-${name}`} dir="auto" .value=${a[name] ?? ''}>`;
  const form = html`<form class="metadata" @submit=${(e: SubmitEvent) => { e.preventDefault(); void save(e.currentTarget as HTMLFormElement); }}>
    <h3>${t('metadata')}</h3>
    ${field(t('articleTitle'), 'meta-title', input('title'), basis('title', a.titleBasis))}
    ${field(t('articleOutlet'), 'meta-outlet', input('outlet'), basis('outlet', a.outletBasis))}
    ${field(t('articleAuthor'), 'meta-author', input('author'), basis('author', a.authorBasis))}
    ${field(t('articleDate'), 'meta-published', input('published'), basis('published', a.publishedBasis))}
    ${a.corrected.length > 0 ? html`<p class="hint">${t('correctedFields', { fields: a.corrected.map((f) => t(FIELD_LABEL[f] ?? 'fieldTitle')).join(language() === 'ar' ? '، ' : ', ') })}</p>` : nothing}
    ${a.topics.length > 0 ? html`<p class="meta">${t('colTopics')}: ${a.topics.map((tp) => html`<span class="chip" dir="auto">${tp.name}</span>`)}</p>` : nothing}
    <button type="submit" id="meta-save" data-key="meta-save">${t('saveMetadata')}</button>
  </form>`;

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
  // The quoted sentence and the words searched for, as body offsets.
  const marks: [number, number][] = [...(range ? [range] : []), ...(a.highlights ?? []).map((h): [number, number] => [h.start, h.end])];
  const citing = open.citing && ctx.state.draft !== null;
  // A selection inside the text picks the sentence it starts in: the analyst may select a word or the whole sentence.
  const picked = (): void => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return;
    const node = selection.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    const index = element?.closest<HTMLElement>('[data-sentence]')?.dataset.sentence;
    if (index === undefined || Number(index) === open.sentence) return;
    open.sentence = Number(index);
    ctx.rerender();
  };
  const pick = (index: number) => (): void => {
    open.sentence = index;
    ctx.rerender();
    document.getElementById('cite-target')?.focus();
  };
  const body = html`<div class="article-body" lang=${a.language || 'ar'} dir="auto" @mouseup=${picked} @keyup=${picked}>
    ${paragraphs(a.body).map((p, i) => {
      const line = a.storyLines?.[i];
      const isMoved = moved.has(line ?? -1);
      const text = html`<p class=${isMoved ? 'moved-line' : nothing} title=${isMoved ? t('lineMoved') : nothing}>${sentenceSpans(p, a.sentences, marks, open.sentence, citing ? pick : null)}</p>`;
      if (!open.showRemoved || line === undefined) return text;
      const label = `${t('takeOutLine')} — ${t('removedLine', { line })}`;
      return html`<div class="story-line">${text}<button type="button" class="link line-action" aria-label=${label} data-key=${`take-out-${line}`} @click=${() => void setLine(line, false)}>${t('takeOutLine')}</button></div>`;
    })}
  </div>`;

  const removed = open.showRemoved
    ? html`<ol class="removed" id="removed-lines">
        ${a.removed.map(
          (r) => html`<li>
            <span class="line-no">${t('removedLine', { line: r.line })}</span> <q dir="auto">${r.text}</q> —
            <span class="reason">${r.code === undefined ? r.reason : removedReasonText(r.code)}</span>
            <button type="button" class="link line-action" aria-label=${`${t('putBackLine')} — ${t('removedLine', { line: r.line })}`} data-key=${`put-back-${r.line}`} @click=${() => void setLine(r.line, true)}>${t('putBackLine')}</button>
          </li>`,
        )}
      </ol>`
    : nothing;
  const toggle = (): void => {
    open.showRemoved = !open.showRemoved;
    ctx.rerender();
  };
  const close = (): void => {
    ctx.state.article = null;
    ctx.rerender();
  };
  const remove = async (): Promise<void> => {
    const r = await ctx.call('articles:delete', { id: a.id });
    if (!r?.deleted) return;
    ctx.state.article = null;
    ctx.state.checked.delete(a.id);
    ctx.state.deletedArticle = { id: a.id, title: a.title ?? a.file };
    await Promise.all([ctx.refreshLibrary(), ctx.refreshTopics(), ctx.refreshWorkspace()]);
    document.getElementById('undo-delete-article')?.focus();
  };

  // Keyed by the article: another article gets fresh fields, never the text typed into the last one's.
  return keyed(a.id, html`<article class="article-pane panel" id="article-pane" tabindex="-1" aria-labelledby="article-heading">
    <div class="pane-head">
      <h2 id="article-heading" dir="auto">${a.title ?? t('untitled')}</h2>
      ${open.from
        ? html`<button type="button" class="back" id="article-back" @click=${() => open.from && ctx.go(open.from)}>${t('backTo', { screen: t(SCREEN_NAME[open.from]) })}</button>`
        : nothing}
      <button type="button" class="link" data-key="article-close" @click=${close}>${t('close')}</button>
      <button type="button" class="small danger" id="article-delete" @click=${() => void remove()}>${t('deleteArticle')}</button>
    </div>
    <p class="meta">${t('file')} <bdi translate="no">${a.file}</bdi></p>
    ${open.quote && !range ? html`<p class="hint">${t('quoteNotFound')}</p>` : nothing}
    ${form}
    <h3>${t('articleText')}</h3>
    ${ctx.state.draft
      ? html`<button type="button" class="small" id="cite-pick" data-key="cite-pick" aria-pressed=${String(open.citing)} @click=${() => { open.citing = !open.citing; ctx.rerender(); }}>${t('citePick')}</button>`
      : nothing}
    ${citeBar(ctx, a, open.sentence)}
    ${body}
    <button type="button" id="toggle-removed" data-key="toggle-removed" aria-expanded=${String(open.showRemoved)} aria-controls="removed-lines" @click=${toggle}>${open.showRemoved ? t('hideRemoved') : t('showRemoved', { n: a.removed.length })}</button>
    ${a.removed.length === 0 ? html`<p class="hint">${t('noRemoved')}</p>` : nothing}
    ${removed}
  </article>`);
}
