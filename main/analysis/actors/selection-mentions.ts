import type { ArticleRecord } from '../../model/article.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { findMentions } from './find-mentions.ts';
import { knownPersons } from './known-persons.ts';
import type { Mention } from './mention.ts';
import type { NerModel } from '../ner/tagger.ts';
import { confirmedWeakNames, withoutUnconfirmed } from './name-evidence.ts';
import { withOrganisationSenses } from './organisation-senses.ts';
import type { PassObserver } from './pass-trace.ts';
import { personRuleOn } from './person-rules.ts';
import type { PersonRule } from './person-rules.ts';
import { sentenceWords } from '../words/sentence-tokens.ts';

/**
 * Every mention of an actor in a selection, in two passes: cues (and the tagger) find people, then every later
 * mention of a name found is counted (one sense per discourse). A name with weak evidence counts only if the
 * selection confirms it; an article's author is never propagated as a person. An observer, if given, is told what
 * the second pass and the filters did (pass-trace.ts). `off` names the person rules switched off (person-rules.ts): a
 * measuring tool's ablation; assembly switches none off.
 */
export function selectionMentions(articles: readonly ArticleRecord[], gazetteer: Gazetteer, model: NerModel | null, observer: PassObserver | null = null, off?: ReadonlySet<PersonRule>): Mention[] {
  const authors = new Set<string>();
  for (const a of articles) if (a.author !== null && nameKey(a.author).length > 0) authors.add(nameKey(a.author));
  // Both passes read the same sentences and words: split and tokenise each body once.
  const split = articles.map((a) => sentenceWords(a.body));
  const firstPass = articles.flatMap((a, i) => findMentions(split[i] ?? [], a.id, gazetteer, null, model, null, off));
  const confirmed = confirmedWeakNames(firstPass);
  const known = knownPersons(withoutUnconfirmed(firstPass, confirmed, null).filter((m) => !authors.has(m.key)), gazetteer);
  const found = articles.flatMap((a, i) => findMentions(split[i] ?? [], a.id, gazetteer, known, model, observer, off));
  const kept = personRuleOn(off, 'unconfirmed') ? withoutUnconfirmed(found, confirmed, known) : found;
  observer?.afterFilter('withoutUnconfirmed', found, kept);
  const out = personRuleOn(off, 'organisation-senses') ? withOrganisationSenses(kept) : kept;
  observer?.afterFilter('withOrganisationSenses', kept, out);
  return out;
}
