/**
 * The brief's selection (articles ticked, topics ticked, the new brief's title) kept across a reload, per workspace:
 * the analyst who picked thirty articles does not pick them again because the page was reloaded.
 */
export interface KeptSelection {
  articles: string[];
  topics: string[];
  title: string;
}

const PREFIX = 'mawjaz.selection.';

export function selectionKey(workspace: string): string {
  return `${PREFIX}${workspace}`;
}

export function keepSelection(s: { checked: ReadonlySet<string>; briefTopics: ReadonlySet<string>; briefTitle: string }): string {
  const kept: KeptSelection = { articles: [...s.checked], topics: [...s.briefTopics], title: s.briefTitle };
  return JSON.stringify(kept);
}

/**
 * A kept selection read back, with only what still exists: articles of the library (`articleExists`) and topics by
 * name. Anything unreadable (another version's format, a hand edit) is an empty selection.
 */
export function readSelection(text: string | null, articleExists: (id: string) => boolean, topicNames: ReadonlySet<string>): KeptSelection {
  const empty: KeptSelection = { articles: [], topics: [], title: '' };
  if (text === null) return empty;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return empty;
  }
  if (typeof value !== 'object' || value === null) return empty;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((i): i is string => typeof i === 'string') : []);
  return {
    articles: strings(v['articles']).filter(articleExists),
    topics: strings(v['topics']).filter((n) => topicNames.has(n)),
    title: typeof v['title'] === 'string' ? v['title'] : '',
  };
}
