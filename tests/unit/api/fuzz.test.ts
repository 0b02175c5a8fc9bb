import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../main/api/handlers/create-api.ts';
import { ErrorCode, contract, type Method, type Response, type Result } from '../../../main/api/contract.ts';
import { METHODS } from '../../../main/api/methods.ts';
import { topicTextProblem } from '../../../main/library/topic-name.ts';

// Every call of the contract, through the dispatch the hosts use (`api.call`, which IPC and the browser host call
// with what they received), given arbitrary and wrong-typed input: the answer is a Result; a failure carries a
// known code other than "internal" and names no temporary folder. Fixed seed, bounded runs: it stays quick and
// gives the same cases on every run.

const SEED = 20261202;
const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
// Calls whose valid requests do real work (reading, cleaning, assembling, rendering) get fewer runs.
const HEAVY = new Set<Method>(['articles:importFiles', 'articles:importText', 'brief:assemble', 'brief:export', 'topics:suggest']);

let dir: string;
let api: AppApi;
const samples: Partial<Record<Method, unknown>> = {};
const tally = { calls: 0, ok: 0, refused: 0, internal: 0 };

async function ok<M extends Method>(method: M, request: unknown): Promise<Response<M>> {
  const result = await api.call(method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Response<M>;
}

/** Strings a careless or hostile caller sends: paths, controls, invisible and invalid text, the very long. */
const nasty = fc.constantFrom('', '.', '..', '../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', '\u0000', 'a\u0000b', '\u202E', '\uD800', '\uDFFFx', 'ـــ', '$(id)', '; rm -rf ~', '%00', 'x'.repeat(10_000), '__proto__', 'constructor');
const wrong = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: nasty },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(-0), fc.constant(Number.NaN), fc.constant(Number.MAX_SAFE_INTEGER + 2)) },
  { weight: 1, arbitrary: fc.array(nasty, { maxLength: 3 }) },
);

/** Every path to a value inside a JSON-like sample (an empty path is the sample itself). */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

