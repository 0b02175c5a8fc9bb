import { z } from 'zod';
import { ActorType } from './brief.ts';

/**
 * The analyst's corrections to the actor list, one rule each: stored by the library, carried by the API and replayed
 * by the actor analysis on every assembly, oldest first. This file is their only definition.
 * Actors are named as the brief shows them (name or alias); the analysis compares names by matching key.
 */
const Name = z.string().min(1);

/** `from`'s actors become part of `into`. */
export const ActorMerge = z.object({ kind: z.literal('merge'), into: Name, from: z.array(Name).min(1) });
/** The mentions written `alias` leave `name` and become an actor of their own. */
export const ActorSplit = z.object({ kind: z.literal('split'), name: Name, alias: Name });
/** The actor shown as `from` is shown as `to`. */
export const ActorRename = z.object({ kind: z.literal('rename'), from: Name, to: Name });
export const ActorTypeChange = z.object({ kind: z.literal('type'), name: Name, type: ActorType });
/** `a` and `b` are never proposed for a merge again. */
export const RejectedMerge = z.object({ kind: z.literal('reject-merge'), a: Name, b: Name });

export const ActorCorrectionRule = z.discriminatedUnion('kind', [ActorMerge, ActorSplit, ActorRename, ActorTypeChange, RejectedMerge]);
export type ActorCorrectionRule = z.infer<typeof ActorCorrectionRule>;
export type ActorCorrectionKind = ActorCorrectionRule['kind'];

/** A rule as the workspace keeps it: its id (to delete it by) and when it was made. */
export const ActorCorrection = z.object({ id: z.number().int(), rule: ActorCorrectionRule, createdAt: z.string() });
export type ActorCorrection = z.infer<typeof ActorCorrection>;
