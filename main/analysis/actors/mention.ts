import type { ActorType } from '../../model/brief.ts';
import type { Sentence } from '../../text/arabic/index.ts';
import type { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';

/** One mention of an actor in one sentence of one article. */
export interface Mention {
  type: ActorType;
  /** The name key of the name as written (see nameKey). */
  key: string;
  /** The name as written, without the proclitics written onto it. */
  surface: string;
  /** Other names given to the same actor in the same breath («وكالة الأنباء السورية "سانا"»). */
  alsoCalled: string[];
  entry: GazetteerEntry | null;
  /** The role stated here («الرئيس السوري»), as written. */
  roles: string[];
  /** A title with no name («الرئيس السوري قال …»): bound later to the person holding that role. */
  roleOnly: boolean;
  /** A person's name found after a cue without a given name to show it is one: kept only if confirmed (name-evidence.ts). */
  weak: boolean;
  /** A one-word person name (a surname): resolved against the full names later. */
  single: boolean;
  /** Proposed by the trained tagger (not by a rule's cue): a one-word person so found is an actor of its own. */
  tagged: boolean;
  /** A news outlet or agency, and whether it is named here as the source of a report. */
  outlet: boolean;
  attribution: boolean;
  sourceId: string;
  sentence: Sentence;
  /** Offsets of the mention in the article body (the proclitics written onto its first word included). */
  start: number;
  end: number;
}
