// BM25 column weights, one set for both stores (search.ts ranks the local FTS5 columns title, body and body_forms with
// them; postgres/bm25.ts the search document's positions A, B and C): a title hit counts most, a word as written
// counts more than a clitic-stripped reading of it («الحشد» first, then «والحشد», «بالحشد»).
export const TITLE_WEIGHT = 5;
export const BODY_WEIGHT = 1;
export const FORMS_WEIGHT = 0.4;
