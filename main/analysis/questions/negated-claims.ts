/**
 * A denial said with the claim's own verb negated, not with a verb of denying (issue 14): one source writes «انهار
 * الحاجز المائي في وادي عدم», another «أكد … أن الحاجز المائي في وادي عدم لم ينهر». The negated jussive and the
 * asserted perfect share their consonants (text/arabic verbSkeleton, hollow roots included), and the words around
 * them name one subject: asked as a denied claim, the claim and its negation side by side, each with its source.
 */
import { isStopword, lightStem, opensSubjectClause, withoutConjunction, type Token } from '../../text/arabic/index.ts';
import { agreeing } from '../../text/arabic/noun-gender.ts';
import { verbSkeleton } from '../../text/arabic/verbal-root.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';
import { sentenceLabel } from './source-label.ts';

const NEGATION = 'لم';
// Particles that negate the word after them: an asserted verb is none of theirs.
const NEGATIONS = new Set(['لم', 'لا', 'ما', 'لن', 'ليس', 'غير']);
// How many words of subject are read before a negated verb and around an asserted one.
const SUBJECT_BEFORE = 6;
const SUBJECT_AFTER = 6;
const CLAIM_BEFORE = 3;
// Skeletons this short are auxiliaries («لم يعد»، «لم يكن»، «لم يتم»), not claims.
const MIN_SKELETON = 3;
// Subject words the two sides must share: a subject of two words at least («الحاجز المائي»).
const SHARED_SUBJECT = 2;

interface Negated {
  sentence: CorpusSentence;
  /** Token range of the subject and the negated verb, as quoted. */
  from: number;
  to: number;
  subject: Set<string>;
}


function stems(tokens: readonly Token[], from: number, to: number, skip: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const key = tokens[i]?.key ?? '';
    if (i !== skip && key.length > 2 && !isStopword(key) && !/\d/u.test(key)) out.add(lightStem(withoutConjunction(key)));
  }
  return out;
}

/** Each «لم + verb» of the corpus by its verb's skeleton, with the subject read before it (back to the «أن» that opens its clause, «أكد أن …»; not «حتى الآن») or after it. */
function negatedVerbs(corpus: Corpus): Map<string, Negated[]> {
  const out = new Map<string, Negated[]>();
  for (const s of corpus.sentences) {
    s.tokens.forEach((t, i) => {
      const verb = s.tokens[i + 1];
      if (withoutConjunction(t.key) !== NEGATION || !verb) return;
      const skeleton = verbSkeleton(verb.key, 'jussive');
      if (skeleton.length < MIN_SKELETON) return;
      let from = i;
      while (from > Math.max(0, i - SUBJECT_BEFORE) && !opensSubjectClause(s.tokens[from - 1]?.key ?? '')) from--;
      const before = stems(s.tokens, from, i, -1);
      // The subject before the verb when it holds enough words, else the words after it.
      const ahead = before.size >= SHARED_SUBJECT;
      const subject = ahead ? before : stems(s.tokens, i + 2, i + 2 + SUBJECT_AFTER, -1);
      const list = out.get(skeleton) ?? [];
      list.push({ sentence: s, from: ahead ? from : i, to: ahead ? i + 2 : Math.min(s.tokens.length, i + 2 + SUBJECT_AFTER), subject });
      out.set(skeleton, list);
    });
  }
  return out;
}

/** Whether two negations of one verb name the same subject word for word, as a copy of one story does. */
function sameSubject(a: Negated, b: Negated): boolean {
  return a.subject.size === b.subject.size && [...a.subject].every((w) => b.subject.has(w));
}

function quote(s: CorpusSentence, from: number, to: number): string {
  const a = s.tokens[from];
  const b = s.tokens[Math.min(to, s.tokens.length) - 1];
  return a && b ? s.text.slice(a.start, b.end) : '';
}

/** The claims another source asserts with the verb one source negates, about the subject both name. */
export function negatedClaimQuestions(corpus: Corpus): Draft[] {
  const negated = negatedVerbs(corpus);
  if (negated.size === 0) return [];
  const label = (s: CorpusSentence): string => sentenceLabel(corpus, s);
  const out: Draft[] = [];
  const asked = new Set<Negated>();
  for (const s of corpus.sentences) {
    s.tokens.forEach((t, i) => {
      const candidates = negated.get(verbSkeleton(withoutConjunction(t.key), 'perfect'));
      if (!candidates || NEGATIONS.has(withoutConjunction(s.tokens[i - 1]?.key ?? ''))) return;
      const around = stems(s.tokens, i - CLAIM_BEFORE, i + 1 + SUBJECT_AFTER, i);
      for (const n of candidates) {
        if (asked.has(n) || n.sentence.sourceId === s.sourceId) continue;
        if ([...n.subject].filter((w) => around.has(w)).length < SHARED_SUBJECT) continue;
        // A wire story's negation printed by several outlets is one statement: asked once, citing every copy.
        const copies = candidates.filter((c) => !asked.has(c) && c.sentence.sourceId !== s.sourceId && sameSubject(c, n));
        for (const c of copies) asked.add(c);
        // The claim quoted from its verb over as many words as the negated side names its subject in («انهار الحاجز
        // المائي في وادي عدم» beside «الحاجز المائي في وادي عدم لم ينهر»).
        const claim = quote(s, i, i + 1 + Math.max(SHARED_SUBJECT, n.to - n.from - 2));
        const denial = quote(n.sentence, n.from, n.to);
        const deniers = [...new Set(copies.map((c) => label(c.sentence)))].join(' و');
        out.push({
          kind: 'denied',
          text: `هل صحيح ما ورد: «${claim}» بحسب ${label(s)}، أم «${denial}» كما ${agreeing(deniers, 'تقول', 'يقول')} ${deniers}؟`,
          evidence: [...new Set(copies.map((c) => c.sentence)), s],
          deniedClaim: s,
        });
      }
    });
  }
  return out;
}
