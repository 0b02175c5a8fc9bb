import { html, nothing, type TemplateResult } from 'lit-html';
import { setCredibility, type GradedSection } from './brief-edit.ts';
import type { AppContext } from './context.ts';
import { briefOutlets, CREDIBILITY_GRADES, reliabilityLetter, RELIABILITY_GRADES, setOutletGrade, type OutletRow, type Reliability } from './evidence-grades.ts';
import { flagSegments } from './flag-segments.ts';
import { language, t, type Key } from './i18n.ts';
import type { LanguageFlag } from './language-check.ts';
import { outletKeyOf } from './outlet-key-book.ts';
import type { Brief } from './types.ts';

const RELIABILITY_WORDS: Record<Reliability, Key> = { A: 'reliabilityA', B: 'reliabilityB', C: 'reliabilityC', D: 'reliabilityD', E: 'reliabilityE', F: 'reliabilityF' };
const CREDIBILITY_WORDS: Key[] = ['credibility1', 'credibility2', 'credibility3', 'credibility4', 'credibility5', 'credibility6'];

type Graded = { id: string; credibility?: Brief['summary'][number]['credibility'] };

/**
 * An item's credibility (a key point, a timeline entry, the claim an open question is about): Mawjaz's suggestion
 * with its reason, and a choice of 1–6 that the analyst's grade keeps (the first option goes back to the suggestion).
 */
export function credibilityControl(ctx: AppContext, brief: Brief, section: GradedSection, point: Graded, key: string): TemplateResult {
  const c = point.credibility;
  const lang = language();
  const id = `cred-${key}`;
  const chosen = c?.chosen;
  const change = (e: Event): void => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    ctx.editBrief(setCredibility(brief, section, point.id, value === '' ? null : Number(value), { ar: t('credibilityNoSources'), en: t('credibilityNoSources') }));
  };
  return html`<span class="credibility">
    <label for=${id}>${t('credibility')}</label>
    <select id=${id} data-key=${id} @change=${change}>
      <option value="" ?selected=${chosen === undefined}>${c ? t('credibilitySuggested', { n: c.suggested }) : t('credibilityNone')}</option>
      ${CREDIBILITY_GRADES.map((g) => html`<option value=${String(g)} ?selected=${chosen === g}>${`${g} — ${t(CREDIBILITY_WORDS[g - 1] ?? 'credibility6')}`}</option>`)}
    </select>
    ${c ? html`<span class="muted credibility-reason">${lang === 'ar' ? c.reason.ar : c.reason.en}</span>` : nothing}
  </span>`;
}

/**
 * The checker's flags under an item's text: the text with each flagged span marked, then each flag's kind and
 * suggestion. Advice only: nothing is blocked.
 */
export function languageFlagsView(text: string, flags: readonly LanguageFlag[] | undefined, key: string): TemplateResult | typeof nothing {
  if (flags === undefined || flags.length === 0) return nothing;
  const kind = (f: LanguageFlag): string => t(f.kind === 'vague-hedge' ? 'flagVagueHedge' : 'flagLikelihoodWithConfidence');
  return html`<div class="language-flags" data-key=${`flags-${key}`} role="note" aria-label=${t('languageFlags')}>
    <p class="flagged-text" dir="auto">${flagSegments(text, flags).map((s) => (s.flag === null ? s.text : html`<mark class="flag" data-flag=${String(s.flag)}>${s.text}</mark>`))}</p>
    <ul>${flags.map((f) => html`<li><span class="badge flag-kind">${kind(f)}</span> <bdi>${f.text}</bdi> — <span class="suggestion" dir="auto">${f.suggestion}</span></li>`)}</ul>
  </div>`;
}

/**
 * The brief's outlets, each graded A–F (or ungraded) once for the workspace: every brief citing it carries it. One row
 * per outlet whatever forms its sources cite it in (the host's keys), naming the other forms, and a grade reaches
 * every source of the outlet in the open draft at once.
 */
export function outletGradesPanel(ctx: AppContext, brief: Brief): TemplateResult {
  const outlets = briefOutlets(brief, outletKeyOf);
  const lang = language();
  const grade = (outlet: string) => async (e: Event): Promise<void> => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    const next = value === '' ? null : (value as Reliability);
    const r = await ctx.call('outlets:grade', { outlet, grade: next });
    if (r && ctx.state.draft) ctx.editBrief(setOutletGrade(ctx.state.draft.brief, outlet, next, outletKeyOf));
  };
  const forms = (o: OutletRow) => o.otherForms.length === 0 ? nothing
    : html` <span class="muted outlet-forms">${t('outletAlsoCited')} ${o.otherForms.map((f, i) => html`${i > 0 ? t('listSeparator') : ''}<bdi>${f}</bdi>`)}</span>`;
  return html`<section class="panel outlet-grades" id="section-outlets" aria-labelledby="h-outlets">
    <h2 id="h-outlets">${t('outletGrades')}</h2>
    <p class="muted">${t('outletGradesHelp')}</p>
    ${outlets.length === 0 ? html`<p class="muted">${t('outletGradesNone')}</p>` : html`<ul class="outlet-list">${outlets.map((o, i) => {
      const id = `grade-outlet-${i}`;
      return html`<li><label for=${id}><bdi>${o.outlet}</bdi>${forms(o)}</label>
        <select id=${id} data-key=${id} data-outlet=${o.outlet} @change=${grade(o.outlet)}>
          <option value="" ?selected=${o.grade === null}>${t('ungraded')}</option>
          ${RELIABILITY_GRADES.map((g) => html`<option value=${g} ?selected=${o.grade === g}>${`${reliabilityLetter(g, lang)} — ${t(RELIABILITY_WORDS[g])}`}</option>`)}
        </select></li>`;
    })}</ul>`}
  </section>`;
}
