import type { ActorCorrections } from '../analysis/actors/index.ts';
import type { Store } from '../library/store.ts';

/** Everything the analyst taught the actor analysis in this workspace: correction rules (oldest first) and gazetteer names. */
export function storedActorCorrections(store: Store): ActorCorrections {
  return {
    rules: store.listActorCorrections().map((c) => c.rule),
    gazetteer: store.listGazetteerEntries().map((g) => ({ name: g.name, type: g.type, aliases: g.aliases, nisba: [], outlet: false })),
  };
}
