import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Actor, Brief, SummaryPoint } from '../../../main/model/brief.ts';
import { withEventClaims } from '../../../main/briefing/point-claims.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// One event (a border crossing closed) told by four sources: a minister's statement, a ministry's denial, an unnamed
// security source, and a newsroom telling it in its own voice.
const NAMED = 'وقال وزير الداخلية سامي الخطيب إن قوات الأمن أغلقت المعبر الحدودي صباح الثلاثاء.';
const DENIAL = 'ونفت وزارة الخارجية أن يكون المعبر قد أغلق أمام المسافرين.';
const UNNAMED = 'وقال مصدر أمني رفض الكشف عن اسمه إن المعبر أغلق بعد اشتباك قرب البوابة.';
const NARRATED = 'أغلقت قوات الأمن المعبر الحدودي صباح الثلاثاء وسط انتشار أمني كثيف.';

function point(sources: { sourceId: string; quote: string }[], event = true): SummaryPoint {
  return SummaryPoint.parse({ id: 'sum-1', text: sources[0]?.quote ?? '', sources, ...(event ? { event: {} } : {}) });
}

function actor(name: string, type: Actor['type'], roles: string[], quotes: { sourceId: string; quote: string }[]): Actor {
  return Actor.parse({ id: `act-${name}`, name, type, aliases: [], roles, mentions: quotes.length, sources: quotes });
}

const ACTORS = [
  actor('سامي الخطيب', 'person', ['وزير الداخلية'], [{ sourceId: 'a1', quote: NAMED }]),
  actor('وزارة الخارجية', 'organization', [], [{ sourceId: 'a2', quote: DENIAL }]),
  actor('قوات الأمن', 'organization', [], [{ sourceId: 'a1', quote: NAMED }, { sourceId: 'a4', quote: NARRATED }]),
];

describe('an event carries the claims about it (issue 14)', () => {
  it('reads a named assertion, a denial and an unnamed claim from the point’s sentences, in the point’s order', () => {
    const p = point([
      { sourceId: 'a4', quote: NARRATED },
      { sourceId: 'a1', quote: NAMED },
      { sourceId: 'a2', quote: DENIAL },
      { sourceId: 'a3', quote: UNNAMED },
    ]);
    const [got] = withEventClaims([p], ACTORS);
    expect(got?.event?.claims).toEqual([
      // The office the sentence names is the minister's role: the actors list's name for him is the speaker.
      { sourceId: 'a1', quote: NAMED, stance: 'asserts', speaker: 'سامي الخطيب', speakerWords: 'وزير الداخلية' },
      { sourceId: 'a2', quote: DENIAL, stance: 'denies', speaker: 'وزارة الخارجية', speakerWords: 'وزارة الخارجية' },
      { sourceId: 'a3', quote: UNNAMED, stance: 'unattributed', speakerWords: 'مصدر أمني' },
    ]);
  });

  it('finds a denier named before its verb and a person named in apposition to the office that speaks', () => {
    const before = 'هيئة المياه نفت، في بيان صدر صباح السبت، أن تكون المحطة قد توقفت عن العمل.';
    const apposed = 'وقال الكاتب العام للنقابة، خالد المصري، إن المعبر سيبقى مغلقا حتى إشعار آخر.';
    const actors = [actor('هيئة المياه', 'organization', [], [{ sourceId: 'b1', quote: before }]), actor('خالد المصري', 'person', [], [{ sourceId: 'b2', quote: apposed }])];
    const [got] = withEventClaims([point([{ sourceId: 'b1', quote: before }, { sourceId: 'b2', quote: apposed }])], actors);
    expect(got?.event?.claims).toEqual([
      { sourceId: 'b1', quote: before, stance: 'denies', speaker: 'هيئة المياه', speakerWords: 'هيئة المياه' },
      { sourceId: 'b2', quote: apposed, stance: 'asserts', speaker: 'خالد المصري', speakerWords: 'الكاتب العام للنقابة' },
    ]);
  });

  it('keeps that a denier is unnamed and credits no body its words name', () => {
    const quote = 'ونفى مصدر في وزارة الزراعة أن تكون المحاصيل قد تلفت بسبب الصقيع.';
    const actors = [actor('وزارة الزراعة', 'organization', [], [{ sourceId: 'c1', quote }])];
    const [got] = withEventClaims([point([{ sourceId: 'c1', quote }])], actors);
    expect(got?.event?.claims).toEqual([{ sourceId: 'c1', quote, stance: 'denies', speakerWords: 'مصدر في وزارة الزراعة', unnamed: true }]);
  });

  it('names no speaker the actors list does not cite in that sentence', () => {
    const [got] = withEventClaims([point([{ sourceId: 'a2', quote: DENIAL }])], []);
    expect(got?.event?.claims).toEqual([{ sourceId: 'a2', quote: DENIAL, stance: 'denies', speakerWords: 'وزارة الخارجية' }]);
  });

  it('leaves a point told only in the newsroom’s voice, or without an event, as it was', () => {
    const narrated = point([{ sourceId: 'a4', quote: NARRATED }]);
    const [got] = withEventClaims([narrated], ACTORS);
    expect(got).toEqual(narrated);
    expect(got?.event && 'claims' in got.event).toBe(false);
    const bare = point([{ sourceId: 'a1', quote: NAMED }], false);
    expect(withEventClaims([bare], ACTORS)).toEqual([bare]);
  });

  it('opens drafts saved before events had claims, and keeps the claims of a brief that has them', () => {
    const old = JSON.parse(readFileSync(path.join(here, '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')) as Brief;
    const withOldEvent = { ...old, summary: old.summary.map((p) => ({ ...p, event: { actors: ['سامي الخطيب'], places: [] } })) };
    const opened = Brief.parse(JSON.parse(JSON.stringify(withOldEvent)));
    expect(opened.summary.every((p) => p.event !== undefined && !('claims' in p.event))).toBe(true);
    const claimed = { ...opened, summary: withEventClaims([point([{ sourceId: 'a2', quote: DENIAL }])], ACTORS) };
    expect(claimed.summary[0]?.event?.claims).toHaveLength(1);
    expect(Brief.parse(JSON.parse(JSON.stringify(claimed)))).toEqual(claimed);
  });
});
