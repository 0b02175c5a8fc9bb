import type { ActorCorrections } from '../analysis/actors/index.ts';
import type { ActorCorrectionRule } from '../api/contract.ts';
import type { ActorType } from './brief.ts';

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
