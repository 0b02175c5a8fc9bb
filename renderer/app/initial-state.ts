import { DEFAULT_ACTOR_QUERY } from './actor-table.ts';
import type { AppState } from './context.ts';

/** The state the app starts with, and starts again from (nothing loaded yet, the library on screen). */
export function initialState(): AppState {
  return {
    screen: 'library',
    workspace: null,
    topics: [],
    query: { topic: '', outlet: '', from: '', to: '', sort: 'published-desc', search: '' },
    articles: null,
    hits: null,
    hitTotal: null,
    checked: new Set(),
    briefTopics: new Set(),
    briefTitle: '',
    article: null,
    importProgress: null,
    importReport: null,
    suggestions: null,
    draft: null,
    briefs: [],
    deletedBrief: null,
    renamingBrief: null,
    assembling: null,
    rules: [],
    gazetteer: [],
    mergePick: [],
    actorQuery: DEFAULT_ACTOR_QUERY,
    actorOpen: null,
    templates: [],
    exportFormat: 'pdf',
    exportTemplate: 'standard',
    exported: null,
    exports: null,
    exporting: false,
    languageFlags: {},
  };
}
