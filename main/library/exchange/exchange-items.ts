import { z } from 'zod';
import type { ActorCorrectionRule } from '../../model/actor-corrections.ts';
import type { SourceReliability } from '../../model/grading.ts';
import { matchKey } from '../../text/arabic/index.ts';
import type { ArticleCopy } from '../article-copy.ts';
import type { GazetteerInput } from '../gazetteer.ts';
import type { ExchangeKind } from '../library-origins.ts';
import { outletKey } from '../../ingest/metadata/outlet-key.ts';
import { TeamLibraryError } from '../postgres/library-error.ts';
import type { Store } from '../store.ts';
import { WorkspaceError } from '../workspace-error.ts';
import { fingerprint } from './fingerprint.ts';

/**
 * The items an exchange compares, read from either store alike: each with a key both stores share (an article's or
 * a brief's id, a topic's or outlet's matching key, a rule's content), a label for the report, its content's
 * fingerprint and its stamp — the fingerprint, except a team library's brief, stamped with its version, since the
 * library's versions (not its content) decide whether a local edit was made from the newest.
 */

export type Payload =
  | { kind: 'article'; copy: ArticleCopy }
  | { kind: 'topic'; id: number; name: string; keywords: string[]; members: string[] }
  | { kind: 'actor-correction'; rule: ActorCorrectionRule }
  | { kind: 'gazetteer'; entry: GazetteerInput }
  | { kind: 'outlet-grade'; outlet: string; grade: SourceReliability }
  | { kind: 'brief'; id: string; title: string; json: unknown; version: number | null };

export interface Item {
  kind: ExchangeKind;
  key: string;
  label: string;
  stamp: string;
  fingerprint: string;
  payload: Payload;
}

/** An item that could not be read: it names itself, and the exchange goes on without it. */
export interface Damaged {
  kind: ExchangeKind;
  key: string;
  reason: string;
}

export type ItemMap = Map<string, Item>;

export function itemId(kind: ExchangeKind, key: string): string {
  return `${kind}\u0000${key}`;
}

function put(map: ItemMap, item: Item): void {
  map.set(itemId(item.kind, item.key), item);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function articleItem(copy: ArticleCopy): Item {
  const fp = fingerprint({ corrections: copy.corrections, lines: copy.lines });
  return { kind: 'article', key: copy.record.id, label: copy.record.title ?? copy.record.file, stamp: fp, fingerprint: fp, payload: { kind: 'article', copy } };
}

/** A brief's stamp in a team library: its version; a workspace file's brief has none, and is stamped by its content. */
export function briefStamp(version: number | null, fp: string): string {
  return version === null ? fp : `v${String(version)}`;
}

const BriefTopics = z.object({ topics: z.array(z.string()) });

/** The topic names a brief was assembled for (Brief.topics), or none when its content does not say. */
function briefTopics(json: unknown): string[] {
  const parsed = BriefTopics.safeParse(json);
  return parsed.success ? parsed.data.topics : [];
}

/** What to read: the articles, topics and briefs of the named topics (all when null), and everything else desk-wide. */
export interface Scope {
  topics: readonly string[] | null;
}

/** `listed`: the ids come from the store's own listing, so one missing now was deleted meanwhile, and is said so. */
async function readArticles(store: Store, ids: Iterable<string>, into: ItemMap, damaged: Damaged[], listed: boolean): Promise<void> {
  for (const id of ids) {
    try {
      const copy = await store.articleCopy(id);
      if (copy !== null) put(into, articleItem(copy));
      else if (listed) damaged.push({ kind: 'article', key: id, reason: 'deleted while the exchange was reading it' });
    } catch (e) {
      if (isUnreachable(e)) throw e;
      damaged.push({ kind: 'article', key: id, reason: message(e) });
    }
  }
}

/** An error that means the store itself cannot be used (the server went away): the exchange stops, it does not skip. */
export function isUnreachable(e: unknown): boolean {
  return e instanceof TeamLibraryError || e instanceof WorkspaceError;
}

/** How many article summaries a listing reads at a time: a library of 100,000 is never listed whole. */
export const LIST_PAGE = 1000;

/** The ids of the store's articles (of a topic, if given), in import order, read `page` summaries at a time. */
async function articleIdsOf(store: Store, topic: number | undefined, page: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += page) {
    const summaries = await store.listArticles({ ...(topic === undefined ? {} : { topic }), sort: 'imported-asc', limit: page, offset });
    for (const a of summaries) ids.push(a.id);
    if (summaries.length < page) return ids;
  }
}

/**
 * The source side: everything the scope names but the articles' contents, read before any write; the articles by id
 * only, in the store's order, listed `page` at a time, for the exchange to read a batch at a time (readArticleBatch).
 */
