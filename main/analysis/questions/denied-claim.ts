import { normalise, withoutConjunction } from '../../text/arabic/index.ts';
import type { ClaimIndex } from './claim-index.ts';
import type { ClaimTerms } from './claim-terms.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';
import { deniedParts } from './denied-object.ts';
import type { Denial } from './denials.ts';

// A claim asserts the denied content when it shares this much of it: content words (stems) and the
// entities it is about, or many content words when no entity is named («وزير المالية قدم استقالته»).
const WITH_ENTITY = { terms: 2, entities: 1, total: 3 };
const TERMS_ONLY = 4;
// …and covers this share of the denied content, weighted by idf (rare words say more than «وجود»).
const MIN_COVERAGE = 0.35;
// What a predicate of falsity denies is often a short noun phrase («الحديث عن محضر ممضى في جانفي بأنه عار عن الصحة»):
// it cannot share four words with any claim. Of a denied content of at most SHORT_TERMS words, a sentence of another
// article that shares all of them but one, at least two, and most of their weight by idf, asserts it. Four words,
// three of them shared: «تحويل جزء من الفدية إلى المهاجمين» / «حولت الهيئة … إلى مجموعة … جزءا من الفدية», the
// attackers named by the claim and only described by the denial.
const SHORT_TERMS = 4;
const SHORT_SHARED = 2;
const SHORT_COVERAGE = 0.6;
// A sentence that negates what it shares with the denial does not assert it («لا وجود لـ…»).
const NEGATION = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'ولا', 'ولم', 'ولن', 'غير'].map(normalise));

// A negation that «إلا» takes up within this many words restricts instead of denying: «قرار الإغلاق لم يبلغ الأهالي
// إلا بعد أن دخل أبناؤهم الفصول» says when it reached them, which is the claim of a late notice.
const EXCEPTIVE = normalise('إلا');
const EXCEPTIVE_WORDS = 4;

// «دون أن» / «بدون أن» (without): a negation of the verb after «أن» («خرجوا دون أن يقاتلوا إلى جانب النظام»).
const WITHOUT = new Set(['دون', 'بدون'].map(normalise));
const THAT = normalise('أن');

/** Whether a sentence negates a word it shares with the denial: a negation right before a shared term or entity. */
export function negates(s: CorpusSentence, shared: ClaimTerms, terms: ClaimTerms[]): boolean {
  return s.tokens.some((t, i) => {
    const without = WITHOUT.has(withoutConjunction(t.key)) && s.tokens[i + 1]?.key === THAT;
    if (!NEGATION.has(t.key) && !without) return false;
    if (s.tokens.slice(i + 1, i + 1 + EXCEPTIVE_WORDS).some((x) => withoutConjunction(x.key) === EXCEPTIVE)) return false;
    const next = terms[i + (without ? 2 : 1)];
    return next !== undefined && ([...next.terms].some((x) => shared.terms.has(x)) || [...next.entities].some((x) => shared.entities.has(x)));
  });
}

// Three shared words, two of them side by side in both sentences (stopwords between them aside), name what is denied as
// an entity would: «أن تكون محطة مياه الختمية مصدر العدوى» / «تلوث محطة مياه الختمية», a facility the gazetteer does
// not know; «أن تكون العبارة قد حملت …» / «العبارة حملت ضعف طاقتها».
const PHRASE_TERMS = 3;

/** The stems of tokens [from, to) in order, one per content word (index.tokenTerms), stopwords left out. */
function stemRun(terms: readonly ClaimTerms[], from: number, to: number): string[] {
  return terms.slice(from, to).flatMap((t) => [...t.terms, ...t.entities].slice(0, 1));
}

/** The pairs of adjacent content words of what a denial denies («محط ميا»). */
function deniedPairs(index: ClaimIndex, d: Denial): Set<string> {
  const own = stemRun(index.tokenTerms(d.sentence), d.from, d.to);
  return new Set(own.slice(1).map((w, i) => `${own[i] ?? ''} ${w}`));
}

