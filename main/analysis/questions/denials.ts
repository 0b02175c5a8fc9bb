import { normalise, markBetween } from '../../text/arabic/index.ts';
import { claimTerms, type ClaimTerms } from './claim-terms.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import type { CueMatch } from './cue-pattern.ts';
import { denialCues, isFalsityPredicate } from './cues.ts';
import { deniedParts } from './denied-object.ts';
import { postings } from '../summary/postings.ts';
import { isAccusativeParticiple } from '../words/word-shapes.ts';

// Where the denied content stops: «رغم نفيه …، إلا أن …» goes on to say something else.
const CONTRAST = new Set(['الا', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'بينما', 'وبينما'].map(normalise));
// What the denier adds after a comma («…، مؤكدا أن التدخل تم …») is no longer what is denied.
const ADDING = new Set(['مؤكدا', 'مشيرا', 'مضيفا', 'موضحا', 'معتبرا', 'لافتا', 'قائلا', 'مشددا', 'مؤكدة', 'مشيرة', 'مضيفة', 'موضحة', 'معتبرة', 'لافتة', 'قائلة', 'مشددة'].map(normalise));
// Nor is a second act of the denier's joined by «و» after a comma («…، ووصفت ما تداولته …»، «…، وقالت في إفصاح …»):
// the reporting and describing verbs a denial goes on with.
const GOING_ON = new Set(
  ['وقال', 'وقالت', 'ووصف', 'ووصفت', 'وأضاف', 'وأضافت', 'وأكد', 'وأكدت', 'واعتبر', 'واعتبرت', 'وأوضح', 'وأوضحت', 'وأشار', 'وأشارت', 'وتابع', 'وتابعت', 'وشدد', 'وشددت', 'ودعا', 'ودعت'].map(normalise),
);
// «…، متمسكة برقم ٢٨٦ راكبا»: a circumstantial participle (indefinite, accusative: «مُتفعِّلا»، «مُفعِلة») after a comma
// says how the denier stood while denying, no longer what is denied; ADDING lists the common ones, this their form.
// A second letter «ا» is a root's «م» in a «فاعل» («، مالكة العبارة»: the denier's apposition), no participle prefix.
// Kept here, not with the word shapes (words/word-shapes.ts): no other module tests this form. Their
// isAccusativeParticiple reads the form-I ones («، واصفاً الأنباء بأنها كاذبة»), which this form does not.
const CIRCUMSTANTIAL = /^م[^ا]\p{L}{2,4}[اه]$/u;
const circumstantial = (key: string): boolean => CIRCUMSTANTIAL.test(key) || isAccusativeParticiple(key);
// Where it starts before a trailing cue: «ما تردد عن وجود … غير صحيح».
const ABOUT = new Set(['عن', 'بشان', 'حول', 'بان', 'ان'].map(normalise));
// The pronoun that takes up the subject before a predicate («… بأنه عار عن الصحة»، «… أنها غير دقيقة»).
const RESUMING = new Set(['بانه', 'بانها', 'بانهم', 'بانهما', 'انه', 'انها', 'انهم', 'وانه', 'وانها'].map(normalise));

/** A sentence that denies something: its cue, the token range and terms of what it denies, and the claim it denies. */
export interface Denial {
  sentence: CorpusSentence;
  cue: CueMatch;
  /** Token range of the denied content. */
  from: number;
  to: number;
  what: ClaimTerms;
  /** The sentence that asserts what is denied, once one is found. */
  claim: CorpusSentence | null;
  /** First token of the claim's wording in `claim`: 0, or where a counter-clause of the denial's own sentence starts. */
  claimFrom: number;
  /** No claim found, but another sentence tells the denied act in words no search could match (denied-claim's actTold). */
  unsure?: boolean;
}

/**
 * The token range of what a denial cue denies: after a leading cue («نفت …») up to a contrast word, or a comma before
 * what the denier adds («، مؤكدا …») or goes on to do («، ووصفت …»); before a
 * trailing one («… غير صحيح») back to the word that introduces it («عن»، «بشأن»).
 */
export function deniedRange(s: CorpusSentence, cue: CueMatch): [number, number] {
  const n = s.tokens.length;
  // A cue that opens the sentence leads however little follows it («ونفت الوزارة ذلك»); a predicate of falsity after
  // what it denies trails it, however much the sentence goes on («… بأنه عار عن الصحة، وقال إن …»).
  const trails = cue.from > 1 && isFalsityPredicate(s.tokens, cue);
  if (!trails && (cue.to < n - 2 || cue.from === 0)) {
    let to = cue.to;
    while (to < n && !CONTRAST.has(s.tokens[to]?.key ?? '') && !((ADDING.has(s.tokens[to]?.key ?? '') || GOING_ON.has(s.tokens[to]?.key ?? '') || circumstantial(s.tokens[to]?.key ?? '')) && afterComma(s, to))) to++;
    return [cue.to, to];
  }
  // «… والشركة تنفي مسؤوليتها»: a denying verb after its own subject, joined by «و» to what goes before (a headline's
  // second half), denies what follows it; what goes before is another clause, never what is denied.
  const before = s.tokens[cue.from - 1]?.key ?? '';
  if (!trails && /^وال/u.test(before)) return [cue.to, n];
  // «وصف … الحديث عن محضر … بأنه عار عن الصحة»: the pronoun that resumes the subject is no part of it.
  const to = RESUMING.has(s.tokens[cue.from - 1]?.key ?? '') ? cue.from - 1 : cue.from;
  let from = to - 1;
  while (from > 0 && !ABOUT.has(s.tokens[from - 1]?.key ?? '')) from--;
  return [Math.max(0, from), to];
}

function afterComma(s: CorpusSentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  const tok = s.tokens[i];
  return markBetween(s.text, prev, tok, 'comma');
}

/** Every sentence of the corpus with a denial cue, in corpus order, with what its first cue denies (no claim yet). */
export function findDenials(corpus: Corpus): Denial[] {
  const found: Denial[] = [];
  for (const s of corpus.sentences) {
    const cue = denialCues(s.tokens)[0];
    if (!cue) continue;
    const [from, to] = deniedRange(s, cue);
    const d: Denial = { sentence: s, cue, from, to, what: claimTerms(s.tokens, from, to), claim: null, claimFrom: 0 };
    // What is denied, without who denies it: the denier's name is no part of the claim another source makes.
    const [of, ot] = deniedParts(d).object;
    if (of > from) d.what = claimTerms(s.tokens, of, ot);
    found.push(d);
  }
  return found;
}

/** Denials by article: indices into `found`, in order (headlines and restatements pair within one article). */
export function denialsByArticle(found: readonly Denial[]): Map<number, number[]> {
  return postings(found, (d) => [d.sentence.articleIndex]);
}
