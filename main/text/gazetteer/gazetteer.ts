import { z } from 'zod';
import { ActorType } from '../../model/brief.ts';
import { carriesMarksOf, normalise, wordKeys } from '../arabic/index.ts';
import { nameKey } from './name-key.ts';
import placesData from './places.json' with { type: 'json' };
import organizationsData from './organizations.json' with { type: 'json' };
import outletsData from './outlets.json' with { type: 'json' };

/**
 * One gazetteer entry: a place, organisation or outlet known by name. Analysts add entries of the same
 * shape (ActorCorrections.gazetteer), so the schema is the contract for both shipped and added data.
 */
export const GazetteerEntry = z.object({
  name: z.string().min(1),
  type: ActorType,
  aliases: z.array(z.string().min(1)).default([]),
  /** Masculine singular nationality adjectives («سوري»): the inflected and definite forms are derived. */
  nisba: z.array(z.string().min(1)).default([]),
  kind: z.string().optional(),
  /** A news outlet or agency: named as the source of a report it is not an actor of the story. */
  outlet: z.boolean().default(false),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;
export type GazetteerEntryInput = z.input<typeof GazetteerEntry>;

const PlaceData = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), nisba: z.array(z.string()).default([]), kind: z.string(), country: z.string().optional() });
const OrganizationData = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), kind: z.string() });
// The shape H2's outlet list uses (main/ingest/metadata/known-outlets.ts); only name and aliases matter here.
const OutletData = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), domains: z.array(z.string()).default([]), kind: z.string() });

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /**
   * Name key (see nameKey) of every name and alias → the entries known by it, analyst additions first,
   * then places, organisations and outlets («الشرق الأوسط» is a region and a newspaper).
   */
  readonly byKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** The key of each name's first word, for clitic-aware lookup of the word that carries the clitics. */
  readonly firstWords: ReadonlySet<string>;
  /** The most words any name has. */
  readonly maxWords: number;
  /** Every inflected nationality adjective key («السوريين», «سوريه») → its state. */
  readonly nisba: ReadonlyMap<string, GazetteerEntry>;
}

// Singular, feminine, sound plurals and the dual; each with and without the article.
const NISBA_ENDINGS = ['', 'ه', 'ون', 'ين', 'ات', 'تان', 'تين'];

function nisbaForms(base: string): string[] {
  const key = normalise(base);
  return NISBA_ENDINGS.flatMap((e) => [key + e, 'ال' + key + e]);
}

function shippedEntries(): GazetteerEntry[] {
  const places = PlaceData.array().parse(placesData).map((p) =>
    GazetteerEntry.parse({ name: p.name, type: 'place', aliases: p.aliases, nisba: p.nisba, kind: p.kind }),
  );
  const orgs = OrganizationData.array().parse(organizationsData).map((o) =>
    GazetteerEntry.parse({ name: o.name, type: 'organization', aliases: o.aliases, kind: o.kind }),
  );
  const outlets = OutletData.array().parse(outletsData).map((o) =>
    GazetteerEntry.parse({ name: o.name, type: 'organization', aliases: o.aliases, kind: o.kind, outlet: true }),
  );
  return [...places, ...orgs, ...outlets];
}

// Parsed on first use and kept for the process: a process that never assembles (listing, searching) never parses it.
let shipped: { entries: readonly GazetteerEntry[]; set: ReadonlySet<GazetteerEntry> } | null = null;

function shippedGazetteer(): { entries: readonly GazetteerEntry[]; set: ReadonlySet<GazetteerEntry> } {
  if (shipped === null) {
    const entries = shippedEntries();
    shipped = { entries, set: new Set(entries) };
  }
  return shipped;
}

/** Whether an entry is one the project ships (not one the analyst added, which always wins). */
export function isShippedEntry(entry: GazetteerEntry): boolean {
  return shippedGazetteer().set.has(entry);
}

/**
 * The gazetteer: shipped places, organisations and outlets, plus the analyst's additions, which win
 * over shipped entries that share a name (an analyst correcting a type, say).
 */
export function loadGazetteer(extra: readonly GazetteerEntryInput[] = []): Gazetteer {
  const added = extra.map((e) => GazetteerEntry.parse(e));
  return indexEntries([...added, ...shippedGazetteer().entries]);
}

/** Whether two entries' names are written with marks that tell them apart (carriesMarksOf: neither carries the other's). */
function markedApart(a: GazetteerEntry, b: GazetteerEntry): boolean {
  return /\p{Mn}/u.test(a.name + b.name) && !carriesMarksOf(a.name, b.name) && !carriesMarksOf(b.name, a.name) && a.name !== b.name;
}

/**
 * A gazetteer of the given entries alone, earlier entries winning a name over later ones of the same type: the
 * shipped one (loadGazetteer), or a list a pass reads apart from it (headless-bodies.ts).
 */
export function indexEntries(entries: readonly GazetteerEntry[]): Gazetteer {
  const byKey = new Map<string, GazetteerEntry[]>();
  const firstWords = new Set<string>();
  const nisba = new Map<string, GazetteerEntry>();
  let maxWords = 1;
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.aliases]) {
      const key = nameKey(form);
      if (key.length === 0) continue;
      const known = byKey.get(key) ?? [];
      // An analyst's entry with the same name and type replaces the shipped one. Two names the key folds together but
      // their marks tell apart («عُمان», «عمّان») are both kept, the first the name's reading when no mark is written.
      if (known.some((e) => e.type === entry.type && e.outlet === entry.outlet && !markedApart(e, entry))) continue;
      known.push(entry);
      byKey.set(key, known);
      const words = wordKeys(form);
      if (words[0] !== undefined) firstWords.add(words[0]);
      maxWords = Math.max(maxWords, words.length);
    }
    for (const base of entry.nisba) {
      for (const form of nisbaForms(base)) if (!nisba.has(form)) nisba.set(form, entry);
    }
  }
  return { entries, byKey, firstWords, maxWords, nisba };
}
