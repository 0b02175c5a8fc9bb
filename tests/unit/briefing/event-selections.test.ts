import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { ArticleRecord, PartialDate } from '../../../main/model/article.ts';
import { selectionA } from '../../fixtures/events/selection-a.ts';
import { selectionB } from '../../fixtures/events/selection-b.ts';
import { selectionC } from '../../fixtures/events/selection-c.ts';
import { selectionD } from '../../fixtures/events/selection-d.ts';
import { selectionE } from '../../fixtures/events/selection-e.ts';
import { selectionF } from '../../fixtures/events/selection-f.ts';
import { selectionG } from '../../fixtures/events/selection-g.ts';
import { selectionH } from '../../fixtures/events/selection-h.ts';
import { selectionI } from '../../fixtures/events/selection-i.ts';
import { selectionJ } from '../../fixtures/events/selection-j.ts';
import { selectionK } from '../../fixtures/events/selection-k.ts';
import { selectionL } from '../../fixtures/events/selection-l.ts';
import { selectionM } from '../../fixtures/events/selection-m.ts';
import { selectionN } from '../../fixtures/events/selection-n.ts';
import { selectionO } from '../../fixtures/events/selection-o.ts';
import { selectionP } from '../../fixtures/events/selection-p.ts';
import { selectionQ } from '../../fixtures/events/selection-q.ts';
import { selectionR } from '../../fixtures/events/selection-r.ts';
import { selectionS } from '../../fixtures/events/selection-s.ts';
import { selectionT } from '../../fixtures/events/selection-t.ts';
import { selectionU } from '../../fixtures/events/selection-u.ts';
import { selectionV } from '../../fixtures/events/selection-v.ts';
import { scoreBrief, type SelectionSpec } from '../../fixtures/events/spec.ts';

// The issue-14 selections are scored by tests/fixtures/events/spec.ts, where a spec that names an article the
// selection lacks, or a phrase no article holds, reads as a miss of the rules rather than a slip of the fixture. This
// checks each selection against its own spec without assembling anything, so a new (untouched) selection can be
// checked for slips without its score being seen (K's, L's, M's, N's, O's and P's pinned scores and Q's, R's, S's, T's,
// U's and V's floors, at the end, are the only tests here that assemble).
const SELECTIONS = { A: selectionA, B: selectionB, C: selectionC, D: selectionD, E: selectionE, F: selectionF, G: selectionG, H: selectionH, I: selectionI, J: selectionJ, K: selectionK, L: selectionL, M: selectionM, N: selectionN, O: selectionO, P: selectionP, Q: selectionQ, R: selectionR, S: selectionS, T: selectionT, U: selectionU, V: selectionV };

