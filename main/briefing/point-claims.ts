import type { Actor, EventClaim, SummaryPoint } from '../model/brief.ts';
import { sentenceClaim } from '../analysis/questions/sentence-claim.ts';
import { citationKey } from '../model/citation-key.ts';
import { tokenise } from '../text/arabic/index.ts';

/**
 * Summary points whose event carries the claims its sentences attribute (issue 14: "an event carries … the claims
 * about it"): each cited sentence that puts what it tells in someone's mouth, named, denying or unnamed, in the
 * order the point cites them. The speaker is named as the actors list names it when an actor citing that sentence is
 * named, or holds the office named, in the speaker's words. Points without an event are returned unchanged.
 */
export function withEventClaims(points: readonly SummaryPoint[], actors: readonly Actor[]): SummaryPoint[] {
  const citing = actorsBySentence(points, actors);
  return points.map((p) => {
    if (!p.event) return p;
    const claims = p.sources.flatMap((c): EventClaim[] => {
      const claim = sentenceClaim(c.quote);
      if (!claim) return [];
      // An unnamed mouth is no actor, even when its words name the body it is in («مصدر في وزارة الداخلية»).
      const speaker = claim.speaker && !claim.unnamed ? actorNamed(claim.speaker, c.quote, citing.get(citationKey(c)) ?? []) : null;
      const unnamed = claim.unnamed && claim.stance === 'denies';
      return [{ sourceId: c.sourceId, quote: c.quote, stance: claim.stance, ...(speaker ? { speaker } : {}), ...(claim.speaker ? { speakerWords: claim.speaker } : {}), ...(unnamed ? { unnamed: true as const } : {}) }];
    });
    return claims.length > 0 ? { ...p, event: { ...p.event, claims } } : p;
  });
}

/** The actors citing each of the points' sentences, by citation key; only those sentences are indexed. */
function actorsBySentence(points: readonly SummaryPoint[], actors: readonly Actor[]): Map<string, Actor[]> {
  const wanted = new Set(points.flatMap((p) => p.sources.map(citationKey)));
  const out = new Map<string, Actor[]>();
  for (const actor of actors) {
    for (const c of actor.sources) {
      const key = citationKey(c);
      if (!wanted.has(key)) continue;
      const list = out.get(key) ?? [];
      if (!list.includes(actor)) list.push(actor);
      out.set(key, list);
    }
  }
  return out;
}

// A role of one word («رئيس»، «وزير») names an office too loosely to tell whose it is.
const MIN_ROLE_WORDS = 2;

const keysOf = (text: string): string[] => tokenise(text).map((t) => t.key);

/** Where `needle`'s keys stand as a run in `hay`, or -1. */
function runAt(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((k, j) => hay[i + j] === k)) return i;
  return -1;
}

/**
 * The actor the speaker's words name: a person of the sentence's actors named right after them, in apposition; else one
 * whose name, an alias or a role stands in them («المتحدث باسم الجيش اللبناني» → «الجيش اللبناني»; «وزير الخارجية» →
 * the minister the sentence names). The earliest
 * in the words wins, then the longest, then the name in code-unit order, so the choice is the same on every machine.
 */
function actorNamed(words: string, quote: string, actors: readonly Actor[]): string | null {
  const hay = keysOf(words);
  // The words right after the speaker's: a person named in apposition to the office («الكاتب العام للجامعة، منصف الدريدي»).
  const next = keysOf(quote.slice(quote.indexOf(words) + words.length));
  let best: { name: string; at: number; length: number } | null = null;
  for (const actor of actors) {
    const named = [actor.name, ...actor.aliases].map(keysOf);
    if (actor.type === 'person' && named.some((n) => runAt(next, n) === 0)) return actor.name;
    const roles = actor.roles.map(keysOf).filter((r) => r.length >= MIN_ROLE_WORDS);
    for (const needle of named.concat(roles)) {
      const at = runAt(hay, needle);
      if (at < 0) continue;
      const better = !best || at < best.at || (at === best.at && (needle.length > best.length || (needle.length === best.length && actor.name < best.name)));
      if (better) best = { name: actor.name, at, length: needle.length };
    }
  }
  return best?.name ?? null;
}
