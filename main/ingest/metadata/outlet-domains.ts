import type { KnownOutlet } from './known-outlets.ts';

/** One domain of the list, in the list's order (outlet by outlet, each outlet's domains in turn). */
interface DomainEntry {
  domain: string;
  outlet: KnownOutlet;
  order: number;
}

/**
 * The list's domains indexed by their first two code units, so that a text is asked only about the domains that start
 * at one of its places: one lookup a place, where asking every domain of the list (600) was an indexOf each over every
 * URL and file name a page gives. Domains of one code unit are kept apart and asked of every text.
 */
export interface DomainIndex {
  byOpening: ReadonlyMap<number, readonly DomainEntry[]>;
  short: readonly DomainEntry[];
}

export function indexDomains(outlets: readonly KnownOutlet[]): DomainIndex {
  const byOpening = new Map<number, DomainEntry[]>();
  const short: DomainEntry[] = [];
  let order = 0;
  for (const outlet of outlets) {
    for (const domain of outlet.domains) {
      const entry = { domain, outlet, order: order++ };
      if (domain.length < 2) short.push(entry);
      else {
        const opening = (domain.charCodeAt(0) << 16) | domain.charCodeAt(1);
        const known = byOpening.get(opening);
        if (known === undefined) byOpening.set(opening, [entry]);
        else known.push(entry);
      }
    }
  }
  return { byOpening, short };
}

const HOST_UNIT = /[a-z0-9-]/;
const HOST_END = /[a-z0-9]/;

/**
 * Whether the domain's first place in `lower` stands as a host there: «art.com» is not «rt.com», so it starts after a
 * dot, a slash or the edge (a file name may go on with «-»). Only the first place counts, as an indexOf asks.
 */
function standsAt(lower: string, at: number, domain: string): boolean {
  const before = lower[at - 1];
  const after = lower[at + domain.length];
  return !(before !== undefined && HOST_UNIT.test(before)) && !(after !== undefined && HOST_END.test(after));
}

/**
 * The outlet of the longest domain that stands as a host in `lower` (a lower-cased URL, host or file name), the
 * list's first on a tie; each domain judged at its first place in the text. Null when none does.
 */
export function outletOfDomainIn(lower: string, index: DomainIndex): KnownOutlet | null {
  let best: DomainEntry | null = null;
  const better = (entry: DomainEntry): void => {
    if (best === null || entry.domain.length > best.domain.length || (entry.domain.length === best.domain.length && entry.order < best.order)) best = entry;
  };
  for (const entry of index.short) {
    const at = lower.indexOf(entry.domain);
    if (at >= 0 && standsAt(lower, at, entry.domain)) better(entry);
  }
  // Places are visited left to right, so the first place a domain is seen at is its first in the text.
  const seen = new Set<DomainEntry>();
  for (let at = 0; at + 1 < lower.length; at++) {
    const entries = index.byOpening.get((lower.charCodeAt(at) << 16) | lower.charCodeAt(at + 1));
    if (entries === undefined) continue;
    for (const entry of entries) {
      if (seen.has(entry) || !lower.startsWith(entry.domain, at)) continue;
      seen.add(entry);
      if (standsAt(lower, at, entry.domain)) better(entry);
    }
  }
  return (best as DomainEntry | null)?.outlet ?? null;
}
