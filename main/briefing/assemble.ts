import type { ArticleRecord, SourceRecord } from '../model/article.ts';
import type { ActorCorrections } from '../analysis/actors/index.ts';
import { extractActors } from '../analysis/actors/index.ts';
import { summaryEvents } from '../analysis/summary/index.ts';
import { sameUnnamedOrigin } from '../analysis/questions/shared-origin.ts';
import type { PairDecider } from '../analysis/summary/event-pair-decider.ts';
import { buildTimeline } from '../analysis/timeline/index.ts';
import { withEventDates } from '../analysis/timeline/event-dates-agree.ts';
import { findOpenQuestions } from '../analysis/questions/index.ts';
import { offTopicArticles } from '../analysis/questions/off-topic.ts';
import { withEventActors } from './point-actors.ts';
import { withEventClaims } from './point-claims.ts';
import { withCredibility, withQuestionCredibility } from '../analysis/credibility/suggest-credibility.ts';
import { Brief } from '../model/brief.ts';
import type { TopicFocus } from '../model/selection.ts';
import type { AssemblyStage } from './assembly-stages.ts';

export interface AssembleOptions {
  /** The pinned clock (YYYY-MM-DD or an ISO date-time): generatedAt and every "now" of the analysis. */
  now: string;
  title?: string;
  author?: string;
  marking?: string;
  topics?: TopicFocus[];
  corrections?: ActorCorrections;
  summaryPoints?: { min: number; max: number };
  /** Ids of articles the analyst included although they stand apart from the story: never flagged off-topic. */
  included?: readonly string[];
  /** Who decides that two sentences tell one event; the summary's default when absent (evaluation and training set it). */
  eventPairs?: PairDecider;
  /** Told as each part of the analysis starts, for progress; it does not change the result. */
  onStage?: (stage: AssemblyStage) => void;
}

export { ASSEMBLY_STAGES, type AssemblyStage } from './assembly-stages.ts';

// Code-unit order, not localeCompare: the brief's bytes must not depend on the machine's locale.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sources in a stable order: by published date (undated last), then outlet, then id. */
function orderSources(articles: ArticleRecord[]): ArticleRecord[] {
  return [...articles].sort((a, b) => {
    const da = a.published ?? '\uffff';
    const db = b.published ?? '\uffff';
    return byCodeUnits(da, db) || byCodeUnits(a.outlet ?? '', b.outlet ?? '') || byCodeUnits(a.id, b.id);
  });
}

function toSource(article: ArticleRecord): SourceRecord {
  const { body: _body, removed: _removed, ...source } = article;
  return source;
}

function defaultTitle(topics: TopicFocus[]): string {
  return topics.length > 0 ? `موجز: ${topics.map((t) => t.name).join('، ')}` : 'موجز إخباري';
}

/**
 * Assembles a Brief from the selected articles: the one pipeline step that runs every analysis.
 * Pure: the same articles and options give the same Brief, field for field.
 */
export function assembleBrief(articles: ArticleRecord[], options: AssembleOptions): Brief {
  const ordered = orderSources(articles);
  const day = options.now.slice(0, 10);
  const topics = options.topics ?? [];
  const stage = <T>(name: AssemblyStage, run: () => T): T => {
    options.onStage?.(name);
    return run();
  };
  // An article apart from the selection's story is named in a question and kept out of summary and timeline,
  // unless the analyst included it.
  const included = new Set(options.included ?? []);
  const offTopic = offTopicArticles(ordered).filter((i) => !included.has(ordered[i]?.id ?? ''));
  const kept = ordered.filter((a) => included.has(a.id)).map((a) => a.id);
  const onTopic = ordered.filter((_, i) => !offTopic.includes(i));
  // The actors first: the summary weighs an event by how central to the selection the actors it names are. Only the
  // story's articles (and those the analyst included) name them: an off-topic article's people stay out of the table
  // and the map until it is included.
  const actors = stage('actors', () => extractActors(onTopic, { corrections: options.corrections }));
  const { points: told, events } = stage('summary', () => summaryEvents(onTopic, { sameOrigin: sameUnnamedOrigin, topics, minPoints: options.summaryPoints?.min, maxPoints: options.summaryPoints?.max, now: day, actors, ...(options.eventPairs ? { eventPairs: options.eventPairs } : {}) }));
  // A point and the timeline entry of its event read one date, and the event's entries of one day become one.
  const { summary, timeline } = stage('timeline', () => withEventDates(told, buildTimeline(onTopic, { now: day }), onTopic.map((a) => a.id), events));
  const openQuestions = stage('questions', () => findOpenQuestions(ordered, { now: day, offTopic, events }));
  return Brief.parse({
    schemaVersion: 1,
    title: options.title ?? defaultTitle(topics),
    generatedAt: options.now.length === 10 ? `${options.now}T00:00:00.000Z` : options.now,
    language: 'ar',
    author: options.author ?? '',
    topics: topics.map((t) => t.name),
    marking: options.marking ?? '',
    sources: ordered.map(toSource),
    // Each point's and entry's credibility is suggested from what the questions found of its sentences (denied,
    // contradicted); a question's from its kind.
    summary: withCredibility(withEventClaims(withEventActors(summary, actors), actors), openQuestions),
    actors,
    timeline: withCredibility(timeline, openQuestions),
    openQuestions: withQuestionCredibility(openQuestions),
    ...(offTopic.length > 0 ? { offTopicSources: offTopic.map((i) => ordered[i]?.id ?? '') } : {}),
    ...(kept.length > 0 ? { includedSources: kept } : {}),
  });
}