/** Every way a spec can go wrong against its articles, one line each. */
function slips(articles: readonly ArticleRecord[], now: string, spec: SelectionSpec): string[] {
  const found: string[] = [];
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  const ids = [
    ...spec.events.flatMap((e) => e.sources), ...spec.copies.flat(), ...spec.offTopic,
    ...(spec.dateContradictions ?? []).flatMap((d) => d.sources), ...(spec.denials ?? []).flatMap((d) => [d.by, d.claimBy]),
    ...(spec.timelineDates ?? []).map((t) => t.sourceId), ...(spec.anonymous ?? []).map((a) => a.sourceId),
  ];
  for (const id of ids) if (!bodies.has(id)) found.push(`no article ${id}`);
  if (bodies.size !== articles.length) found.push('two articles share an id');
  for (const a of articles) if (!ArticleRecord.safeParse(a).success) found.push(`article ${a.id} is not an ArticleRecord`);
  if (!PartialDate.safeParse(now).success) found.push(`now ${now} is not a date`);
  const holds = (id: string, phrase: string): boolean => bodies.get(id)?.includes(phrase) === true;
  const anyHolds = (phrase: string): boolean => articles.some((a) => a.body.includes(phrase));
  for (const e of spec.events) {
    // A point can be one of its sources' sentences as written: some line of a source holds every word the point needs.
    const tells = (line: string): boolean => e.words.every((w) => line.includes(w)) && (e.any.length === 0 || e.any.some((w) => line.includes(w)));
    if (!e.sources.some((id) => bodies.get(id)?.split('\n').some(tells) === true)) found.push(`${e.name}: no line of its sources holds its words`);
    if (e.independent < 1 || e.independent > e.sources.length) found.push(`${e.name}: ${e.independent} independent of ${e.sources.length} sources`);
  }
  for (const p of [...spec.contradictions.flat(), ...spec.unknowns, ...spec.background, ...(spec.agreements ?? []).flat()]) if (!anyHolds(p)) found.push(`no article holds «${p}»`);
  for (const d of spec.denials ?? []) if (!holds(d.by, d.phrase)) found.push(`${d.by} lacks «${d.phrase}»`);
  for (const a of spec.anonymous ?? []) if (!holds(a.sourceId, a.phrase)) found.push(`${a.sourceId} lacks «${a.phrase}»`);
  for (const t of spec.timelineDates ?? []) {
    if (!holds(t.sourceId, t.phrase)) found.push(`${t.sourceId} lacks «${t.phrase}»`);
    for (const d of t.dates) if (!PartialDate.safeParse(d).success) found.push(`${t.sourceId} «${t.phrase}»: ${d} is not a date`);
  }
  for (const line of spec.furniture ?? []) if (!articles.some((a) => a.body.split('\n').some((l) => l.trim() === line))) found.push(`no article prints the line «${line}»`);
  for (const id of spec.offTopic) if (spec.events.some((e) => e.sources.includes(id))) found.push(`off-topic ${id} is an event's source`);
  return found;
}

describe('the issue-14 selections are well formed', () => {
  for (const [label, selection] of Object.entries(SELECTIONS)) {
    it(`selection ${label}: every id and phrase of its spec is in its articles`, () => {
      expect(selection.articles.length).toBeGreaterThan(0);
      expect(slips(selection.articles, selection.now, selection.spec)).toEqual([]);
    });
  }

  it('finds a slip: an id the selection lacks, an event its sources do not tell, a phrase its source lacks, a date that is no date', () => {
    const { articles, now, spec } = selectionI;
    const slipped: SelectionSpec = {
      ...spec,
      events: [{ name: 'the talks', words: ['جلسة'], any: ['تفاوض'], sources: ['iqtisadi'], independent: 1 }],
      offTopic: ['nowhere'],
      denials: [{ by: 'moj', phrase: 'نفت', claimBy: 'shaghilin' }],
      timelineDates: [{ sourceId: 'rades', phrase: 'صباح اليوم', dates: ['26 أفريل'] }],
    };
    expect(slips(articles, now, slipped)).toEqual([
      'no article nowhere', 'the talks: no line of its sources holds its words', 'moj lacks «نفت»', 'rades «صباح اليوم»: 26 أفريل is not a date',
    ]);
  });
});

