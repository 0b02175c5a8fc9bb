import type { Actor } from '../../model/brief.ts';
import type { ArticleRecord } from '../../model/article.ts';
import { loadGazetteer } from '../../text/gazetteer/gazetteer.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { buildActor } from './build-actors.ts';
import { ActorCorrections, applyCorrections, displayName, rulesOf } from './corrections.ts';
import { groupMentions } from './group-mentions.ts';
import type { Group } from './group-mentions.ts';
import { proposeMerges } from './merge-proposals.ts';
import { mergeVariants } from './variant-merges.ts';
import { mergeRegimeForces } from './regime-forces.ts';
import { selectionMentions } from './selection-mentions.ts';
import { loadNerModel } from '../ner/load-model.ts';

export interface ExtractActorsOptions {
  corrections?: ActorCorrections;
  /** Without the trained tagger: the rule-based finder alone (for measuring what the tagger adds). */
  rulesOnly?: boolean;
  /** Keep only the most mentioned actors. */
  maxActors?: number;
}

let shipped: Gazetteer | null = null;

function gazetteerFor(extra: Parameters<typeof loadGazetteer>[0]): Gazetteer {
  if (extra !== undefined && extra.length > 0) return loadGazetteer(extra);
  shipped ??= loadGazetteer();
  return shipped;
}

/**
 * The actors of a selection of articles: people, organisations and places, with their roles per source,
 * their other names, citations and proposed merges (notes §2.4–2.7), from the mentions of selection-mentions.ts.
 * Removed boilerplate is not in
 * the body and is never read; an article's own outlet and author are never actors of it.
 */
export function extractActors(articles: readonly ArticleRecord[], options: ExtractActorsOptions = {}): Actor[] {
  const corrections = ActorCorrections.parse(options.corrections ?? {});
  const gazetteer = gazetteerFor(corrections.gazetteer);
  const { rules } = corrections;
  const outletKey = new Map<string, string>();
  const authorKey = new Map<string, string>();
  for (const a of articles) {
    if (a.outlet !== null && nameKey(a.outlet).length > 0) outletKey.set(a.id, nameKey(a.outlet));
    if (a.author !== null && nameKey(a.author).length > 0) authorKey.set(a.id, nameKey(a.author));
  }
  const mentions = selectionMentions(articles, gazetteer, options.rulesOnly === true ? null : loadNerModel());
  const corrected = applyCorrections(groupMentions(mentions, { outletKey, authorKey }), rules).filter((g) => g.mentions.length > 0);
  const groups = mergeRegimeForces(mergeVariants(corrected, rules, gazetteer), rules, gazetteer, articles);
  const names = new Map<Group, string>(groups.map((g) => [g, displayName(g)]));
  const proposals = proposeMerges(groups, names, rulesOf(rules, 'reject-merge'));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const actors = groups
    .map((g) => buildActor(g, names.get(g) ?? g.key, proposals.get(g) ?? [], order))
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
  return options.maxActors === undefined ? actors : actors.slice(0, Math.max(0, options.maxActors));
}
