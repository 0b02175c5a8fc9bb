import { z } from 'zod';
import { Basis, PartialDate, SourceRecord } from './article.ts';
import { ClaimCredibility, SourceReliability } from './grading.ts';
import { ConfidenceLevel, LikelihoodBand } from './estimative.ts';

/** A citation: the sentence exactly as it stands in the cleaned body of source `sourceId`. */
export const Citation = z.object({
  sourceId: z.string().min(1),
  quote: z.string().min(1),
});
export type Citation = z.infer<typeof Citation>;

/** Analyst edits ride on every item: excluded items stay in the brief so they can be restored. */
const ItemState = {
  id: z.string().min(1),
  included: z.boolean().default(true),
  edited: z.boolean().default(false),
  /** Written by the analyst rather than assembled. */
  manual: z.boolean().default(false),
  /** Optional (drafts saved before it keep opening): material the last re-assembly brought that the draft lacked. */
  isNew: z.boolean().optional(),
  /**
   * Optional: an item the analyst edited whose source sentences changed (or are gone) at the last re-assembly;
   * the analyst's text is kept and waits for a look.
   */
  needsReview: z.boolean().optional(),
  /**
   * Optional: the analyst removed, replaced or added quotes of this item; a re-assembly keeps the analyst's quotes
   * rather than the assembly's.
   */
  citationsEdited: z.literal(true).optional(),
  /**
   * Optional: after the analyst's edit, the item's quotes no longer support its text (its words barely overlap every
   * cited sentence, or no quote is left); the editor marks it «غير مسند» until its text or quotes agree again.
   */
  unsupported: z.literal(true).optional(),
};

/**
 * Where an inferred year came from: the same event dated with its year by another source of the selection
 * ('same-event'), the same day and month dated with its year elsewhere in the selection in a sentence that shares
 * its words ('same-day'), or the one year that puts the day latest, not after the selection's latest dated source,
 * when every dated source falls within a year of it ('selection-dates'), or the publication date of the article that
 * wrote the day and month ('article-date', its `sourceId`). `sourceId`: the source that wrote or dated the year.
 */
export const YearSource = z.object({
  rule: z.enum(['same-event', 'same-day', 'selection-dates', 'article-date']),
  sourceId: z.string().optional(),
});
export type YearSource = z.infer<typeof YearSource>;

/**
 * A claim about an event: a statement that source `sourceId` attributes to someone, in its sentence `quote` (one the
 * point cites). `asserts`: a named mouth says it; `denies`: someone denies something of the event; `unattributed`: it is
 * put in a mouth the source leaves unnamed («مصدر مطلع»، «مسؤول رفض الكشف عن اسمه»).
 */
export const EventClaim = Citation.extend({
  stance: z.enum(['asserts', 'denies', 'unattributed']),
  /** Optional: the named person or body the claim is put in, as the actors list spells it; absent when unnamed or not in the list. */
  speaker: z.string().min(1).optional(),
  /** Optional: who the sentence puts it in, in its own words («المتحدث باسم الوزارة»، «مصدر أمني»); absent when it names no one. */
  speakerWords: z.string().min(1).optional(),
  /** Optional: true when a denial is put in a mouth the source leaves unnamed («مصدر في الوزارة»): no named denier to weigh. */
  unnamed: z.literal(true).optional(),
});
export type EventClaim = z.infer<typeof EventClaim>;

/**
 * Optional (drafts saved before it keep opening): the event a summary point reports, as the sentences of
 * all sources were grouped. `date` is the event's own date (not the article's), with `approximate` for a
 * month part or a span; actors and places are names as the actors list spells them.
 */