/** The pairs of adjacent content words of a sentence that stand side by side in the denied content too (`pairs`). */
function phrasePairs(index: ClaimIndex, pairs: ReadonlySet<string>, s: CorpusSentence): string[] {
  const other = stemRun(index.tokenTerms(s), 0, s.tokens.length);
  return other.slice(1).map((w, i) => `${other[i] ?? ''} ${w}`).filter((p) => pairs.has(p));
}

/** Whether a sentence holds two adjacent content words that stand side by side in the denied content too (`pairs`). */
export function sharesPhrase(index: ClaimIndex, pairs: ReadonlySet<string>, s: CorpusSentence): boolean {
  return phrasePairs(index, pairs, s).length > 0;
}

/**
 * Whether a phrase is the story's own name rather than the claim's: at least half the selection's other articles (not
 * the denial's, not the candidate's) hold it. «فحص «نجمة البحر»» and a report of the governor's committee on «نجمة
 * البحر» share the ferry every report names, which says nothing of the negligence denied (rev25 leftovers, mendV);
 * «محطة مياه الختمية», in two of nine reports, names what is denied.
 */
function storyPhrase(corpus: Corpus, index: ClaimIndex, pair: string, own: ReadonlySet<number>): boolean {
  const others = new Set(corpus.sentences.map((x) => x.articleIndex).filter((i) => !own.has(i)));
  if (others.size === 0) return false;
  const holding = new Set<number>();
  const one = new Set([pair]);
  for (const [k] of index.sharing(new Set(pair.split(' ')), 2)) {
    const x = corpus.sentences[k];
    if (!x || own.has(x.articleIndex) || holding.has(x.articleIndex)) continue;
    if (sharesPhrase(index, one, x)) holding.add(x.articleIndex);
  }
  return holding.size * 2 >= others.size;
}

/** Whether shared terms and entities are enough to assert the denied content (WITH_ENTITY or TERMS_ONLY). */
function sharesEnough(terms: number, entities: number): boolean {
  return (terms >= WITH_ENTITY.terms && entities >= WITH_ENTITY.entities && terms + entities >= WITH_ENTITY.total) ||
    terms >= TERMS_ONLY;
}

/**
 * The sentence that best asserts what a denial denies: it shares enough of the denied content's terms and
 * entities, covers at least MIN_COVERAGE of it by idf, does not negate it, and is not itself a denial; null when
 * none does. Of equal coverage, the earliest sentence wins. `byPhrase` also takes PHRASE_TERMS shared words two of which
 * stand side by side in both: a looser match, tried only when the denial's own context names no claim (denied.ts).
 */