export async function readSource(store: Store, scope: Scope, page = LIST_PAGE): Promise<{ items: ItemMap; articleIds: string[]; damaged: Damaged[]; unknownTopics: string[] }> {
  const items: ItemMap = new Map();
  const damaged: Damaged[] = [];
  const allTopics = await store.listTopics();
  const wanted = scope.topics === null ? null : new Set(scope.topics.map(matchKey));
  const topics = wanted === null ? allTopics : allTopics.filter((t) => wanted.has(matchKey(t.name)));
  const found = new Set(topics.map((t) => matchKey(t.name)));
  const unknownTopics = scope.topics === null ? [] : scope.topics.filter((t) => !found.has(matchKey(t)));
  const articleIds = new Set<string>();
  for (const t of topics) {
    const members = (await articleIdsOf(store, t.id, page)).sort();
    for (const id of members) articleIds.add(id);
    const fp = fingerprint([...t.keywords].sort());
    put(items, { kind: 'topic', key: matchKey(t.name), label: t.name, stamp: fp, fingerprint: fp, payload: { kind: 'topic', id: t.id, name: t.name, keywords: t.keywords, members } });
  }
  if (wanted === null) for (const id of await articleIdsOf(store, undefined, page)) articleIds.add(id);
  await readDeskWide(store, items);
  for (const b of await store.listBriefs()) {
    const brief = await store.getBrief(b.id);
    if (brief === null) continue;
    if (wanted !== null && !briefTopics(brief.json).some((t) => wanted.has(matchKey(t)))) continue;
    put(items, briefItem(brief.id, brief.title, brief.json, brief.version ?? null));
  }
  return { items, articleIds: [...articleIds], damaged, unknownTopics };
}

/**
 * One batch of the source's articles, whole (text, corrections, story lines): `listed` ids come from the store's own
 * listing, so one missing now was deleted meanwhile, and is said so.
 */
export async function readArticleBatch(store: Store, ids: readonly string[], listed: boolean): Promise<{ items: ItemMap; damaged: Damaged[] }> {
  const items: ItemMap = new Map();
  const damaged: Damaged[] = [];
  await readArticles(store, ids, items, damaged, listed);
  return { items, damaged };
}

export function briefItem(id: string, title: string, json: unknown, version: number | null): Item {
  const fp = fingerprint({ title, json });
  return { kind: 'brief', key: id, label: title, stamp: briefStamp(version, fp), fingerprint: fp, payload: { kind: 'brief', id, title, json, version } };
}

/** The actor corrections, gazetteer entries and outlet grades: the desk's, whatever the topics. */
async function readDeskWide(store: Store, items: ItemMap): Promise<void> {
  for (const c of await store.listActorCorrections()) {
    const fp = fingerprint(c.rule);
    put(items, { kind: 'actor-correction', key: fp, label: JSON.stringify(c.rule), stamp: fp, fingerprint: fp, payload: { kind: 'actor-correction', rule: c.rule } });
  }
  for (const g of await store.listGazetteerEntries()) {
    const fp = fingerprint({ name: g.name, aliases: [...g.aliases].sort() });
    const entry = { name: g.name, type: g.type, aliases: g.aliases };
    put(items, { kind: 'gazetteer', key: `${g.type}:${matchKey(g.name)}`, label: g.name, stamp: fp, fingerprint: fp, payload: { kind: 'gazetteer', entry } });
  }
  for (const o of await store.listOutletGrades()) {
    const fp = fingerprint(o.grade);
    put(items, { kind: 'outlet-grade', key: outletKey(o.outlet), label: o.outlet, stamp: fp, fingerprint: fp, payload: { kind: 'outlet-grade', outlet: o.outlet, grade: o.grade } });
  }
}

/** The target side: what it holds of the source's items (articles and briefs by the source's keys, the rest whole). */
export async function readTarget(store: Store, source: ItemMap): Promise<{ items: ItemMap; damaged: Damaged[] }> {
  const items: ItemMap = new Map();
  const damaged: Damaged[] = [];
  const wanted = [...source.values()];
  const kinds = new Set(wanted.map((i) => i.kind));
  await readArticles(store, wanted.filter((i) => i.kind === 'article').map((i) => i.key), items, damaged, false);
  // A batch of articles alone needs nothing else of the target.
  if ([...kinds].every((k) => k === 'article')) return { items, damaged };
  for (const t of await store.listTopics()) {
    const fp = fingerprint([...t.keywords].sort());
    put(items, { kind: 'topic', key: matchKey(t.name), label: t.name, stamp: fp, fingerprint: fp, payload: { kind: 'topic', id: t.id, name: t.name, keywords: t.keywords, members: [] } });
  }
  await readDeskWide(store, items);
  for (const i of wanted.filter((x) => x.kind === 'brief')) {
    const brief = await store.getBrief(i.key);
    if (brief !== null) put(items, briefItem(brief.id, brief.title, brief.json, brief.version ?? null));
  }
  return { items, damaged };
}