export const PointEvent = z.object({
  date: PartialDate.optional(),
  approximate: z.boolean().optional(),
  /** Optional: for an approximate date, the span it covers, as the timeline entry of the same event has it. */
  range: z.object({ start: z.string(), end: z.string() }).optional(),
  /**
   * Optional, as a timeline entry's: 'inferred' when the year of `date` was taken from another source of the same
   * event (or the selection) than the one that wrote the day; the point and the event's timeline entry say the same.
   */
  dateBasis: Basis.optional(),
  /** Optional, with `dateBasis`: where the year came from. */
  yearFrom: YearSource.optional(),
  actors: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  /** An event dated well before the rest of the story: kept, but ranked after the news. */
  background: z.boolean().optional(),
  /**
   * Optional (drafts saved before it keep opening): the claims the point's sentences attribute about the event, in the
   * order the point cites them; absent when its sentences attribute none (the newsrooms tell it in their own voice).
   */
  claims: z.array(EventClaim).optional(),
});
export type PointEvent = z.infer<typeof PointEvent>;

export const SummaryPoint = z.object({
  ...ItemState,
  text: z.string(),
  sources: z.array(Citation),
  /**
   * Optional: how many independent sources carry the point — copies of one wire story count once. Absent in
   * drafts saved before it.
   */
  independentSources: z.number().int().positive().optional(),
  /**
   * Optional: the point's text is composed from its sources' words rather than one of their sentences as written
   * (a sentence's own development without the clause that tells another event). Every word is a source's, and
   * `sources` still quotes the whole sentences; the exports and the editor mark such a point.
   */
  composed: z.boolean().optional(),
  /**
   * Optional: of a point composed from several sources' partial sentences (one tells the action, another where,
   * another when), each part's words and the cited sentence they come from, the action first. Absent otherwise.
   */
  parts: z.array(Citation.extend({ text: z.string().min(1) })).optional(),
  event: PointEvent.optional(),
  /**
   * Optional: how credible the point's claim is (Admiralty 1–6), suggested from what the sources show, with the
   * analyst's choice once made. Absent in drafts saved before it.
   */
  credibility: ClaimCredibility.optional(),
});
export type SummaryPoint = z.infer<typeof SummaryPoint>;

export const ActorType = z.enum(['person', 'organization', 'place', 'other']);
export type ActorType = z.infer<typeof ActorType>;

export const ActorRole = z.object({ role: z.string(), sourceId: z.string() });
export type ActorRole = z.infer<typeof ActorRole>;

export const MergeProposal = z.object({
  name: z.string(),
  evidence: z.string(),
});
export type MergeProposal = z.infer<typeof MergeProposal>;

export const Actor = z.object({
  ...ItemState,
  name: z.string(),
  type: ActorType,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  rolesBySource: z.array(ActorRole).default([]),
  mentions: z.number().int().nonnegative(),
  sources: z.array(Citation),
  proposedMerges: z.array(MergeProposal).default([]),
});
export type Actor = z.infer<typeof Actor>;

