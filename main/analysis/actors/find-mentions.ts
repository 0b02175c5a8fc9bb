/**
 * Rule-based NER over one article (notes §2.5): titles, apposition, reporting verbs, organisation heads,
 * place cues, the gazetteer, then (second pass) the people already known from cues. Earlier rules claim
 * their words, so a title word never becomes a name and a quoted outlet never becomes a place.
 */
import { isStopword, procliticReadings } from '../../text/arabic/index.ts';
import type { Gazetteer, GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import { isAttribution } from './attribution.ts';
import {
  BYLINE_CUES, DEFINITE_ORG_HEADS, FACILITY_CUES, MEDIA_HEADS, ORG_HEADS, PLACE_CUES, QUALIFIERS, QUOTE_ONLY_HEADS, REPORTING_VERBS, TITLES,
} from '../words/lexicon.ts';
import type { Title } from '../words/lexicon.ts';
import type { Mention } from './mention.ts';
import { chainEnd, endsHere, nameRunBackward, nameRunForward, officeComplementEnd, placeRunEnd } from './runs.ts';
import { claim, isFree } from './scan-context.ts';
import type { KnownPersons, Scan } from './scan-context.ts';
import { breaksBefore, commaBefore, isDefinite, isDetachedClitic, quotedSpanEnd, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import type { SentenceWords } from '../words/sentence-tokens.ts';
import { SentenceScan } from './sentence-scan.ts';
import { articleEntities } from './sentence-entities.ts';
import { checkRuleMentions, dropVetoed, findTagged, WordMargins } from './tagged-mentions.ts';
import type { NerModel } from '../ner/tagger.ts';
import { isNisba, looksLikeVerb, readsAs, readsAsKeepingArticle } from '../words/word-tests.ts';

const TITLES_BY_FIRST = new Map<string, Title[]>();
for (const t of TITLES) {
  const first = t.words[0] ?? '';
  TITLES_BY_FIRST.set(first, [...(TITLES_BY_FIRST.get(first) ?? []), t]);
}

function matchTitle(scan: Scan, i: number): { title: Title; end: number; reading: string } | null {
  const w = scan.words[i];
  if (w === undefined || scan.claimed[i] !== false) return null;
  for (const reading of readingsKeepingArticle(w.key)) {
    for (const title of TITLES_BY_FIRST.get(reading) ?? []) {
      const ok = title.words.every((k, n) => n === 0 || (scan.words[i + n]?.key === k && !breaksBefore(scan.words, i + n)));
      if (!ok) continue;
      const end = i + title.words.length;
      // «السيدة زينب», «الشيخ جراح»: a place the gazetteer knows that starts with a title is a place.
      const place = gazetteerAt(scan, i);
      if (place !== null && place.end > end && place.entries.some((e) => e.type === 'place')) return null;
      return { title, end, reading };
    }
  }
  return null;
}

/** The complement of a title at [i, end): the end of the role and whether the title needs one it lacks. */
function titleComplement(scan: Scan, title: Title, end: number): number | null {
  if (title.kind === 'construct') {
    const c = chainEnd(scan, end, { max: 6, onBehalf: true });
    return c > end ? officeComplementEnd(scan, c, false) : null;
  }
  return officeComplementEnd(scan, end, title.kind === 'rank');
}

/** A role cut inside a quotation is shown without its quotation marks («القائد السابق لـالحرس الثوري» reads wrong, so the marks stay paired). */
function balanceQuotes(role: string): string {
  const marks = role.match(/[«»“”"]/gu) ?? [];
  if (marks.length % 2 === 0) return role;
  return role.replace(/[«»“”"]/gu, '').replace(/لـ\s*/u, 'لـ').trim();
}

const SEPARATOR_AFTER_TITLE = /^\s*[,،(]?\s*$/u;

function findTitled(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    const m = matchTitle(scan, i);
    if (m === null) continue;
    const roleEnd0 = titleComplement(scan, m.title, m.end);
    if (roleEnd0 === null) continue;
    let roleEnd = roleEnd0;
    let name: [number, number] | null = null;
    const gap = words[roleEnd]?.gap ?? '';
    const abbreviation = m.reading.length === 1 && /^\s*\.\s*$/u.test(gap);
    if (roleEnd < words.length && (SEPARATOR_AFTER_TITLE.test(gap) || abbreviation)) {
      const q = nameRunForward(scan, roleEnd);
      if (q !== null && s.evidence(roleEnd, q) !== 'rejected') name = [roleEnd, q];
    }
    if (name === null && m.title.kind !== 'rank') {
      // «قائد إدارة العمليات العسكرية في سوريا، أحمد الشرع،»: the office runs on to the apposition comma.
      for (let k = roleEnd + 1; k < Math.min(words.length, roleEnd + 6); k++) {
        if (commaBefore(words, k)) {
          const q = nameRunForward(scan, k);
          if (q !== null && endsHere(scan, q) && s.evidence(k, q) !== 'rejected') { name = [k, q]; roleEnd = k; }
          break;
        }
        const w = words[k];
        if (breaksBefore(words, k) || w === undefined || looksLikeVerb(w.key) || !isFree(scan, k, k + 1)) break;
      }
    }
    const role = balanceQuotes(s.text(i, roleEnd, m.reading));
    if (name !== null) {
      const [p, q] = name;
      s.add(p, q, { type: 'person', key: s.key(p, q), surface: s.text(p, q), roles: [role], single: q - p === 1, weak: s.evidence(p, q) === 'weak' });
      claim(scan, i, m.end);
    } else if (m.title.kind === 'office' && isDefinite(m.reading)) {
      s.add(i, roleEnd, { type: 'person', key: s.key(i, roleEnd, m.reading), surface: role, roles: [role], roleOnly: true }, false);
    }
  }
}

/**
 * A person the tagger found right after a title the rules could not bind to it («وزير الخارجية الروسي سيرغي
 * لافروف»: the name runs stop at «سيرغي», which has a verb's shape): the title and its complement become the
 * person's role, and a role the rules kept alone for those words is dropped, since its holder is now named.
 */
function titleTagged(s: SentenceScan): void {
  const { scan, words } = s;
  for (const f of s.found) {
    const m = f.mention;
    if (m.type !== 'person' || m.roleOnly || !m.tagged || m.roles.length > 0) continue;
    const gap = words[f.from]?.gap ?? '';
    if (!SEPARATOR_AFTER_TITLE.test(gap)) continue;
    for (let i = Math.max(0, f.from - 8); i < f.from; i++) {
      // A role kept alone is not claimed (findTitled adds it so), so its title still matches here.
      const t = matchTitle(scan, i);
      if (t === null || titleComplement(scan, t.title, t.end) !== f.from) continue;
      m.roles.push(balanceQuotes(s.text(i, f.from, t.reading)));
      for (let k = s.found.length - 1; k >= 0; k--) {
        const r = s.found[k];
        if (r !== undefined && r.mention.roleOnly && r.from >= i && r.to <= f.from) s.found.splice(k, 1);
      }
      claim(scan, i, f.from);
      break;
    }
  }
}

/** «حسين أكبري، القائد السابق لـ"الحرس الثوري"،»: a name, a comma, then the office. */
function findApposed(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 1; i < words.length; i++) {
    if (!commaBefore(words, i)) continue;
    const m = matchTitle(scan, i);
    if (m === null || m.title.kind === 'rank') continue;
    const roleEnd = titleComplement(scan, m.title, m.end);
    if (roleEnd === null || !endsHere(scan, roleEnd)) continue;
    const role = balanceQuotes(s.text(i, roleEnd, m.reading));
    const before = s.found.find((f) => f.to === i && f.mention.type === 'person' && !f.mention.roleOnly);
    if (before !== undefined) {
      if (!before.mention.roles.includes(role)) before.mention.roles.push(role);
      continue;
    }
    const p = nameRunBackward(scan, i);
    if (p === null) continue;
    const evidence = s.evidence(p, i);
    if (evidence === 'rejected') continue;
    s.add(p, i, { type: 'person', key: s.key(p, i), surface: s.text(p, i), roles: [role], weak: evidence === 'weak' });
  }
}

/** «وقال محمد الحلبوسي إن …»: a reporting verb, then a name of two words or more. */
function findReported(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    // The article is kept: «النقل» is a noun, not the verb «نقل».
    if (w === undefined || readsAsKeepingArticle(w.key, REPORTING_VERBS) === null || breaksBefore(words, i + 1)) continue;
    const q = nameRunForward(scan, i + 1, 2);
    if (q === null || !endsHere(scan, q)) continue;
    // «وذكرت وسائل إعلام عراقية»: a phrase ending in a bare nationality adjective is a description.
    const last = words[q - 1];
    if (last !== undefined && !isDefinite(last.key) && isNisba(last.key, scan.gazetteer)) continue;
    const evidence = s.evidence(i + 1, q);
    if (evidence === 'rejected') continue;
    s.add(i + 1, q, { type: 'person', key: s.key(i + 1, q), surface: s.text(i + 1, q), weak: evidence === 'weak' });
  }
}

interface GazetteerHit {
  end: number;
  entries: readonly GazetteerEntry[];
  reading: string;
  key: string;
}

/** The longest gazetteer name at word i, the first word read with its proclitics removed. */
function gazetteerAt(scan: Scan, i: number, maxEnd = scan.words.length): GazetteerHit | null {
  const { words, gazetteer } = scan;
  const first = words[i];
  if (first === undefined) return null;
  // The article is kept: «المشهد» is not «مشهد», though «للعراق» is «العراق».
  const readings = readingsKeepingArticle(first.key).filter((r) => gazetteer.firstWords.has(r));
  if (readings.length === 0) return null;
  for (let n = Math.min(gazetteer.maxWords, maxEnd - i); n >= 1; n--) {
    if (!isFree(scan, i, i + n)) continue;
    let joined = true;
    for (let k = i + 1; k < i + n; k++) if (breaksBefore(words, k)) joined = false;
    if (!joined) continue;
    const rest = words.slice(i + 1, i + n).map((w) => w.key);
    for (const reading of readings) {
      const key = joinNameKeys([reading, ...rest]);
      const entries = gazetteer.byKey.get(key);
      if (entries !== undefined) return { end: i + n, entries, reading, key };
    }
  }
  return null;
}

/** Outlet names that are also ordinary words or phrases («العربية», «الوطن», «مصر اليوم») need a cue. */
function outletNeedsCue(key: string, entries: readonly GazetteerEntry[]): boolean {
  return !key.includes(' ') || key.split(' ').includes('اليوم') || entries.some((e) => !e.outlet);
}

function pickEntry(hit: GazetteerHit, media: boolean, attribution: boolean, types?: readonly string[], tight = attribution): GazetteerEntry | null {
  const usable = hit.entries.filter((e) => types === undefined || types.includes(e.type));
  const outlet = usable.find((e) => e.outlet);
  const other = usable.find((e) => !e.outlet);
  const needsCue = outletNeedsCue(hit.key, hit.entries);
  if (outlet !== undefined && (media || (needsCue ? tight : attribution) || (other === undefined && !needsCue))) return outlet;
  if (media) return outlet ?? null;
  return other ?? null;
}

function addEntry(s: SentenceScan, from: number, to: number, entry: GazetteerEntry, reading: string, attribution: boolean, surface?: string): void {
  s.add(from, to, {
    type: entry.type, key: joinNameKeys([entry.name]), surface: surface ?? s.text(from, to, reading), entry,
    outlet: entry.outlet, attribution: entry.outlet && attribution,
  });
}

/** Drops trailing nationality adjectives and qualifiers from [from, to): «الحشد الشعبي العراقي» → «الحشد الشعبي». */
function withoutTrailingAdjectives(scan: Scan, from: number, to: number): number {
  let end = to;
  while (end - 1 > from) {
    const k = scan.words[end - 1]?.key ?? '';
    if (!isNisba(k, scan.gazetteer) && !QUALIFIERS.has(k)) break;
    end--;
  }
  return end;
}

/** The gazetteer organisation (or outlet) named by [from, to), trailing adjectives aside. */
function resolveInner(scan: Scan, from: number, to: number, media: boolean, attribution: boolean): { entry: GazetteerEntry; reading: string; end: number } | null {
  const end = withoutTrailingAdjectives(scan, from, to);
  for (const stop of end === to ? [to] : [to, end]) {
    const hit = gazetteerAt(scan, from, stop);
    if (hit === null || hit.end !== stop) continue;
    const entry = pickEntry(hit, media, attribution, ['organization']);
    if (entry !== null) return { entry, reading: hit.reading, end: stop };
  }
  return null;
}

function findOrganisations(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || scan.claimed[i] !== false) continue;
    const own = gazetteerAt(scan, i);
    if (own !== null && own.entries.some((e) => e.type === 'organization')) continue;
    const head = readsAsKeepingArticle(w.key, ORG_HEADS);
    // A quoted name that starts with a head: «"لواء حيدريون"».
    const wholeQuote = head === null ? null : quotedSpanEnd(words, i);
    if (head !== null && wholeQuote !== null) {
      const known = resolveInner(scan, i, wholeQuote, false, false);
      if (known !== null) addEntry(s, i, wholeQuote, known.entry, known.reading, false);
      else s.add(i, wholeQuote, { type: 'organization', key: s.key(i, wholeQuote, head), surface: s.text(i, wholeQuote, head), outlet: MEDIA_HEADS.has(head) });
      i = wholeQuote - 1;
      continue;
    }
    if (head !== null) {
      const headReading = readingsKeepingArticle(w.key).find((r) => r === head) ?? head;
      const media = MEDIA_HEADS.has(head);
      const detached = isDetachedClitic(words[i + 1]?.key ?? '') ? 1 : 0;
      const quoteEnd = quotedSpanEnd(words, i + 1 + detached);
      const attribution = (to: number): boolean => isAttribution(scan, i, to, headReading);
      if (quoteEnd !== null) {
        // «ميليشيا "الحشد الشعبي"», «فصائل "النجباء"», «صحيفة "تركيا"»: the quoted words are the name.
        const from = i + 1 + detached;
        const known = resolveInner(scan, from, quoteEnd, media, attribution(quoteEnd));
        if (known !== null) addEntry(s, from, quoteEnd, known.entry, known.reading, attribution(quoteEnd), s.text(from, known.end, known.reading));
        else s.add(from, quoteEnd, { type: 'organization', key: s.key(from, quoteEnd), surface: s.text(from, quoteEnd), outlet: media, attribution: media && attribution(quoteEnd) });
        claim(scan, i, quoteEnd);
        i = quoteEnd - 1;
        continue;
      }
      if (media) {
        const hit = gazetteerAt(scan, i + 1);
        const entry = hit === null || breaksBefore(words, i + 1) ? null : pickEntry(hit, true, true);
        if (hit !== null && entry !== null) {
          addEntry(s, i, hit.end, entry, headReading, attribution(hit.end));
          i = hit.end - 1;
          continue;
        }
      }
      const end = breaksBefore(words, i + 1) || QUOTE_ONLY_HEADS.has(head) ? i + 1 : chainEnd(scan, i + 1, { max: 6 });
      if (end > i + 1) {
        const known = resolveInner(scan, i + 1, end, media, attribution(end));
        if (known !== null) {
          addEntry(s, i, end, known.entry, headReading, attribution(end), s.text(i + 1, known.end, known.reading));
        } else {
          const m = s.add(i, end, { type: 'organization', key: s.key(i, end, headReading), surface: s.text(i, end, headReading), outlet: media, attribution: media && attribution(end) });
          // «وكالة الأنباء السورية "سانا"»: a quoted short name right after the long one.
          const alias = quotedSpanEnd(words, end, 3);
          if (alias !== null) { m.alsoCalled.push(s.text(end, alias)); claim(scan, end, alias); }
        }
        i = end - 1;
        continue;
      }
    }
    // «الحكومة العراقية», «الجيش السوري»: a definite head and a nationality adjective.
    const definiteHead = readsAsKeepingArticle(w.key, DEFINITE_ORG_HEADS);
    // Not inside a construct chain («وزير الخارجية السوري», «رئيس الاستخبارات العراقية»).
    const prev = words[i - 1];
    const inChain = prev !== undefined && !breaksBefore(words, i) && !isDefinite(prev.key) && !isStopword(prev.key) && !looksLikeVerb(prev.key);
    if (definiteHead !== null && !inChain) {
      let j = i + 1;
      while (j < words.length && !breaksBefore(words, j) && isFree(scan, j, j + 1) && isNisba(words[j]?.key ?? '', scan.gazetteer) && isDefinite(words[j]?.key ?? '')) j++;
      if (j > i + 1) {
        s.add(i, j, { type: 'organization', key: s.key(i, j, definiteHead), surface: s.text(i, j, definiteHead) });
        i = j - 1;
      }
    }
  }
}

function findPlaces(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w === undefined || scan.claimed[i] !== false) continue;
    const facility = readsAsKeepingArticle(w.key, FACILITY_CUES);
    const cue = facility ?? readsAsKeepingArticle(w.key, PLACE_CUES);
    if (cue === null) continue;
    const quoteEnd = quotedSpanEnd(words, i + 1, 4);
    if (quoteEnd === null && breaksBefore(words, i + 1)) continue;
    if (facility === null) {
      const hit = gazetteerAt(scan, i + 1);
      const entry = hit === null ? null : pickEntry(hit, false, false, ['place']);
      if (hit !== null && entry !== null && (quoteEnd === null || hit.end === quoteEnd)) {
        addEntry(s, i + 1, hit.end, entry, hit.reading, false);
        claim(scan, i, i + 1);
        continue;
      }
    }
    const end = quoteEnd ?? placeRunEnd(scan, i + 1);
    if (end === null || end <= i + 1) continue;
    const from = facility !== null ? i : i + 1;
    const surface = s.text(from, end, facility ?? undefined).replace(/[«»“”"„]/gu, '').replace(/\s+/gu, ' ').trim();
    s.add(from, end, { type: 'place', key: s.key(from, end, facility ?? undefined), surface });
    claim(scan, i, end);
  }
}

function findGazetteerNames(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    if (scan.claimed[i] !== false) continue;
    const hit = gazetteerAt(scan, i);
    if (hit === null) continue;
    const media = readsAsKeepingArticle(words[i - 1]?.key ?? '', MEDIA_HEADS) !== null && !breaksBefore(words, i);
    const attribution = isAttribution(scan, media ? i - 1 : i, hit.end, hit.reading);
    const tight = isAttribution(scan, media ? i - 1 : i, hit.end, hit.reading, true);
    const entry = pickEntry(hit, media, attribution, undefined, tight);
    if (entry === null) continue;
    addEntry(s, i, hit.end, entry, hit.reading, attribution);
    i = hit.end - 1;
  }
}

/** Second pass: full names and surnames already known from cues elsewhere in the selection. */
function findKnownPersons(s: SentenceScan, known: KnownPersons): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || scan.claimed[i] !== false) continue;
    let matched = false;
    for (let n = Math.min(4, words.length - i); n >= 2 && !matched; n--) {
      if (!isFree(scan, i, i + n)) continue;
      let joined = true;
      for (let k = i + 1; k < i + n; k++) if (breaksBefore(words, k)) joined = false;
      if (!joined) continue;
      for (const reading of procliticReadings(w.key)) {
        const key = s.key(i, i + n, reading);
        if (!known.full.has(key)) continue;
        s.add(i, i + n, { type: 'person', key, surface: s.text(i, i + n, reading) });
        i += n - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const surname = readsAs(w.key, known.surnames);
    if (surname !== null) s.add(i, i + 1, { type: 'person', key: surname, surface: s.text(i, i + 1, surname), single: true });
  }
}

