/**
 * Which sources of an event witness it (issue 14: "independent sources counted apart from copies"): the grouping
 * gathers every sentence that tells something of the event, and a point cites them all, but not every such sentence
 * reports it. A paper's third sentence that condemns what the first told, or names the lists that ran in a count, is
 * cited by the count's point and is no second report of it. A source counts as a witness of the event through a
 * sentence that carries it: its article's lead (news puts its event first), the sentence that states the event, or a
 * later one that tells the same action (the stating sentence's opening verb, or an event sense they share: «وكانت
 * العبارة قد تعطلت» beside «تعطلت العبارة»), dates it to its day or is worded close to the stating one. A headline's half is never a witness: it is no sentence of the story.
 */
import type { Unit } from './rank-events.ts';
import { leadAction, OPENING_WORDS, sameOpeningVerb, type LeadAction } from './lead-action.ts';
import { eventSenses, type Token } from '../../text/arabic/index.ts';

/** An article's lead: the sentences that carry its news (index.ts reads a lead by it too). */
export const LEAD_SENTENCES = 2;

/**
 * The event senses a sentence's opening words tell: a verbal noun further on («بتجميد إعلان النتائج») tells what is
 * asked or said, not what the sentence reports.
 */
function openingSenses(tokens: readonly Token[]): Set<string> {
  return new Set(eventSenses(tokens, OPENING_WORDS).keys());
}

/** Whether a unit's sentence tells the action the stating sentence opens on. */
function tellsAction(unit: Unit, stated: LeadAction | null): boolean {
  if (stated === null) return false;
  const own = leadAction(unit.members[0]?.tokens ?? []);
  return own !== null && (sameOpeningVerb(own, stated) || own.verbs.has(stated.verb));
}

/**
 * The units of an event (`g`, indices into `units`) whose sources witness it, the stating unit `rep` always among
 * them: a unit leading its article, telling the stating sentence's action or one of its event senses, or one the caller
 * says `carries` the event — naming its own day («وكان المجلس قد أقر يوم الخميس صرف تعويضات» of Thursday's decision),
 * or worded close to the stating sentence («واستؤنفت منتصف الأسبوع أشغال ترميم السور»).
 */
export function witnessUnits(g: readonly number[], rep: number, units: readonly Unit[], carries: (i: number) => boolean): number[] {
  const stating = units[rep];
  const stated = stating ? leadAction(stating.members[0]?.tokens ?? []) : null;
  const statedSenses = openingSenses(stating?.members[0]?.tokens ?? []);
  return g.filter((i) => {
    if (i === rep) return true;
    const u = units[i];
    if (u === undefined) return false;
    const reporting = u.members.filter((m) => m.headline !== true);
    if (reporting.length === 0) return false;
    if (reporting.some((m) => m.position < LEAD_SENTENCES)) return true;
    if ([...openingSenses(u.members[0]?.tokens ?? [])].some((k) => statedSenses.has(k))) return true;
    if (carries(i)) return true;
    return tellsAction(u, stated);
  });
}
