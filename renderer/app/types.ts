import type { AppResponse, Response } from '../../main/api/contract.ts';

// The renderer's names for the contract's shapes: derived from the API's types, never written twice.
export type Brief = Response<'brief:get'>['brief'];
export type BriefSummary = Response<'brief:list'>['briefs'][number];
export type Topic = Response<'topics:list'>['topics'][number];
export type ArticleListItem = Response<'articles:list'>['items'][number];
export type ArticleDetail = Response<'articles:get'>;
export type SearchHit = Response<'articles:search'>['hits'][number];
export type ImportReport = Response<'articles:importFiles'>;
export type ImportFailure = NonNullable<ImportReport['entries'][number]['code']>;
export type RemovedReason = NonNullable<ArticleDetail['removed'][number]['code']>;
export type StoredRule = Response<'actors:corrections'>['rules'][number];
export type ActorRule = StoredRule['rule'];
export type GazetteerEntry = Response<'gazetteer:list'>['entries'][number];
export type Citation = Brief['summary'][number]['sources'][number];
export type Source = Brief['sources'][number];
export type Actor = Brief['actors'][number];
export type EditableSection = 'summary' | 'actors' | 'timeline' | 'openQuestions';
export const EDITABLE_SECTIONS: readonly EditableSection[] = ['summary', 'timeline', 'openQuestions', 'actors'];
/** Why a team library cannot be used or a switch did not happen: a library's problem, or the shell's refusal. */
export type LibraryFailure = NonNullable<AppResponse<'app:useTeamLibrary'>['failure']>;
export type SwitchProblem = LibraryFailure['problem'];