// Selection K was written without reading the rules and measured once, after its text and spec were committed
// (93178e7): 50 of 63 checks, with the rules deciding same-event pairs and with the shipped pair scorer alike. Branch
// events14b studied its misses and mended their mechanisms by general rules (unnamed mouths «أوساط قريبة من» and a name
// kept back by a verb of withholding, a denial by lack of record «لا يسنده أي محضر», obscurity «يكتنف الغموض» as an
// unknown: 54; voters one thing counted under «ناخب» and «مقترع»: 55; two reports naming days one apart one event, the
// day then asked: 59; a part of the current week «مطلع الأسبوع»: 60), with the shipped pair scorer alike. This pins the
// score (a change to the rules shows here, for better or worse) and names what it misses.
describe('selection K (written without reading the rules; studied since events14b)', () => {
  it('scores 63 of 63 after events21a, and since the event entry cites what disputes a count (50 untouched, 60 after events14b, 62 after events20, 62 after mendW alone)', () => {
    const checks = scoreBrief(assembleBrief(selectionK.articles, { now: selectionK.now }), selectionK.spec);
    expect(checks).toHaveLength(63);
    // The wire's list of contenders and the list's demand to freeze the final results still join the preliminary
    // results, and a paper's headline the final results: cited, but since events20 none of them counts as a witness
    // (event-witnesses.ts), so both copy checks pass. Since events21a «للمرة الثالثة منذ 2011» is a tally of the
    // story's vote (a time ranked second or later, then «منذ»), set against «ثاني انتخابات بلدية» on one shared word.
    // Since mendW al-Bayan's appeal over 37 boxes is no witness of the point's 29; it still tells when the appeal was
    // lodged, so the event's timeline entry cites its dated sentence (event-dates-agree.ts, the point's event).
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});

// Selection L was written after K the same way and measured once, after its text and spec were committed (8de4c7a):
// 43 of 56 checks (44 at 7acd628), with the rules deciding same-event pairs and with the shipped pair scorer alike.
// Branch events14c studied its misses and mended their mechanisms by general rules (unknowns «لم ترشح أي معلومات عن»,
// «طي الكتمان», «من غير المعلوم ما إذا»; a denial «محض افتراء» set against the source it names: 48; compound ordinals
// and two sources that each rank one event: 49; detainees one thing counted, a part counted when its whole is not: 51;
// the eve of a feast as a date: 52; a report a day off joining its event by its words, a weak fit held to its event's
// day: 56), with the shipped pair scorer alike. This pins the score.
describe('selection L (written without reading the rules; studied since events14c)', () => {
  it('scores 56 of 56 after events14c (43 untouched)', () => {
    const checks = scoreBrief(assembleBrief(selectionL.articles, { now: selectionL.now }), selectionL.spec);
    expect(checks).toHaveLength(56);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});

// Selection M, a court verdict, was written after L the same way and measured once, after its text and spec were
// committed (3ff70d7): 52 of 59 checks, with the rules deciding same-event pairs and with the shipped pair scorer alike
// (main at 7acd628). Branch events15 studied its misses and mended their mechanisms by general rules (last night as a
// day: 53; a name kept back by a negated verb of permitting, no one knowing, «يظل» as «لا يزال»: 56; defendants one
// thing counted, context words without their preposition, a whole after «من أصل», a source that gives both figures:
// 58; an ordinal's partitive «رابع الأحكام»: 59), with the shipped pair scorer alike. This pins the score.
describe('selection M (written without reading the rules; studied since events15)', () => {
  it('scores 59 of 59 after events15 (52 untouched)', () => {
    const checks = scoreBrief(assembleBrief(selectionM.articles, { now: selectionM.now }), selectionM.spec);
    expect(checks).toHaveLength(59);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});

// Selection N, a currency devaluation, was written after M the same way and measured once, after its text and spec
// were committed (2430a5e): 37 of 52 checks with the rules deciding same-event pairs, 38 with the shipped pair scorer
// (main at d8273c7); 39 when events15 ended. Branch events16 studied its misses and mended their mechanisms by general
// rules (unnamed mouths and a denial's grammar: 43; shares compared across an event's sources: 45; ranks of the
// sentence's own event: 46; words that tell no topic: 49; a lead development another outlet carried: 52), with the
// shipped pair scorer alike. This pins the score.
describe('selection N (written without reading the rules; studied since events16)', () => {
  it('scores 52 of 52 after events16 (37 untouched)', () => {
    const checks = scoreBrief(assembleBrief(selectionN.articles, { now: selectionN.now }), selectionN.spec);
    expect(checks).toHaveLength(52);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});

// Selection O, a cyber attack on a public service, was written after N the same way and measured once, after its text
// and spec were committed (a5ea62b): 47 of 66 checks, with the rules deciding same-event pairs and with the shipped
// pair scorer alike (main at 556feab). Branch events17 studied its misses and mended their mechanisms by general rules
// (unnamed mouths, unknowns, a denial with no verb of denying and a claim told with the denial's verb: 54; an ordinal
// in digits «الـ4»: 55; a relative clause told of a known thing left out of the weak fits, two reports of their own
// days counting two things kept apart: 64), with the shipped pair scorer alike. This pins the score and names its two
// misses: an undated claim in an unnamed mouth joins the first leak by the story's names (one independent source too
// many), and «صباح أمس» in a paper is a bare «أمس», which the date questions never compare (written the evening before,
// it names the day before).
describe('selection O (written without reading the rules; studied since events17)', () => {
  it('scores 64 of 66 after events17 (47 untouched)', () => {
    const checks = scoreBrief(assembleBrief(selectionO.articles, { now: selectionO.now }), selectionO.spec);
    expect(checks).toHaveLength(66);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      'the first file published: copies counted once',
      'date contradiction sannin / sawaber raised',
    ]);
  });
});

// Selection P, a plane's emergency landing, was written after O the same way and measured once, after its text and
// spec were committed (1887b6f): 54 of 69 checks with the rules deciding same-event pairs, 50 with the shipped pair
// scorer (main at 6019e3c). Branch events18 studied its misses and mended their mechanisms by general rules (a day's
// difference no dispute between two kinds of action, «أول من أمس» the day before yesterday: 59; what cannot yet be
// determined, a mouth that would not be named or gave only its post, refuting a denial: 64; no ordinal of a name
// before a title joined by «و», one verb's key in two persons: 66), and P joined the pair scorer's training
// selections. This pins the score and names its two misses: a paper's count in words («مئة وأربعين») against the
// wire's digits, and two hedged counts of those treated («نحو 14» / «لا يتجاوز 5»). «الليلة» alone, which the dates
// leave (tonight or a night to come), is on the timeline since events21a through its point's event.
describe('selection P (written without reading the rules; studied since events18)', () => {
  it('scores 67 of 69 after events21a (54 untouched, 66 after events18)', () => {
    const checks = scoreBrief(assembleBrief(selectionP.articles, { now: selectionP.now }), selectionP.spec);
    expect(checks).toHaveLength(69);
    // Since events21a an event's timeline entry cites every source its point cites: marj's «الليلة» sentence is on the
    // timeline with its event's day.
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      'contradiction «168» / «مئة وأربعين» raised',
      'contradiction «14 راكبا» / «5 ركاب» raised',
    ]);
  });
});

// Selection Q, a kidnapping and a release, was written after P the same way and measured once, after its text and spec
// were committed (b87b131): 43 of 54 checks, with the rules deciding same-event pairs and with the shipped pair scorer
// alike (main at 70241ca). Branch events19 studied its misses and mended their mechanisms by general rules (an unknown
// with «أي» before what is lacking: 44; a sum in one currency each of two sources gives alone, a denied rise a bound:
// 45; a contradicted claim in an unnamed mouth still asked who says it, appearing by one's name: 46; two days each told
// by two reports are two events, not redundant to each other: 50), and Q joined the pair scorer's training
// selections. This pins the score and names its four misses: the release «أخلى … سبيل» of one source, dated at dawn
// the next day and sharing three words with the others, is not joined to them (nor is its date set against theirs),
// and the ministry's denial of any payment is not set against the tribal circles' ransom, which shares none of its words.
describe('selection Q (written without reading the rules; studied since events19)', () => {
  it('scores 50 of 54 after events19 (43 untouched)', () => {
    const checks = scoreBrief(assembleBrief(selectionQ.articles, { now: selectionQ.now }), selectionQ.spec);
    expect(checks).toHaveLength(54);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      'the release: cites all its sources',
      'the release: copies counted once',
      'date contradiction sabha / mahjar raised',
      'denial in dakhiliya set against sabha',
    ]);
  });
});

// Selection R, a ministerial resignation, was written after Q the same way and measured once, after its text and spec
// were committed (23eb468): 46 of 56 checks with the rules deciding same-event pairs, 42 with the shipped pair scorer
// (main at 3899d66). Branch brief20 studied its misses, events20 labelled its candidate pairs by hand and made it a
// training selection of the pair scorer (f4f5904e). This pins the score and names its three misses: the resignation's
// point neither cites all three of its reports nor counts the Jordanian copy of the wire once, and the two hedged
// counts of the injured («نحو 40 محتجا» / «ما لا يزيد على 15 محتجا») are not set against each other.
describe('selection R (written without reading the rules; studied since brief20)', () => {
  it('scores 53 of 56 after events20 (46 untouched)', () => {
    const checks = scoreBrief(assembleBrief(selectionR.articles, { now: selectionR.now }), selectionR.spec);
    expect(checks).toHaveLength(56);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      'the resignation: cites all its sources',
      'the resignation: copies counted once',
      'contradiction «40 محتجا» / «15 محتجا» raised',
    ]);
  });
});

