import { html, nothing, type TemplateResult } from 'lit-html';
import { t, type Key } from './i18n.ts';

/** Small building blocks shared by the screens, as lit-html templates (text always bound as text, never as HTML). */

/** What a template may show in a child position: text, a template, a list of them, or nothing. */
export type View = TemplateResult | string | number | typeof nothing | null | undefined | View[];

/** A control with its visible label, tied by the control's id so screen readers and clicks on the label work. */
export function field(label: string, id: string, control: View, hint?: View): TemplateResult {
  return html`<div class="field"><label for=${id}>${label}</label>${control}${hint ? html`<span class="hint">${hint}</span>` : nothing}</div>`;
}

/**
 * A select whose chosen option is marked on the option itself: the select's own value cannot be set before its
 * options exist, which a property binding on <select> would try on the first render.
 */
export function select(id: string, options: { value: string; label: string }[], value: string, onChange: (v: string) => void): TemplateResult {
  return html`<select id=${id} @change=${(e: Event) => onChange((e.currentTarget as HTMLSelectElement).value)}>
    ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
  </select>`;
}

const BASIS: Record<string, Key> = { explicit: 'basisExplicit', inferred: 'basisInferred', unknown: 'basisUnknown' };

/** How a metadata value was established, shown beside it. */
export function basisBadge(basis: string): TemplateResult {
  const label = t(BASIS[basis] ?? 'basisUnknown');
  return html`<span class="basis basis-${basis}" title=${t('basisLabel', { basis: label })}>${label}</span>`;
}

export function emptyState(text: string): TemplateResult {
  return html`<p class="empty">${text}</p>`;
}

/** The value of a text control found by id inside the form that submitted (forms keep no state of their own here). */
export function formValue(form: HTMLFormElement, id: string): string {
  const control = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(id)}`);
  return control?.value ?? '';
}

/** Empties the fields of a form that has done its work: a patch leaves typed text alone when its state did not change. */
export function clearFields(form: ParentNode, ...ids: string[]): void {
  for (const id of ids) {
    const control = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(id)}`);
    if (control) control.value = '';
  }
}
