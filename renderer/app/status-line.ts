import { html, nothing, type TemplateResult } from 'lit-html';
import type { StatusPart, TeamLibrarySettings } from './context.ts';
import { count, formatNumber, t } from './i18n.ts';
import { libraryProblemText } from './library-problem-text.ts';

function words(part: StatusPart): TemplateResult | string {
  if ('text' in part) return html`<bdi dir="ltr" lang="en" translate="no">${part.text}</bdi>`;
  if ('failure' in part) {
    // One sentence in the UI's language; the server, location or file it names is data, isolated left to right.
    const sentence = libraryProblemText(part.failure.problem);
    const about = sentence.about ? html`<bdi class="team-about" dir="ltr" translate="no">${part.failure.about ?? ''}</bdi>` : nothing;
    return html`${sentence.before}${about}${sentence.after}`;
  }
  if (part.key !== 'teamCheckHolds') return t(part.key);
  const articles = Number(part.params?.['articles'] ?? 0);
  return t(part.key, { articles: count(articles, 'article'), briefs: formatNumber(Number(part.params?.['briefs'] ?? 0)) });
}

/**
 * A settings section's status line (`id`): what its last action said, in the UI's language. Each section has its
 * own, beside its own buttons: the team library's connection (settings-view.ts) and working offline (offline-view.ts).
 */
export function statusLine(id: string, status: TeamLibrarySettings['status']): TemplateResult {
  // The host's own text (a server's name, why it failed) is English and left-to-right, isolated inside the line.
  const parts = status?.parts ?? [];
  return html`<p id=${id} class=${status === null ? 'team-status' : `team-status ${status.kind}`} role="status" aria-live="polite">${parts.map(
    (p, i) => html`${i > 0 ? ' ' : nothing}${words(p)}`,
  )}</p>`;
}