// Selection S, a gold well's collapse, was written after R the same way and measured once, after its text and spec were
// committed (9fb18b1): 46 of 62 checks with the rules deciding same-event pairs, 42 with the shipped pair scorer (main
// at 74626e8). A floor, as O's, P's, Q's and R's were when first measured; its misses were not read then (events21a studies it).
describe('selection S (written without reading the rules; studied since events21a)', () => {
  it('passes at least the 46 of 62 checks it passed when first measured', () => {
    const checks = scoreBrief(assembleBrief(selectionS.articles, { now: selectionS.now }), selectionS.spec);
    expect(checks).toHaveLength(62);
    expect(checks.filter((c) => c.pass).length).toBeGreaterThanOrEqual(46);
  });
});

// Selection T, a stadium crush, was written after S the same way and measured once, after its text and spec were
// committed (e4e917c): 42 of 59 checks, with the rules deciding same-event pairs and with the shipped pair scorer alike
// (main at 0dcf43a). A floor, as Q's, R's and S's; its misses were not read.
describe('selection T (written without reading the rules; untouched)', () => {
  it('passes at least the 42 of 59 checks it passed when first measured', () => {
    const checks = scoreBrief(assembleBrief(selectionT.articles, { now: selectionT.now }), selectionT.spec);
    expect(checks).toHaveLength(59);
    expect(checks.filter((c) => c.pass).length).toBeGreaterThanOrEqual(42);
  });
});

