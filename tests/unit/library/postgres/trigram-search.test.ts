import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerType } from '../../../../main/library/gazetteer.ts';
import type { NameMatch } from '../../../../main/library/name-trigrams.ts';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';
import { openTeamLibrary, type TeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import type { Store } from '../../../../main/library/store.ts';
import { postgresMissing } from '../../../helpers/pg-cluster.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { paragraphs, tempDir } from '../helpers.ts';
import { seedArticles } from './corpus.ts';

// Names by any close spelling: the local store measures pg_trgm's similarity itself (name-trigrams.ts), the team
// library asks the server through the trigram indexes. On the project's own gazetteer (427 organisations and places)
// and 20 misspelt names, both give the same entries in the same order with the same similarity (to 0.001, the
// server's single precision) — in a database whose LC_CTYPE knows Arabic letters (the server's ranking) and in one
// created with LC_CTYPE C, where pg_trgm sees no Arabic word and the library ranks the listed names itself.
//
// Near-duplicates are linked in both stores by MinHash over word shingles, confirmed by their exact Jaccard
// (near-duplicates.ts, postgres/near-duplicates.ts), so the two link the same articles (team-library.test.ts). Here
// pg_trgm's character trigrams, asked through a GIN index on the bodies, are shown to agree with those links on the
// seeds and three republications: each republication's most similar other article is its original, within 0.05 of the
// shingle Jaccard. The index is not kept in the schema: on 211 short articles it was 1.5 times the size of their text,
// and pairing every article by `%` took 9.8 s on the shared machine (the commit says more).

const GAZETTEER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../main/text/gazetteer');
const NOW = new Date(Date.UTC(2025, 3, 10, 12));
const clock = (): Date => NOW;

interface Named {
  name: string;
  aliases: string[];
}

function listed(file: string): Named[] {
  return (JSON.parse(fs.readFileSync(path.join(GAZETTEER, file), 'utf8')) as Named[]).map((e) => ({ name: e.name, aliases: e.aliases }));
}

/** A name as a hurried analyst types it: one letter in the middle left out, a hamza and a ta marbuta as plain letters. */
function misspelt(name: string): string {
  const at = Math.floor(name.length / 2);
  return (name.slice(0, at) + name.slice(at + 1)).replace(/[أإ]/gu, 'ا').replace(/ة/gu, 'ه');
}

const ids = <T extends { id: number }>(ms: NameMatch<T>[]): [number, number][] => ms.map((m) => [m.item.id, m.similarity]);

describe('names by close spelling and near-duplicates by trigrams, in the local store and the team library', () => {
  const cluster = useCluster();
  const places = listed('places.json');
  const organizations = listed('organizations.json');
  // Names long enough that one letter left out still leaves a name (from «الكويت» only «وت» would be left).
  const long = (list: Named[]): Named[] => list.filter((e) => e.name.length >= 7);
  const queries = [...long(places).filter((_, i) => i % 12 === 0), ...long(organizations).filter((_, i) => i % 10 === 0)].map((e) => misspelt(e.name)).slice(0, 20);
  let local: Store;
  const libs: { ctype: string; lib: TeamLibrary }[] = [];

  async function fill(s: Store): Promise<void> {
    const add = async (list: Named[], type: GazetteerType): Promise<void> => {
      for (const e of list) await s.upsertGazetteerEntry({ name: e.name, type, aliases: e.aliases });
    };
    await add(places, 'place');
    await add(organizations, 'organization');
    for (const e of organizations.slice(0, 40)) await s.createTopic(e.name, []);
  }

  beforeAll(async () => {
    if (postgresMissing() !== null) return;
    local = openWorkspace(path.join(tempDir(), 'w.mawjaz'), { now: clock });
    await fill(local);
    const admin = new pg.Client({ connectionString: cluster().url('postgres') });
    await admin.connect();
    try {
      for (const ctype of ['C.UTF-8', 'C']) {
        const db = `names_${ctype.replace(/\W/gu, '').toLowerCase()}`;
        await admin.query(`CREATE DATABASE ${db} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE '${ctype}'`);
        const lib = await openTeamLibrary(cluster().url(db), { now: clock, analyst: 'test' });
        await fill(lib);
        libs.push({ ctype, lib });
      }
    } finally {
      await admin.end();
    }
  });

  afterAll(async () => {
    for (const { lib } of libs) await lib.close();
    await local?.close();
  });

  it('finds the same gazetteer entries and topics, in the same order, with the same similarity, for 20 misspelt names', async () => {
    expect(queries).toHaveLength(20);
    for (const { ctype, lib } of libs) {
      let found = 0;
      for (const q of queries) {
        const mine = await local.searchGazetteer(q);
        found += mine.length;
        expect(mine.length, q).toBeGreaterThan(0);
        const theirs = await lib.searchGazetteer(q);
        expect(theirs.map((m) => m.item), `${ctype}: ${q}`).toEqual(mine.map((m) => m.item));
        theirs.forEach((m, i) => expect(Math.abs(m.similarity - (mine[i]?.similarity ?? NaN)), `${ctype}: ${q}`).toBeLessThanOrEqual(0.001));
        expect(ids(await lib.searchGazetteer(q, 'place', 5)), `${ctype}: ${q}`).toEqual(ids(await local.searchGazetteer(q, 'place', 5)));
        expect(ids(await lib.searchTopics(q)), `${ctype}: ${q}`).toEqual(ids(await local.searchTopics(q)));
      }
      expect(found).toBeGreaterThan(20);
    }
    // Spelling folded on the way in: hamza, ta marbuta and the article make no difference to the best match.
    expect((await local.searchGazetteer('الامم المتحده'))[0]?.item.name).toBe('الأمم المتحدة');
    expect(await local.searchGazetteer('زززز')).toEqual([]);
  });

  it('finds through a trigram index on the bodies the originals MinHash links each republication to', async () => {
    const seeds = await seedArticles();
    const republished = seeds.slice(0, 3).map((a, n) => ({ ...a, id: `${a.id}-re${String(n)}`, file: `re-${String(n)}-${a.file}`, body: paragraphs(a.body).slice(1, -1).join('\n\n') }));
    const lib = await openTeamLibrary(cluster().url('names_cutf8'), { now: clock, analyst: 'test' });
    const client = new pg.Client({ connectionString: cluster().url('names_cutf8') });
    await client.connect();
    try {
      for (const a of [...seeds, ...republished]) {
        await local.addArticle(a, NOW);
        await lib.addArticle(a, NOW);
      }
      await client.query('CREATE INDEX articles_body_trgm ON articles USING gin (body gin_trgm_ops)');
      await client.query('SET pg_trgm.similarity_threshold = 0.5');
      for (const r of republished) {
        const original = r.id.replace(/-re\d$/u, '');
        const [link] = await local.nearDuplicatesOf(original);
        expect(link?.id).toBe(r.id);
        expect(await lib.nearDuplicatesOf(original)).toEqual([link]);
        const { rows } = await client.query<{ id: string; s: number }>(
          `SELECT a.id, similarity(a.body, r.body) AS s FROM articles a, articles r WHERE r.id = $1 AND a.id <> r.id AND a.body % r.body ORDER BY s DESC`,
          [r.id],
        );
        expect(rows[0]?.id, r.id).toBe(original);
        expect(Math.abs((rows[0]?.s ?? 0) - (link?.similarity ?? 1)), r.id).toBeLessThanOrEqual(0.05);
        expect(rows.length, r.id).toBe(1);
      }
    } finally {
      await client.end();
      await lib.close();
    }
  });

  it('answers from the trigram indexes where the server can read Arabic words', async () => {
    const client = new pg.Client({ connectionString: cluster().url('names_cutf8') });
    await client.connect();
    try {
      // The tables are small enough that the planner would rightly scan them: forbidding the scan shows the index can answer.
      await client.query('SET enable_seqscan = off');
      const plan = async (sql: string): Promise<string> => (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, ['بغداد'])).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(await plan(`SELECT id FROM gazetteer_entries WHERE name_key % $1 ORDER BY similarity(name_key, $1) DESC, id`)).toContain('gazetteer_name_trgm');
      expect(await plan(`SELECT id FROM topics WHERE name_key % $1`)).toContain('topics_name_trgm');
      expect((await client.query<{ ok: boolean }>(`SELECT cardinality(show_trgm('اب')) > 0 AS ok`)).rows[0]?.ok).toBe(true);
    } finally {
      await client.end();
    }
  });
});
