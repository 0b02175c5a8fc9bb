// The nouns that put a place's name after them («مدينة طرابلس», «محافظة البصرة»): the actors pass and the event
// places read a place after them (analysis/words/lexicon.ts re-exports them), the outlet chooser a place phrase that
// is where a story happened, not who printed it (ingest/outlet/outlet-candidates.ts).
import { normalise } from '../arabic/index.ts';

/** Place cues, as normalised keys. */
export const PLACE_CUES: ReadonlySet<string> = new Set('مدينة محافظة بلدة قرية منطقة ولاية إقليم حي ناحية قضاء مدينتي العاصمة'.split(/\s+/u).map(normalise));
