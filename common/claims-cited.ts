import type { Citation, PointEvent } from '../main/model/brief.ts';

/**
 * A point's event with only the claims read from sentences the point still cites (the brief's promise: a claim quotes
 * a sentence its point cites), `claims` left out when none is. A quote the analyst removed as unreliable is no longer
 * credited, whether removed in the editor (renderer/app/citation-edit.ts) or kept out by a re-assembly
 * (main/briefing/merge-reassembly.ts): one rule for both.
 */
export function claimsCited(event: PointEvent, quotes: readonly Citation[]): PointEvent {
  if (!event.claims) return event;
  const kept = event.claims.filter((c) => quotes.some((q) => q.sourceId === c.sourceId && q.quote === c.quote));
  if (kept.length === event.claims.length) return event;
  const { claims: _dropped, ...rest } = event;
  return kept.length > 0 ? { ...rest, claims: kept } : rest;
}
