/**
 * The rules of the actors stage that add, extend, shorten, retype or drop a person's span, each named so that it can
 * be switched off to measure what it carries over the tagger (scripts/person-ablation.ts, issue 12). Assembly runs
 * them all: the switch is a measuring tool's, never a user setting. The analyst's gazetteer and corrections are no
 * rule of these and are never switched off.
 */
import { z } from 'zod';

export const PersonRule = z.enum([
  // Rules that add a person the tagger may not read.
  'titled', // a name after a title (findTitled)
  'apposed', // a name, a comma, then an office (findApposed)
  'latin', // two to four capitalised Latin words after a reporting verb (findLatinNames)
  'governed', // a foreign surname the lists know after a governing noun (findGoverned)
  'known-full', // a full name the selection found elsewhere, second pass (findKnownPersons)
  'known-surname', // a surname of such a name, alone (findKnownPersons)
  // Rules that move, confirm or retype a rule's mention by the tagger's reading (checkRuleMentions).
  'rule-bounds', // a rule's person cut or extended to the tagger's span (the span-trimming and merging of rule names)
  'tagger-confirms-weak', // a weak rule name the tagger reads as a person is confirmed
  'weak-titled-needs-tagger', // a name beside an office, with weak evidence, is dropped unless the tagger reads a person in it
  'person-in-chain', // an organisation's construct chain ending in a person the tagger reads becomes that person
  'person-after-cue', // a place after a place cue the tagger reads as a person becomes that person
  'tagger-over-gazetteer', // a shipped gazetteer name the tagger reads as a person is retyped
  // Rules over the tagger's own persons (findTagged).
  'tagged-bounds', // titles and non-name words cut from the ends of the tagger's person (personBounds)
  'tagged-name-checks', // a tagger person whose words fail the name evidence or hold a stopword is dropped
  'tagged-bounds-shapes', // a definite descriptor before a given name and a verbal noun with a preposition or an accusative participle after a name are cut from the tagger's person (personBounds)
  'tagged-title-surname', // a title word closing a name the tagger is fairly sure of, heading no office, stays as the surname
  'tagged-one-word-shapes', // a one-word tagger person is cut or dropped by its shape alone (a verb's, a verbal noun's, a plural's) unless the tagger is fairly sure of it
  'tagged-reported-subject', // a one-word tagger person right after a reporting verb is its speaker, whatever the word tests say
  'tagged-company-cue', // a tagger person after a company or club cue is the firm or team
  'tagged-short-form', // a tagger person that is an organisation's short form the article gave is dropped
  'tagged-on-behalf', // «باسم» and the words after a spokesman's noun read as a person are the body
  // Rules that drop or retype persons.
  'body-over-person', // a rule's person the tagger reads as organisations or places only is dropped (bodyOverPerson)
  'veto', // a one-word person with no role the tagger is sure is no actor's is dropped (dropVetoed)
  'unconfirmed', // a weak name the selection does not confirm is dropped (withoutUnconfirmed)
  'organisation-senses', // a tagger person the article names as an organisation elsewhere is that organisation
]);
export type PersonRule = z.infer<typeof PersonRule>;

/** Whether rule `rule` runs, given the rules switched off. */
export function personRuleOn(off: ReadonlySet<PersonRule> | undefined, rule: PersonRule): boolean {
  return off?.has(rule) !== true;
}
