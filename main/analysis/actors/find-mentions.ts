/**
 * Rule-based and tagged NER over one article (notes §2.5): the passes of mention-passes.ts over each sentence,
 * the tagger's reading of the article computed once for all of them.
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import type { Mention } from './mention.ts';
import { runPasses } from './mention-passes.ts';
import type { PassObserver } from './pass-trace.ts';
import type { PersonRule } from './person-rules.ts';
import type { KnownPersons, Scan } from './scan-context.ts';
import type { SentenceWords } from '../words/sentence-tokens.ts';
import { noteShortForms } from './find-short-forms.ts';
import type { ShortForm } from './find-short-forms.ts';
import { SentenceScan } from './sentence-scan.ts';
import { articleEntities } from './sentence-entities.ts';
import type { NerModel } from '../ner/tagger.ts';
import { WordMargins } from './word-margins.ts';

/**
 * Every mention in one article body, given as its sentences and words (sentenceWords), in reading order.
 * The caller splits the body once for both passes; the words are only read, never changed. An observer, if
 * given, is told what each pass did (pass-trace.ts); `off` names the person rules a measuring tool switched off.
 */
export function findMentions(sentences: readonly SentenceWords[], sourceId: string, gazetteer: Gazetteer, known: KnownPersons | null, model: NerModel | null, observer: PassObserver | null = null, off?: ReadonlySet<PersonRule>): Mention[] {
  const out: Mention[] = [];
  const tagged = model === null ? null : articleEntities(sentences, model, gazetteer);
  // The last words of the full names the article has given so far: a surname alone is never vetoed (dropVetoed).
  const surnames = new Set<string>();
  // The short forms of organisations named so far («القاعدة» after «تنظيم القاعدة», «الحشد» after «الحشد الشعبي»: findShortForms).
  const shortForms = new Map<string, ShortForm>();
  sentences.forEach((sw, index) => {
    const { sentence, words } = sw;
    const scan: Scan = { words, claimed: words.map(() => false), gazetteer, known, sentenceText: sentence.text, sentenceStart: sentence.start, off };
    const s = new SentenceScan(scan, sourceId, sentence, observer);
    const entities = tagged?.entities[index];
    const tags = entities === undefined ? null : { entities, margins: new WordMargins(tagged?.outside[index] ?? []), surnames, shortForms };
    runPasses(s, tags, known, observer);
    noteShortForms(s, shortForms);
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
