import type { ActorCorrections } from '../analysis/actors/index.ts';
import type { Store } from '../library/store.ts';

/** Everything the analyst taught the actor analysis in this workspace: correction rules (oldest first) and gazetteer names. */
export async function storedActorCorrections(store: Store): Promise<ActorCorrections> {
  return {
    rules: (await store.listActorCorrections()).map((c) => c.rule),
    gazetteer: (await store.listGazetteerEntries()).map((g) => ({ name: g.name, type: g.type, aliases: g.aliases, nisba: [], outlet: false })),
  };
}
