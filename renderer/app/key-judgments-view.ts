import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { citationButton } from './brief-section.ts';
import { credibilityControl } from './evidence-views.ts';
import type { AppContext } from './context.ts';
import { languageFlagsView } from './evidence-views.ts';
import { t, type Key } from './i18n.ts';
import { addKeyJudgment, BANDS, CONFIDENCES, EVIDENCE_SECTIONS, evidencePick, updateKeyJudgment, type Band, type Confidence, type EvidenceSection } from './key-judgments-edit.ts';
import { formatPartialDate } from './format-date.ts';
import type { Brief } from './types.ts';
import { formValue } from './widgets.ts';

const BAND_WORDS: Record<Band, Key> = {
  'almost-no-chance': 'bandAlmostNoChance', 'very-unlikely': 'bandVeryUnlikely', unlikely: 'bandUnlikely', 'roughly-even-chance': 'bandRoughlyEven',
  likely: 'bandLikely', 'very-likely': 'bandVeryLikely', 'almost-certain': 'bandAlmostCertain',
};
const CONFIDENCE_WORDS: Record<Confidence, Key> = { low: 'confidenceLow', moderate: 'confidenceModerate', high: 'confidenceHigh' };

const bandOptions = (selected?: Band) => BANDS.map((b) => html`<option value=${b} ?selected=${b === selected}>${t(BAND_WORDS[b])}</option>`);
const confidenceOptions = (selected?: Confidence) => CONFIDENCES.map((c) => html`<option value=${c} ?selected=${c === selected}>${t(CONFIDENCE_WORDS[c])}</option>`);

const EVIDENCE_TITLE: Record<EvidenceSection, Key> = { summary: 'sectionSummary', timeline: 'sectionTimeline' };

/**
 * What a judgment may rest on, grouped by section (key points, then the timeline, each entry led by its date): every
 * included item that cites a source, its whole text on its own row, a checkbox each (Tab and Space reach and tick
 * them); the list scrolls in its own box when long.
 */
function evidencePicker(brief: Brief): TemplateResult {
  const groups = EVIDENCE_SECTIONS.map((section) => ({ section, items: brief[section].filter((i) => i.included && i.sources.length > 0) })).filter((g) => g.items.length > 0);
  return html`<fieldset class="kj-evidence"><legend>${t('keyJudgmentEvidence')}</legend>
    ${groups.map((g) => html`<fieldset class="kj-group"><legend>${t(EVIDENCE_TITLE[g.section])} <span class="count">${g.items.length}</span></legend>
      ${g.items.map((item) => html`<label class="kj-point"><input type="checkbox" name="kj-evidence" value=${evidencePick(g.section, item.id)}>
        <span dir="auto">${'date' in item ? html`<b class="date">${formatPartialDate(item.date)}</b> ` : nothing}<span translate="no">${item.text}</span></span></label>`)}
    </fieldset>`)}
  </fieldset>`;
}

/** The analyst's key judgments, first in the brief: each a statement, a likelihood band, a confidence level and its evidence. */
export function keyJudgmentsSection(ctx: AppContext, brief: Brief): TemplateResult {
  const list = brief.keyJudgments ?? [];
  const value = (e: Event): string => (e.currentTarget as HTMLInputElement).value;
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const text = formValue(form, 'add-kj').trim();
    if (text === '') return;
    const picked = [...form.querySelectorAll<HTMLInputElement>('input[name="kj-evidence"]:checked')].map((i) => i.value);
    ctx.editBrief(addKeyJudgment(brief, text, formValue(form, 'add-kj-band') as Band, formValue(form, 'add-kj-confidence') as Confidence, picked));
    form.reset();
  };
  return html`<section class="panel brief-section" id="section-keyJudgments" aria-labelledby="h-keyJudgments">
    <h2 id="h-keyJudgments" tabindex="-1">${t('sectionKeyJudgments')} <span class="count">${list.length}</span></h2>
    ${list.length === 0 ? html`<p class="muted">${t('keyJudgmentsEmpty')}</p>` : html`<ol class="items">${repeat(list, (k) => k.id, (k, i) => html`<li class=${`item${k.included ? '' : ' excluded'}`} data-id=${k.id}>
      <div class="item-head">
        <span class="include"><input type="checkbox" id=${`inc-kj-${k.id}`} .checked=${k.included} @change=${(e: Event) => ctx.editBrief(updateKeyJudgment(brief, k.id, { included: (e.currentTarget as HTMLInputElement).checked }))}><label for=${`inc-kj-${k.id}`}>${t('include')}</label></span>
        <label for=${`band-${k.id}`}>${t('likelihoodBand')}</label>
        <select id=${`band-${k.id}`} data-key=${`band-${k.id}`} @change=${(e: Event) => ctx.editBrief(updateKeyJudgment(brief, k.id, { band: value(e) as Band }))}>${bandOptions(k.band)}</select>
        <label for=${`conf-${k.id}`}>${t('confidenceLevel')}</label>
        <select id=${`conf-${k.id}`} data-key=${`conf-${k.id}`} @change=${(e: Event) => ctx.editBrief(updateKeyJudgment(brief, k.id, { confidence: value(e) as Confidence }))}>${confidenceOptions(k.confidence)}</select>
      </div>
      <textarea id=${`text-kj-${k.id}`} rows="2" dir="auto" aria-label=${`${t('itemText')} ${i + 1}`} .value=${k.text}
        @change=${(e: Event) => value(e).trim() !== '' && ctx.editBrief(updateKeyJudgment(brief, k.id, { text: value(e) }))}></textarea>
      ${languageFlagsView(k.text, ctx.state.languageFlags[`keyJudgments:${k.id}`], `kj-${k.id}`)}
      ${k.evidence.length > 0 ? html`<div class="citations">${k.evidence.map((c, j) => citationButton(ctx, brief, c, j + 1, `cite-kj-${k.id}-${j}`, k.credibility ?? null))}</div>` : nothing}
      ${credibilityControl(ctx, brief, 'keyJudgments', k, `kj-${k.id}`)}
    </li>`)}</ol>`}
    <form class="add-item" @submit=${submit}>
      <label for="add-kj">${t('newKeyJudgment')}</label>
      <textarea id="add-kj" rows="2" dir="auto" data-key="add-kj"></textarea>
      <label for="add-kj-band">${t('likelihoodBand')}</label>
      <select id="add-kj-band" data-key="add-kj-band">${bandOptions('likely')}</select>
      <label for="add-kj-confidence">${t('confidenceLevel')}</label>
      <select id="add-kj-confidence" data-key="add-kj-confidence">${confidenceOptions('moderate')}</select>
      ${evidencePicker(brief)}
      <button type="submit" id="add-kj-submit" data-key="add-kj-submit">${t('addItem')}</button>
    </form>
  </section>`;
}
