import { conjunctionReading, normalise } from '../../text/arabic/index.ts';
import { breaksBefore, isDefinite, parenBefore } from '../words/sentence-tokens.ts';
import { hasNisbaShape } from '../words/word-shapes.ts';
import type { ShortForm } from './find-short-forms.ts';
import type { Mention } from './mention.ts';
import type { Found, SentenceScan } from './sentence-scan.ts';

/** The longest acronym or short name an article defines, in words («أو سي بي», «كيو إن بي»). */
const MAX_WORDS = 3;
/** «المعروفة اختصارا باسم …»: the words that define a short name after a body's long one (keys). */
const KNOWN_AS = new Set(['المعروفه', 'المعروف'].map(normalise));
const SHORTLY = normalise('اختصارا');
const BY_NAME = normalise('باسم');

/** Whether the sentence closes a parenthesis right after word i («… (سومو).»), inside the sentence or at its end. */
function parenClosesAfter(s: SentenceScan, i: number): boolean {
  const next = s.words[i + 1];
  if (next !== undefined) return next.gap.includes(')');
  const last = s.words[i];
  return last !== undefined && s.scan.sentenceText.slice(last.end - s.scan.sentenceStart).trimStart().startsWith(')');
}

/** The end of a run of one to three words from `from` with no punctuation inside, closed by punctuation or the sentence's end (or null). */
function closedRunEnd(s: SentenceScan, from: number, closes: (i: number) => boolean): number | null {
  for (let k = from; k < Math.min(s.words.length, from + MAX_WORDS); k++) {
    if (k > from && breaksBefore(s.words, k)) return null;
    if (closes(k)) return k + 1;
  }
  return null;
}

/** A short name an article defines: its words [from, to), and the body's long name it follows, if any was found. */
export interface DefinedShortName {
  from: number;
  to: number;
  body: Found | null;
}

/**
 * Whether words in parentheses after a body may be its short name: not a figure or a date («(2023)»), not an
 * adjective («حركة المرور (الصباحية)»), not a place or person the gazetteer knows by those words («(بغداد)»).
 */
function mayBeShortName(s: SentenceScan, from: number, to: number): boolean {
  const words = s.words.slice(from, to);
  if (words.some((w) => /\p{Nd}/u.test(w.text) || (isDefinite(w.key) && hasNisbaShape(w.key)))) return false;
  return !(s.scan.gazetteer.byKey.get(s.key(from, to)) ?? []).some((e) => e.type !== 'organization');
}

/** The organisation found whose words end right before word `at` (a long name of two words or more). */
function bodyEndingAt(s: SentenceScan, at: number): Found | null {
  const f = s.found.find((x) => x.to === at && x.to - x.from >= 2 && x.mention.type === 'organization' && !x.mention.roleOnly && !x.mention.outlet);
  return f ?? null;
}

/**
 * The words of a definition at word `at`: 3 for «المعروفة اختصارا باسم» (a short name whatever precedes it), 2 for
 * «المعروفة باسم» (a body's other name only right after the body: «العملية المعروفة باسم …» names an operation),
 * 0 for none. No punctuation inside.
 */
function knownAsAt(s: SentenceScan, at: number): number {
  const said = s.words.slice(at, at + 3).map((w) => w.key);
  const first = said[0] ?? '';
  if (!(KNOWN_AS.has(first) || KNOWN_AS.has(conjunctionReading(first)?.rest ?? '')) || breaksBefore(s.words, at + 1)) return 0;
  if (said[1] === BY_NAME) return 2;
  return said[1] === SHORTLY && said[2] === BY_NAME && !breaksBefore(s.words, at + 2) ? 3 : 0;
}

/**
 * The short names a sentence defines: in parentheses right after a body's long name («شركة تسويق النفط (سومو)»,
 * «منظمة الصحة العالمية (WHO)»), and after «المعروفة اختصارا باسم» («… المعروفة اختصارا باسم أو سي بي،»), a body's
 * name whatever precedes it (a long name, or «المجموعة» standing for one). Used alone later, the short name is that
 * body (noteShortForms).
 */
export function definedShortNames(s: SentenceScan): DefinedShortName[] {
  const out: DefinedShortName[] = [];
  for (let at = 1; at < s.words.length; at++) {
    if (parenBefore(s.words, at)) {
      const body = bodyEndingAt(s, at);
      const to = body === null ? null : closedRunEnd(s, at, (k) => parenClosesAfter(s, k));
      if (to !== null && mayBeShortName(s, at, to)) out.push({ from: at, to, body });
    } else {
      const said = knownAsAt(s, at);
      const body = said === 0 ? null : bodyEndingAt(s, at);
      const to = said === 0 || (said === 2 && body === null) ? null : closedRunEnd(s, at + said, (k) => breaksBefore(s.words, k + 1));
      if (to !== null) out.push({ from: at + said, to, body });
    }
  }
  return out;
}

/**
 * The tagger's readings of words within [from, to) as actors of another type («سومو» a place, «ترانسبور» a person):
 * the definition says otherwise. Null when any mention found crosses the span's edges or is an organisation.
 */
function taggedWithin(s: SentenceScan, from: number, to: number): Found[] | null {
  const over = s.found.filter((f) => f.from < to && from < f.to);
  return over.every((f) => f.from >= from && f.to <= to && f.mention.tagged && f.mention.type !== 'organization') ? over : null;
}

/** A short name's mention becomes the body's it was defined for: the body's key and gazetteer entry. */
function takeBody(mention: Mention, body: Mention): void {
  mention.key = body.key;
  mention.entry = body.entry;
}

/**
 * A short name or acronym an article defines (definedShortNames) is a body: after its long name, a mention under
 * the body's key, so the actors list shows one actor with both names; after «المجموعة، المعروفة اختصارا باسم», a
 * body of its own name. The eval counts the short name an organisation, as ANERcorp's conventions do. It runs after
 * the tagger's passes: the long name is then found, whoever found it, and a tagger's other reading of the short name
 * alone («سومو» a place) gives way.
 */
export function findAcronyms(s: SentenceScan, shortForms: ReadonlyMap<string, ShortForm>): void {
  // A short name the article defined earlier, found here as a body of its own words by an earlier pass (tagger,
  // gazetteer): the body it was defined for.
  for (const f of s.found) {
    const form = f.mention.type === 'organization' && f.mention.key === s.key(f.from, f.to) ? shortForms.get(f.mention.key) : undefined;
    const body = form?.defined === true ? form.body : null;
    if (body !== null && body.key !== f.mention.key) takeBody(f.mention, body);
  }
  for (const d of definedShortNames(s)) {
    for (const other of taggedWithin(s, d.from, d.to) ?? []) s.drop(other);
    // An acronym an earlier pass (tagger, gazetteer) found as a body of its own («(أوبك)») is the long name's.
    const own = s.found.find((f) => f.from === d.from && f.to === d.to && f.mention.type === 'organization');
    if (own !== undefined && d.body !== null) {
      takeBody(own.mention, d.body.mention);
      continue;
    }
    if (!s.scan.claimed.slice(d.from, d.to).every((c) => c === false)) continue;
    const body = d.body?.mention;
    s.add(d.from, d.to, { type: 'organization', key: body?.key ?? s.key(d.from, d.to), surface: s.text(d.from, d.to), entry: body?.entry ?? null, tagged: true });
  }
}
