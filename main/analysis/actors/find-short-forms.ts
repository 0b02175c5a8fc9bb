import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { headlessShortForms } from '../../text/gazetteer/headless-bodies.ts';
import { DESCRIPTIVE_HEADS } from '../words/lexicon.ts';
import { breaksBefore, isDefinite, quoteClosesAfter, quoteOpensBefore, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';
import { VETO_MARGIN } from './drop-vetoed.ts';
import { nameReading } from './find-tagged.ts';
import type { Mention } from './mention.ts';
import { definedShortNames } from './find-acronyms.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { masculine, nisbaHead } from './variant-merges.ts';
import type { WordMargins } from './word-margins.ts';

/** The longest short form, in words. */
const MAX_WORDS = 3;

// Per gazetteer: the first words of its organisations' names whose other words are nisbas («الحشد» of «الحشد الشعبي»).
const NISBA_HEADS = new WeakMap<Gazetteer, ReadonlySet<string>>();

function gazetteerNisbaHeads(g: Gazetteer): ReadonlySet<string> {
  let heads = NISBA_HEADS.get(g);
  if (heads === undefined) {
    const made = new Set<string>();
    for (const [key, entries] of g.byKey) {
      const head = entries.some((e) => e.type === 'organization' && !e.outlet) ? nisbaHead(key) : null;
      if (head !== null) made.add(head);
    }
    heads = made;
    NISBA_HEADS.set(g, heads);
  }
  return heads;
}

/** A short form an article gave: the body it stands for (null when two bodies of the article share it). */
export interface ShortForm {
  body: Mention | null;
  /**
   * Only when quoted: the first word of a name whose other words are nisbas («الحشد» of «الحشد الشعبي»), as often a
   * common word («الاتحاد», «البنك») as the body's name. Quotes say it is a name.
   */
  quotedOnly: boolean;
  /** Defined by the article after the body's long name («(سومو)», find-acronyms.ts): that body wherever it is found. */
  defined: boolean;
  /**
   * A head-less state body's listed short form («النيابة»): the list says it is the body once the article named it,
   * so the tagger, which learnt it as a common word, does not veto it.
   */
  listed?: boolean;
}

/**
 * Notes the short forms of the organisations a sentence found, by name key, for the article's later sentences
 * (findShortForms): the words after a descriptive head («تنظيم القاعدة», «حركة حماس», «شركة نيسان»), and the first
 * word of a name whose other words are nisbas («الحشد الشعبي», as variant-merges.ts merges it), and a head-less state
 * body's listed short form («النيابة» of «النيابة العامة», headless-bodies.json). A short form two
 * bodies of the article share («الجيش» of «الجيش السوري» and «الجيش اللبناني») is neither's.
 */
export function noteShortForms(s: SentenceScan, into: Map<string, ShortForm>): void {
  // «شركة تسويق النفط (سومو)»: the short name the article defines (find-acronyms.ts) is the body's found over it.
  for (const d of definedShortNames(s)) {
    const m = s.found.find((f) => f.from === d.from && f.to === d.to && f.mention.type === 'organization')?.mention;
    if (m !== undefined) note(into, s.key(d.from, d.to), m, { quotedOnly: false, defined: true });
  }
  for (const f of s.found) {
    const m = f.mention;
    if (m.type !== 'organization' || m.roleOnly || m.outlet) continue;
    // A head-less state body's listed short form («النيابة» of «النيابة العامة»), a common word elsewhere.
    if (m.entry !== null) for (const short of headlessShortForms(m.entry)) note(into, short, m, { quotedOnly: false, listed: true });
    const headed = f.to - f.from >= 2 && f.to - f.from <= MAX_WORDS + 1 && readsAsKeepingArticle(s.words[f.from]?.key ?? '', DESCRIPTIVE_HEADS) !== null;
    // A name found after its head, the head left out («شركة [زيلترا]»): the name is its own short form.
    const afterHead = !headed && f.from > 0 && f.to - f.from <= MAX_WORDS && !breaksBefore(s.words, f.from) && readsAsKeepingArticle(s.words[f.from - 1]?.key ?? '', DESCRIPTIVE_HEADS) !== null;
    const short = headed ? s.key(f.from + 1, f.to) : afterHead ? s.key(f.from, f.to, nameReading(s.words[f.from]?.key ?? '')) : nisbaHead(m.key);
    if (short === null) continue;
    note(into, short, m, { quotedOnly: !headed && !afterHead });
  }
}

/** How a short form was given (ShortForm's fields of the same names; `defined` and `listed` false unless said). */
interface ShortFormKind {
  quotedOnly: boolean;
  defined?: boolean;
  listed?: boolean;
}

/** Notes `short` as body m's, or as no body's when another body of the article has it already. */
function note(into: Map<string, ShortForm>, short: string, m: Mention, { quotedOnly, defined = false, listed = false }: ShortFormKind): void {
  const known = into.get(short);
  if (known === undefined) into.set(short, { body: m, quotedOnly, defined, listed });
  else if (known.body !== null && masculine(known.body.key) !== masculine(m.key)) into.set(short, { body: null, quotedOnly: known.quotedOnly, defined: false });
}

/**
 * One sense per article for an organisation's short form: after «تنظيم القاعدة», «القاعدة» alone is that
 * organisation («وقالت القاعدة في بيان»), a common word elsewhere (a base, a rule). Quoted («في “الحشد”»), the
 * words are a name, and the rule decides before the tagger reads them (`quoted`); unquoted, over free words the
 * tagger is not sure are no actor's and no definite adjective follows («القاعدة الجوية» is an air base), and
 * never a nisba name's first word.
 */
export function findShortForms(s: SentenceScan, shortForms: ReadonlyMap<string, ShortForm>, margins: WordMargins, { quoted }: { quoted: boolean }): void {
  if (shortForms.size === 0 && !quoted) return;
  const { words } = s;
  for (let i = 0; i < words.length; i++) {
    if (quoted && !quoteOpensBefore(words, i)) continue;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      if (!isFree(s.scan, i, i + n) || words.slice(i + 1, i + n).some((_, k) => breaksBefore(words, i + 1 + k))) continue;
      const hit = readingsKeepingArticle(words[i]?.key ?? '').map((r) => ({ reading: r, form: shortForms.get(s.key(i, i + n, r)) })).find((x) => x.form !== undefined);
      // Quoted, the first word of a name of the gazetteer's whose other words are nisbas, in an article that gave
      // no body of it earlier: an organisation of its own words, that variant-merges.ts makes the body's alias when
      // an article of the selection names both.
      if (quoted && hit === undefined && n === 1 && quoteClosesAfter(words, i, s.scan.sentenceText, s.scan.sentenceStart)) {
        const reading = readingsKeepingArticle(words[i]?.key ?? '').find((r) => gazetteerNisbaHeads(s.scan.gazetteer).has(r));
        if (reading !== undefined) s.add(i, i + 1, { type: 'organization', key: reading, surface: s.text(i, i + 1, reading), tagged: true });
        continue;
      }
      const m = hit?.form?.body;
      if (hit === undefined || m === undefined || m === null) continue;
      if (quoted) {
        if (!quoteClosesAfter(words, i + n - 1, s.scan.sentenceText, s.scan.sentenceStart)) continue;
      } else {
        if (hit.form?.quotedOnly === true) continue;
        let sure = false;
        for (let k = i; k < i + n && hit.form?.listed !== true; k++) if (margins.margin(k) >= VETO_MARGIN) sure = true;
        const next = words[i + n]?.key ?? '';
        if (sure || (i + n < words.length && !breaksBefore(words, i + n) && isDefinite(next))) continue;
      }
      s.add(i, i + n, { type: 'organization', key: m.key, surface: s.text(i, i + n, hit.reading), entry: m.entry, tagged: true });
      i += n - 1;
      break;
    }
  }
}