/** Byline cues («بقلم فلان»): the writer's name is claimed so no rule reads it as an actor. */
function skipBylines(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i + 1 < words.length; i++) {
    if (readsAs(words[i]?.key ?? '', BYLINE_CUES) === null) continue;
    const q = nameRunForward(scan, i + 1);
    if (q !== null) claim(scan, i, q);
  }
}

/**
 * The rule passes, in order: each claims its words, so an earlier pass wins over a later one. The tagger's
 * entities then cut, confirm or drop what the rules found and fill the words they left (tagged-mentions.ts);
 * the second pass ends with the people already known (findKnownPersons).
 */
const RULE_PASSES: readonly ((s: SentenceScan) => void)[] = [
  skipBylines, findTitled, findApposed, findReported, findOrganisations, findPlaces, findGazetteerNames,
];

/**
 * Every mention in one article body, given as its sentences and words (sentenceWords), in reading order.
 * The caller splits the body once for both passes; the words are only read, never changed.
 */
export function findMentions(sentences: readonly SentenceWords[], sourceId: string, gazetteer: Gazetteer, known: KnownPersons | null, model: NerModel | null): Mention[] {
  const out: Mention[] = [];
  const tagged = model === null ? null : articleEntities(sentences, model, gazetteer);
  // The last words of the full names the article has given so far: a surname alone is never vetoed (dropVetoed).
  const surnames = new Set<string>();
  sentences.forEach((sw, index) => {
    const { sentence, words } = sw;
    const scan: Scan = { words, claimed: words.map(() => false), gazetteer, known, sentenceText: sentence.text, sentenceStart: sentence.start };
    const s = new SentenceScan(scan, sourceId, sentence);
    for (const pass of RULE_PASSES) pass(s);
    const entities = tagged?.entities[index];
    const margins = new WordMargins(tagged?.outside[index] ?? []);
    if (entities !== undefined) {
      checkRuleMentions(s, entities, margins);
      findTagged(s, entities, margins);
      titleTagged(s);
    }
    if (known !== null) findKnownPersons(s, known);
    if (entities !== undefined) dropVetoed(s, entities, margins, surnames);
    for (const f of s.found) {
      if (f.mention.type !== 'person' || f.to - f.from < 2) continue;
      const last = s.words[f.to - 1]?.key ?? '';
      surnames.add(last);
      if (last.startsWith('ال')) surnames.add(last.slice(2));
    }
    out.push(...s.found.map((f) => f.mention));
  });
  return out.sort((a, b) => a.start - b.start);
}