export const TimelineEntry = z.object({
  ...ItemState,
  date: PartialDate,
  /** For approximate dates: the span the expression covers ("late December" → 21st to 31st). */
  range: z.object({ start: z.string(), end: z.string() }).optional(),
  approximate: z.boolean(),
  text: z.string(),
  sources: z.array(Citation),
  /**
   * Optional: the event was announced, not reported done — every source dates it after its own publication
   * («ستجتمع اللجنة الخميس», «بداية من السبت»). Absent when any source reports it as past.
   */
  planned: z.literal(true).optional(),
  /** Optional, as on summary points: independent sources of the entry (copies of one wire story count once). */
  independentSources: z.number().int().positive().optional(),
  /**
   * Optional, as a source's `publishedBasis`: 'inferred' when a citation wrote the day and month without the year and
   * the year was taken from elsewhere (`yearFrom` says where), the reporting article's own publication date included.
   * Absent when the entry's date is as its sources wrote it.
   */
  dateBasis: Basis.optional(),
  /** Optional, with `dateBasis`: where the year came from, so the brief can say it (render/year-basis-words.ts). */
  yearFrom: YearSource.optional(),
  /** Optional, as on summary points: how credible the entry's claim is, suggested and the analyst's choice. */
  credibility: ClaimCredibility.optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const QuestionKind = z.enum(['contradiction', 'unverified', 'denied', 'unknown', 'metadata']);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const OpenQuestion = z.object({
  ...ItemState,
  text: z.string(),
  kind: QuestionKind,
  evidence: z.array(Citation),
  /**
   * Optional: of a denied question, the evidence sentence that asserts what the others deny, when a source other than
   * the denial asserts it. A point citing it is a denied claim. Absent otherwise and in drafts saved before it.
   */
  deniedClaim: Citation.optional(),
  /**
   * Optional: how credible the claim the question is about is — the denied, contradicted or unnamed-sourced claim,
   * or a question the sources leave unanswered —, suggested from the question's kind, and the analyst's choice.
   */
  credibility: ClaimCredibility.optional(),
});
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/**
 * A key judgment (ICD 203's bottom line up front): a statement the analyst writes, its likelihood band and, stated
 * apart, the confidence in it, with the evidence it rests on (citations of the brief's sources).
 */
export const KeyJudgment = z.object({
  ...ItemState,
  text: z.string().min(1),
  band: LikelihoodBand,
  confidence: ConfidenceLevel,
  evidence: z.array(Citation).default([]),
  /**
   * Optional: how credible its evidence makes it (Admiralty 1–6), suggested by the rules a point's credibility follows
   * — its evidence's independent sources, denials, contradictions, hedges — and the analyst's choice.
   */
  credibility: ClaimCredibility.optional(),
});
export type KeyJudgment = z.infer<typeof KeyJudgment>;

/** The sections a template may list; `keyJudgments` prints only when the brief has some. */
export const SectionName = z.enum(['keyJudgments', 'summary', 'actors', 'timeline', 'openQuestions', 'sources']);
export type SectionName = z.infer<typeof SectionName>;

/**
 * A source as the brief lists it: the article's record and, optional, the reliability (Admiralty A–F) the analyst gave
 * its outlet in the workspace. Every citation of the source carries it; an ungraded outlet has none.
 */
export const BriefSource = SourceRecord.extend({ reliability: SourceReliability.optional() });
export type BriefSource = z.infer<typeof BriefSource>;

/**
 * An input file a brief was asked to read and could not: its name as given and why (English, one line). `code`,
 * optional (briefs written before it keep opening): the problem as the import report's code (library/import-report.ts
 * ImportFailure; a plain string here, the model sitting below the library), which the exports say in Arabic.
 */
export const SkippedInput = z.object({ file: z.string(), reason: z.string(), code: z.string().min(1).optional() });
export type SkippedInput = z.infer<typeof SkippedInput>;

/**
 * The Brief: the one document model that the preview, the PDF, the Word file and the editor share.
 * Field names of the top level and of each item are a public contract (see README).
 */
export const Brief = z.object({
  schemaVersion: z.literal(1),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  language: z.literal('ar'),
  author: z.string().default(''),
  topics: z.array(z.string()).default([]),
  marking: z.string().default(''),
  sources: z.array(BriefSource),
  summary: z.array(SummaryPoint),
  actors: z.array(Actor),
  timeline: z.array(TimelineEntry),
  openQuestions: z.array(OpenQuestion),
  /**
   * Optional: ids of selected sources that share no central actor and little vocabulary with the rest. They
   * are kept out of the summary and the timeline (a metadata question names each) until the analyst
   * includes them.
   */
  offTopicSources: z.array(z.string()).optional(),
  /**
   * Optional: ids of selected sources the analyst included although the assembly found them apart from the story:
   * assembled with the rest (summary, timeline), no question names them; a re-assembly keeps them included.
   */
  includedSources: z.array(z.string()).optional(),
  /** Optional: the analyst's key judgments, printed first where the template lists them. */
  keyJudgments: z.array(KeyJudgment).optional(),
  /**
   * Optional: the inputs a brief made straight from files could not read (binary, damaged, empty), each with the
   * problem in one line, so the brief says what it was not made from. Absent when every input was read.
   */
  skippedInputs: z.array(SkippedInput).optional(),
});
export type Brief = z.infer<typeof Brief>;