// Selection U, an oil spill at sea, was written after T the same way and measured once, after its text and spec were
// committed (c3ddd41): 53 of 59 checks, with the rules deciding same-event pairs and with the shipped pair scorer alike
// (main at 609916a). A floor, as R's, S's and T's; its misses were not read.
describe('selection U (written without reading the rules; untouched)', () => {
  it('passes at least the 53 of 59 checks it passed when first measured', () => {
    const checks = scoreBrief(assembleBrief(selectionU.articles, { now: selectionU.now }), selectionU.spec);
    expect(checks).toHaveLength(59);
    expect(checks.filter((c) => c.pass).length).toBeGreaterThanOrEqual(53);
  });
});

// Selection V, a prison escape, was written after U the same way and measured once, after its text and spec were
// committed (d56de4e): 48 of 57 checks, with the rules deciding same-event pairs and with the shipped pair scorer alike
// (main at fef35ee). A floor, as S's, T's and U's; its misses were not read.
describe('selection V (written without reading the rules; untouched)', () => {
  it('passes at least the 48 of 57 checks it passed when first measured', () => {
    const checks = scoreBrief(assembleBrief(selectionV.articles, { now: selectionV.now }), selectionV.spec);
    expect(checks).toHaveLength(57);
    expect(checks.filter((c) => c.pass).length).toBeGreaterThanOrEqual(48);
  });
});
