import type { ActorCorrections } from '../analysis/actors/index.ts';
import { ActorCorrectionRule } from '../api/contract.ts';
import type { Store } from '../library/store.ts';
import type { ActorType } from '../model/brief.ts';

/**
 * The analyst's stored actor corrections (in the order they were made) and gazetteer additions, as the actor
 * analysis applies them.
 */
export function toActorCorrections(rules: readonly ActorCorrectionRule[], gazetteer: readonly { name: string; type: ActorType; aliases: string[] }[] = []): ActorCorrections {
  const out: Required<Pick<ActorCorrections, 'merges' | 'splits' | 'renames' | 'types' | 'rejectedMerges'>> = {
    merges: [],
    splits: [],
    renames: [],
    types: [],
    rejectedMerges: [],
  };
  for (const rule of rules) {
    switch (rule.kind) {
      case 'merge':
        out.merges.push({ into: rule.into, from: rule.from });
        break;
      case 'split':
        out.splits.push({ name: rule.name, alias: rule.alias });
        break;
      case 'rename':
        out.renames.push({ from: rule.from, to: rule.to });
        break;
      case 'type':
        out.types.push({ name: rule.name, type: rule.type });
        break;
      case 'reject-merge':
        out.rejectedMerges.push({ a: rule.a, b: rule.b });
        break;
      default: {
        const never: never = rule;
        throw new Error(`unknown actor correction ${JSON.stringify(never)}`);
      }
    }
  }
  return { ...out, gazetteer: gazetteer.map((g) => ({ name: g.name, type: g.type, aliases: g.aliases, nisba: [], outlet: false })) };
}

/** The workspace's actor corrections that still fit the rule schema, with their ids, oldest first. */
export function storedActorRules(store: Store): { id: number; rule: ActorCorrectionRule }[] {
  return store.listActorCorrections().flatMap((c) => {
    const parsed = ActorCorrectionRule.safeParse({ ...c.rule, kind: c.kind });
    return parsed.success ? [{ id: c.id, rule: parsed.data }] : [];
  });
}

/** Everything the analyst taught the actor analysis in this workspace: corrections and gazetteer names. */
export function storedActorCorrections(store: Store): ActorCorrections {
  return toActorCorrections(storedActorRules(store).map((r) => r.rule), store.listGazetteerEntries());
}