export function deniedClaim(
  corpus: Corpus, index: ClaimIndex, d: Denial, denials: ReadonlySet<CorpusSentence>, byPhrase = false,
): CorpusSentence | null {
  const total = [...d.what.terms, ...d.what.entities].reduce((sum, x) => sum + index.idf(x), 0);
  if (total === 0) return null;
  const ownTerms = [...d.what.terms];
  const ownEntities = [...d.what.entities];
  // Each denied word's idf read once: every candidate sums the same few (in the order above, so the sums are the same).
  const termIdf = ownTerms.map((x) => index.idf(x));
  const entityIdf = ownEntities.map((x) => index.idf(x));
  let best = 0;
  let claim: CorpusSentence | null = null;
  let pairs: Set<string> | undefined;
  const size = ownTerms.length + ownEntities.length;
  const short = size <= SHORT_TERMS && size >= SHORT_SHARED;
  // A copy of a sentence weighed already (the same text, so the same terms object, and on the same side of the denial's
  // article) scores what it scored: it failed the same tests then, or set `best` to the score it would need to beat.
  const weighed = [new Set<ClaimTerms>(), new Set<ClaimTerms>()];
  for (const [k, shared] of index.sharing(d.what.terms, Math.min(WITH_ENTITY.terms, TERMS_ONLY))) {
    // `shared` is the number of terms the sentence shares (the index lists each sentence once per term): with
    // fewer than TERMS_ONLY it needs an entity too, so without entities to share it cannot be enough.
    if (!short && shared < (byPhrase ? PHRASE_TERMS : TERMS_ONLY) && d.what.entities.size === 0) continue;
    // Nor, when even every denied entity shared would not make it enough (a short match and the phrase aside).
    if (!short && !byPhrase && !sharesEnough(shared, ownEntities.length)) continue;
    const s = corpus.sentences[k];
    if (!s || s === d.sentence || denials.has(s)) continue;
    const t = index.termsOf(s);
    if (!t) continue;
    const side = weighed[s.articleIndex === d.sentence.articleIndex ? 0 : 1];
    if (side === undefined || side.has(t)) continue;
    side.add(t);
    let termCount = 0;
    let entityCount = 0;
    let sum = 0;
    for (let i = 0; i < ownTerms.length; i++) {
      if (!t.terms.has(ownTerms[i] ?? '')) continue;
      termCount++;
      sum += termIdf[i] ?? 0;
    }
    for (let i = 0; i < ownEntities.length; i++) {
      if (!t.entities.has(ownEntities[i] ?? '')) continue;
      entityCount++;
      sum += entityIdf[i] ?? 0;
    }
    const weight = sum / total;
    const shortMatch = short && s.articleIndex !== d.sentence.articleIndex && termCount + entityCount >= Math.max(SHORT_SHARED, size - 1) && weight >= SHORT_COVERAGE;
    const enough = sharesEnough(termCount, entityCount) || shortMatch;
    if (!enough && !(byPhrase && termCount >= PHRASE_TERMS)) continue;
    // Prefer the claim as another source states it: a small edge for a different article.
    const score = weight + (s.articleIndex !== d.sentence.articleIndex ? 0.05 : 0);
    if (score < MIN_COVERAGE || score <= best) continue;
    // The phrase is looked for last: it reads every token's terms, which the other tests do not need.
    if (!enough) {
      const own = new Set([d.sentence.articleIndex, s.articleIndex]);
      if (!phrasePairs(index, (pairs ??= deniedPairs(index, d)), s).some((p) => !storyPhrase(corpus, index, p, own))) continue;
    }
    const terms = ownTerms.filter((x) => t.terms.has(x));
    const entities = ownEntities.filter((x) => t.entities.has(x));
    if (negates(s, { terms: new Set(terms), entities: new Set(entities) }, index.tokenTerms(s))) continue;
    best = score;
    claim = s;
  }
  return claim;
}

// A sentence of another source that tells the same event as the denial's source needs less to be the claim: two
// shared words or entities, covering half of what is denied («نفت الوزارة إغلاق المعبر» / «أغلق المعبر صباح
// الأحد» in a source the summary found telling the same closure).
const EVENT_SHARED = 2;
const EVENT_COVERAGE = 0.5;
/**
 * A source of an event whose sentence names the denier (denied.ts) tells the denier's own event: its claim may cover
 * less of what is denied, the actor already shared («نفى الوالي … تأخرت في إخلاء القرى» / «أوامر الإخلاء لم تصلهم إلا
 * بعد أن بلغت ألسنة اللهب» in a source of the governor's evacuation order).
 */
export const ACTOR_EVENT_COVERAGE = 0.4;

/**
 * The claim of a denial among `candidates`, the sentences of the other sources that tell an event with the denial's
 * source (from the summary's events): the one covering most of the denied content, by idf, with the lower bar
 * above; never a denial, never a sentence that negates what it shares. Null when none does.
 */
export function eventClaim(
  index: ClaimIndex, d: Denial, denials: ReadonlySet<CorpusSentence>, candidates: readonly CorpusSentence[], coverage = EVENT_COVERAGE,
): CorpusSentence | null {
  const total = [...d.what.terms, ...d.what.entities].reduce((sum, x) => sum + index.idf(x), 0);
  if (total === 0) return null;
  let best = 0;
  let claim: CorpusSentence | null = null;
  for (const s of candidates) {
    if (s.articleIndex === d.sentence.articleIndex || denials.has(s)) continue;
    const t = index.termsOf(s);
    if (!t) continue;
    const terms = [...d.what.terms].filter((x) => t.terms.has(x));
    const entities = [...d.what.entities].filter((x) => t.entities.has(x));
    if (terms.length + entities.length < EVENT_SHARED) continue;
    const score = [...terms, ...entities].reduce((sum, x) => sum + index.idf(x), 0) / total;
    if (score < coverage || score <= best) continue;
    if (negates(s, { terms: new Set(terms), entities: new Set(entities) }, index.tokenTerms(s))) continue;
    best = score;
    claim = s;
  }
  return claim;
}

