import type { EditableSection } from './types.ts';

/**
 * Which cards of a brief's editor are folded to one line: a section the analyst folded shows one line per item, and
 * inside it an item the analyst opened stays open. A section starts open (every card editable) unless it is long
 * (more than FOLD_PAST items: 84 actors as cards are a page of 20,000 pixels); the analyst's choice, either way, is
 * kept per brief (by its draft id) across reloads.
 */
export interface CardFolds {
  /** The analyst's choice per section; a section without one is open. */
  sections: Partial<Record<EditableSection, 'folded' | 'open'>>;
  /** Items opened inside a folded section, as `section:id`. */
  open: string[];
}

export const NO_FOLDS: CardFolds = { sections: {}, open: [] };

const PREFIX = 'mawjaz.folds.';

export function foldsKey(draftId: string): string {
  return `${PREFIX}${draftId}`;
}

/** Past this many items a section starts folded: a screen or two of one-line rows instead of pages of cards. */
export const FOLD_PAST = 20;

/**
 * Whether a section of `count` items is folded: as the analyst chose, else when it is long. A section of one item
 * never is: there is nothing to fold away.
 */
export function sectionFolded(folds: CardFolds, section: EditableSection, count: number): boolean {
  const choice = folds.sections[section];
  return count > 1 && (choice === undefined ? count > FOLD_PAST : choice === 'folded');
}

/** Whether an item shows as one line: its section is folded and the analyst has not opened it. */
export function itemFolded(folds: CardFolds, section: EditableSection, count: number, id: string): boolean {
  return sectionFolded(folds, section, count) && !folds.open.includes(`${section}:${id}`);
}

/** Folds a whole section, or opens it; either way its items follow the section again. */
export function setSectionFolded(folds: CardFolds, section: EditableSection, folded: boolean): CardFolds {
  return { sections: { ...folds.sections, [section]: folded ? 'folded' : 'open' }, open: folds.open.filter((k) => !k.startsWith(`${section}:`)) };
}

/** Opens one item of a folded section, or folds it back. */
export function setItemOpen(folds: CardFolds, section: EditableSection, id: string, open: boolean): CardFolds {
  const key = `${section}:${id}`;
  const rest = folds.open.filter((k) => k !== key);
  return { sections: folds.sections, open: open ? [...rest, key] : rest };
}

const SECTIONS: readonly EditableSection[] = ['summary', 'actors', 'timeline', 'openQuestions'];

/** Kept folds read back; anything unreadable (another version's format, a hand edit) is no choice at all. */
export function readFolds(text: string | null): CardFolds {
  if (text === null) return NO_FOLDS;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return NO_FOLDS;
  }
  if (typeof value !== 'object' || value === null) return NO_FOLDS;
  const v = value as Record<string, unknown>;
  const given = typeof v['sections'] === 'object' && v['sections'] !== null ? (v['sections'] as Record<string, unknown>) : {};
  const sections: CardFolds['sections'] = {};
  for (const s of SECTIONS) {
    const choice = given[s];
    if (choice === 'folded' || choice === 'open') sections[s] = choice;
  }
  const open = Array.isArray(v['open']) ? v['open'].filter((k): k is string => typeof k === 'string') : [];
  return { sections, open };
}
