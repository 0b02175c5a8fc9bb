import { addCitation, citationsOf, markSupport, supportKey, supportQuestion, type CitingSection, type CiteTarget } from './citation-edit.ts';
import type { AppContext } from './context.ts';
import { t, type Key } from './i18n.ts';
import type { ArticleDetail, Brief, Source } from './types.ts';

const ITEM_NAME: Record<CitingSection, Key> = { summary: 'itemSummary', timeline: 'itemTimeline', openQuestions: 'itemOpenQuestions' };

/** How the UI names an item that cites: its section's word and its place («النقطة 3»). */
export function itemName(brief: Brief, section: CitingSection, id: string): string {
  const index = (brief[section] as { id: string }[]).findIndex((i) => i.id === id);
  return t(ITEM_NAME[section], { n: index + 1 });
}

/**
 * An edit of item `id` (its text or its quotes), with its «unsupported» mark settled first: the host checks the
 * item's words against its quotes (the Arabic text layer lives there). The edit is made again on the draft as it is
 * when the answer comes (another edit may have landed meanwhile), and the answer is used only if it was about the
 * same text and quotes. One edit, so one step of undo.
 */
export async function editWithSupport(ctx: AppContext, section: CitingSection, id: string, edit: (brief: Brief) => Brief): Promise<void> {
  const draft = ctx.state.draft;
  if (!draft) return;
  const proposed = edit(draft.brief);
  if (proposed === draft.brief) return;
  const question = supportQuestion(proposed, section, id);
  let supported: boolean | null = null;
  if (question !== null && 'known' in question) supported = question.known;
  else if (question !== null) supported = (await ctx.call('brief:support', { items: [question.check] }))?.supported[0] ?? null;
  if (ctx.state.draft !== draft) return;
  const next = edit(draft.brief);
  const same = supportKey(next, section, id) === supportKey(proposed, section, id);
  ctx.editBrief(supported !== null && same ? markSupport(next, section, id, supported) : next);
}

/** The article as a brief lists it among its sources: its record without its text. */
export function sourceOf(a: ArticleDetail): Source {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    titleBasis: a.titleBasis,
    outlet: a.outlet,
    outletBasis: a.outletBasis,
    author: a.author,
    authorBasis: a.authorBasis,
    published: a.published,
    publishedBasis: a.publishedBasis,
    language: a.language,
    languageBasis: a.languageBasis,
    format: a.format,
    encoding: a.encoding,
    url: a.url,
  };
}

/** Cites sentence `sentence` of the open article in `target` (added, or in place of the quote it replaces). */
export async function citeSentence(ctx: AppContext, target: CiteTarget, article: ArticleDetail, sentence: number): Promise<void> {
  const draft = ctx.state.draft;
  const span = article.sentences[sentence];
  if (!draft || !span) return;
  const quote = { sourceId: article.id, quote: article.body.slice(span.start, span.end) };
  const name = itemName(draft.brief, target.section, target.id);
  if ((citationsOf(draft.brief, target.section, target.id) ?? []).some((q) => q.sourceId === quote.sourceId && q.quote === quote.quote) && target.replace === undefined) {
    ctx.notice(t('citeAlready', { item: name }));
    return;
  }
  await editWithSupport(ctx, target.section, target.id, (b) => addCitation(b, target, quote, sourceOf(article)));
  // A replacement is done once; adding can go on (the next sentence goes to the same item unless another is chosen).
  ctx.state.citeTarget = target.replace === undefined ? { section: target.section, id: target.id } : null;
  if (ctx.state.article) ctx.state.article.sentence = null;
  ctx.rerender();
  ctx.notice(t(target.replace === undefined ? 'citeAdded' : 'citeReplaced', { item: name }));
}
