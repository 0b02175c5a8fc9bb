import { DEFAULT_ACTOR_QUERY } from './actor-table.ts';
import type { AppState } from './context.ts';
import { NO_TYPED_DATE } from './date-filter.ts';

/** The state the app starts with, and starts again from (nothing loaded yet, the library on screen). */
export function initialState(): AppState {
  return {
    screen: 'library',
    workspace: null,
    topics: [],
    query: { topic: '', outlet: '', from: '', to: '', sort: 'published-desc', search: '' },
    typedDates: { from: NO_TYPED_DATE, to: NO_TYPED_DATE },
    articles: null,
    hits: null,
    hitTotal: null,
    checked: new Set(),
    briefTopics: new Set(),
    briefTitle: '',
    article: null,
    citeTarget: null,
    importProgress: null,
    importReport: null,
    suggestions: null,
    draft: null,
    briefs: [],
    deletedBrief: null,
    deletedArticle: null,
    confirmingBriefDelete: null,
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
    viewer: null,
    about: null,
    briefVersions: null,
    settings: { location: '', status: null, current: null },
    languageFlags: {},
  };
}