/**
 * The act a denial denies and what it acts on: the first word of the denied object that has a verbal key (a verb or
 * its verbal noun, verbal-root.ts: «اعتقلت» / «اعتقال» / «اعتقالات» → «8:عقل») and the first content word after it
 * («أياً من عمال الميناء» → «عمال»), or null when the object holds no verb or nothing follows it.
 */
export function deniedAct(index: ClaimIndex, d: Denial): { act: string; complement: string | null } | null {
  const [from, to] = deniedParts(d).object;
  const terms = index.tokenTerms(d.sentence);
  for (let i = from; i < to; i++) {
    const act = verbalKeyOf(d.sentence.tokens[i]?.key ?? '');
    if (act === null || !terms[i]?.terms.has(act)) continue;
    for (let j = i + 1; j < to; j++) {
      const next = terms[j];
      const complement = next ? ([...next.terms][0] ?? [...next.entities][0]) : undefined;
      if (complement !== undefined) return { act, complement };
    }
    return { act, complement: null };
  }
  return null;
}

/**
 * A sentence that tells the denied act done to what the denial names, in words of its own: it holds the act's key
 * and its complement («أعلنت النقابة أن الشرطة اعتقلت عمالاً …» for «نفى … أن تكون قوات الأمن قد اعتقلت أياً من
 * عمال الميناء»), the words the shared-terms search (deniedClaim) weighs too lightly beside the denial's others. Not
 * a denial, not a sentence negating them; another article's first, else the denial's own. Null when none does.
 */
export function actClaim(index: ClaimIndex, corpus: Corpus, d: Denial, denials: ReadonlySet<CorpusSentence>): CorpusSentence | null {
  const told = deniedAct(index, d);
  if (told === null || told.complement === null) return null;
  const pair = new Set([told.act, told.complement]);
  let own: CorpusSentence | null = null;
  for (const [k] of index.sharing(pair, pair.size)) {
    const s = corpus.sentences[k];
    if (!s || s === d.sentence || denials.has(s)) continue;
    const t = index.termsOf(s);
    if (!t || !t.terms.has(told.act) || (!t.terms.has(told.complement) && !t.entities.has(told.complement))) continue;
    if (negates(s, { terms: pair, entities: pair }, index.tokenTerms(s))) continue;
    if (s.articleIndex !== d.sentence.articleIndex) return s;
    own ??= s;
  }
  return own;
}

/**
 * Whether a sentence other than the denial's tells the denied act (its verbal key, not negated, with its complement),
 * a denial of something else among them, outside the sentences that deny it too (of `found`): the claim may then stand there in words no search matched («العمال
 * الموقوفين»), and «no source confirms it» would be said without knowing.
 */
export function actTold(index: ClaimIndex, corpus: Corpus, d: Denial, found: readonly Denial[]): boolean {
  const told = deniedAct(index, d);
  if (told === null) return false;
  const act = new Set([told.act]);
  const denying = new Set(found.filter((x) => x.what.terms.has(told.act)).map((x) => x.sentence));
  // The act with what it was done to («اعتقالات» with «العمال»), as actClaim asks, but in a sentence that also denies
  // something else («… رغم نفي الوزير …»): a word of being alone («وجود») recurs in sentences about anything.
  const complement = told.complement;
  if (complement === null) return false;
  return index.sharing(act, 1).some(([k]) => {
    const s = corpus.sentences[k];
    const t = s ? index.termsOf(s) : undefined;
    if (s === undefined || t === undefined || s === d.sentence || denying.has(s)) return false;
    return (t.terms.has(complement) || t.entities.has(complement)) && !negates(s, { terms: act, entities: new Set() }, index.tokenTerms(s));
  });
}

/** Whether a sentence holds the act a denial denies (deniedAct's verbal key); true when what is denied holds no act. */
export function tellsAct(index: ClaimIndex, d: Denial, s: CorpusSentence): boolean {
  const act = deniedAct(index, d)?.act;
  return act === undefined || index.termsOf(s)?.terms.has(act) === true;
}
