import { el, type Attrs, type Child } from './dom.ts';
import { t, type Key } from './i18n.ts';

/** Small building blocks shared by the screens. */

export function button(text: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return el('button', { type: 'button', ...attrs, on: { click: onClick, ...attrs.on } }, text);
}

/** A control with its visible label, tied by id so screen readers and clicks on the label work. */
export function field(label: string, control: HTMLElement, hint?: Child): HTMLElement {
  if (!control.id) control.id = `f-${Math.random().toString(36).slice(2, 10)}`;
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control, hint ? el('span', { class: 'hint' }, hint) : null);
}

export function select(options: { value: string; label: string }[], value: string, onChange: (v: string) => void, attrs: Attrs = {}): HTMLSelectElement {
  const s = el('select', { ...attrs, on: { change: () => onChange(s.value) } }, ...options.map((o) => el('option', { value: o.value, selected: o.value === value }, o.label)));
  s.value = value;
  return s;
}

const BASIS: Record<string, Key> = { explicit: 'basisExplicit', inferred: 'basisInferred', unknown: 'basisUnknown' };

/** How a metadata value was established, shown beside it. */
export function basisBadge(basis: string): HTMLElement {
  const label = t(BASIS[basis] ?? 'basisUnknown');
  return el('span', { class: `basis basis-${basis}`, title: t('basisLabel', { basis: label }) }, label);
}

export function emptyState(text: string): HTMLElement {
  return el('p', { class: 'empty' }, text);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'panel' }, el('h2', {}, title), ...children);
}

/** Empties the fields of a form that has done its work; before a re-render, which otherwise keeps what fields hold. */
export function clearFields(...fields: (HTMLInputElement | HTMLTextAreaElement | null)[]): void {
  for (const f of fields) if (f) f.value = '';
}