/** A copy of `sample` with the value at `where` replaced (or removed, for `undefined`). */
function replaced(sample: unknown, where: (string | number)[], value: unknown): unknown {
  if (where.length === 0) return value;
  const copy: unknown = structuredClone(sample);
  let node = copy as Record<string | number, unknown>;
  for (const key of where.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = where[where.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Wholly arbitrary input, or a valid request with one field made wrong. */
function requests(method: Method): fc.Arbitrary<unknown> {
  const sample = samples[method] ?? {};
  const spots = paths(sample);
  const mutated = fc.tuple(fc.nat(), fc.oneof(wrong, fc.constant(undefined))).map(([i, v]) => replaced(sample, spots[i % spots.length] ?? [], v));
  const any = fc.oneof(wrong, mutated, mutated);
  // articles:import takes paths on this computer (only Mawjaz itself calls it): never hand it a real folder to walk.
  if (method === 'articles:import') return any.filter((r) => !contract['articles:import'].request.safeParse(r).success || JSON.stringify(r).includes(dir));
  return any;
}

function check(method: Method, request: unknown, result: Result<unknown>): void {
  tally.calls++;
  const shown = `${method} ${JSON.stringify(request, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 300) ?? 'undefined'}`;
  expect(typeof result.ok, shown).toBe('boolean');
  expect(JSON.stringify(result), shown).not.toContain('mawjaz-upload-');
  if (result.ok) {
    tally.ok++;
    if (method === 'topics:create' || method === 'topics:rename') expect(topicTextProblem((result.value as { name: string }).name), shown).toBeNull();
    return;
  }
  tally.refused++;
  if (result.error.code === 'internal') tally.internal++;
  expect(ErrorCode.options, shown).toContain(result.error.code);
  expect(result.error.code, `${shown} → ${result.error.message}`).not.toBe('internal');
  expect(result.error.message, shown).not.toContain(dir);
  expect(result.error.message, shown).not.toMatch(/\n|\bat .+:\d+:\d+/);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-fuzz-'));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), now: () => '2025-04-10T09:00:00.000Z' });
  const files = readdirSync(seedsDir).slice(0, 2).map((f) => ({ name: f, base64: readFileSync(path.join(seedsDir, f)).toString('base64') }));
  await ok('articles:importFiles', { files });
  const ids = (await ok('articles:list', {})).items.map((a) => a.id);
  const topic = await ok('topics:create', { name: 'موضوع', keywords: ['الحشد'] });
  const brief = await ok('brief:assemble', { selection: { articleIds: ids.slice(0, 1), topics: [] } });
  await ok('brief:save', { id: 'draft', brief });
  const gazetteer = await ok('gazetteer:add', { name: 'اسم', type: 'person', aliases: ['آخر'] });
  const rules = await ok('actors:correct', { rule: { kind: 'rename', from: 'أ', to: 'ب' } });
  Object.assign(samples, {
    'articles:import': { paths: [path.join(dir, 'nothing-here.txt')] },
    'articles:importFiles': { files: [{ name: 'a.txt', base64: Buffer.from('نص قصير للتجربة فقط.').toString('base64') }] },
    'articles:importText': { name: 'لصق', text: 'نص قصير للتجربة فقط.' },
    'articles:list': { topic: topic.id, outlet: 'x', from: '2025-01-01', to: '2025-12-31', sort: 'published-desc', limit: 10, offset: 0 },
    'articles:get': { id: ids[0] },
    'articles:correct': { id: ids[0], fields: { title: 'عنوان', outlet: null, published: '2025-04' } },
    'articles:search': { query: 'الحشد', limit: 5, prefix: true, topic: topic.id },
    'topics:create': { name: 'موضوع جديد', keywords: ['كلمة'] },
    'topics:rename': { id: topic.id, name: 'اسم آخر' },
    'topics:setKeywords': { id: topic.id, keywords: ['كلمة'] },
    'topics:delete': { id: topic.id + 100 },
    'topics:assign': { id: topic.id, articleIds: ids.slice(0, 1) },
    'topics:unassign': { id: topic.id, articleIds: ids.slice(0, 1) },
    'topics:suggest': { id: topic.id, limit: 3 },
    'brief:assemble': { selection: { articleIds: ids.slice(0, 1), topics: [] }, title: 'عنوان' },
    'brief:get': { id: 'draft' },
    'brief:save': { id: 'draft', brief },
    'brief:delete': { id: 'other' },
    'brief:export': { brief, format: 'docx', template: 'standard' },
    'files:open': { path: path.join(dir, 'exports', 'x.pdf') },
    'actors:correct': { rule: { kind: 'merge', into: 'أ', from: ['ب'] } },
    'actors:uncorrect': { id: rules.rules[0]?.id ?? 1 },
    'gazetteer:add': { name: 'اسم ثان', type: 'organization', aliases: [] },
    'gazetteer:delete': { id: (gazetteer.entries[0]?.id ?? 1) + 100 },
  });
}, 120_000);

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the API under arbitrary input', () => {
  for (const method of METHODS) {
    it(`${method}: answers a Result, never an internal error or a temporary path`, async () => {
      await fc.assert(
        fc.asyncProperty(requests(method), async (request) => check(method, request, await api.call(method, request))),
        { seed: SEED, numRuns: HEAVY.has(method) ? 10 : 40, endOnFailure: true },
      );
    }, 120_000);
  }

  it('was given a fair share of both answers', () => {
    // The figures for the note: how many calls, how many answered, how many refused.
    console.info(`API fuzz: ${String(tally.calls)} calls, ${String(tally.ok)} answered, ${String(tally.refused)} refused, ${String(tally.internal)} internal errors`);
    expect(tally.calls).toBeGreaterThan(1_000);
    expect(tally.ok).toBeGreaterThan(50);
    expect(tally.refused).toBeGreaterThan(500);
  });
});
