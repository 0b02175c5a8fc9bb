/**
 * The passes that find the mentions of one sentence, in the order they run (find-mentions.ts runs them). Each
 * claims the words it takes, so an earlier pass wins over a later one: bylines and photo credits are set aside first, a title word
 * never becomes a name, a quoted outlet never becomes a place. The rules come first; then the trained tagger's
 * entities cut, confirm or drop what the rules found and fill the words they left (issue 12: the tagger proposes,
 * the cues, the gazetteer and the name-evidence checks confirm, type and bound; the state bodies named without a head
 * noun come from a list of their own, find-headless-bodies.ts); a one-word name completed in brackets
 * takes the bracket (bracketed-name-tail.ts); a community's name alone is dropped (drop-communities.ts), and a
 * person's name inside a facility's or thing's name is that name's (named-after-thing.ts); the second pass adds the
 * people the whole selection already knows; the tagger's veto comes last, over everything the rules proposed.
 */
import { bracketedNameTail } from './bracketed-name-tail.ts';
import { checkRuleMentions } from './check-rule-mentions.ts';
import { dropCommunities } from './drop-communities.ts';
import { dropVetoed } from './drop-vetoed.ts';
import { findAcronyms } from './find-acronyms.ts';
import { findApposed } from './find-apposed.ts';
import { findArticledGiven } from './find-articled-given.ts';
import { findClubs } from './find-clubs.ts';
import { findGazetteerNames } from './find-gazetteer-names.ts';
import { findGoverned } from './find-governed.ts';
import { findHeadlessBodies } from './find-headless-bodies.ts';
import { findKnownPersons } from './find-known-persons.ts';
import { findLatinNames } from './find-latin-names.ts';
import { findOrganisations } from './find-organisations.ts';
import { findPlaces } from './find-places.ts';
import { findShortForms } from './find-short-forms.ts';
import { findStandingBodies } from './find-standing-bodies.ts';
import type { ShortForm } from './find-short-forms.ts';
import { findTagged } from './find-tagged.ts';
import { findTitled } from './find-titled.ts';
import { namedAfterThing } from './named-after-thing.ts';
import { nationOfBody } from './nation-of-body.ts';
import type { PassObserver } from './pass-trace.ts';
import type { KnownPersons } from './scan-context.ts';
import type { WordEntity } from './sentence-entities.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { skipBylines } from './skip-bylines.ts';
import { skipCredits } from './skip-credits.ts';
import { taggerOverGazetteer } from './tagger-over-gazetteer.ts';
import { titleTagged } from './title-tagged.ts';
import type { WordMargins } from './word-margins.ts';

/** What the tagger read in a sentence, and what the article gave before it. */
export interface SentenceTags {
  entities: readonly WordEntity[];
  margins: WordMargins;
  /** The last words of the full names the article gave in earlier sentences: a surname alone is never vetoed. */
  surnames: ReadonlySet<string>;
  /** The short forms of the organisations the article named in earlier sentences (find-short-forms.ts). */
  shortForms: ReadonlyMap<string, ShortForm>;
}

/**
 * A pass and what it needs: the words alone, the tagger's reading (without the tagger it is skipped), or the people
 * known (second pass only), given the tagger's reading too when there is one.
 */
export type MentionPass = { name: string } & (
  | { needs: 'words'; run: (s: SentenceScan) => void }
  | { needs: 'tagger'; run: (s: SentenceScan, tags: SentenceTags) => void }
  | { needs: 'known'; run: (s: SentenceScan, known: KnownPersons, tags: SentenceTags | null) => void });

export const MENTION_PASSES: readonly MentionPass[] = [
  { name: 'skipBylines', needs: 'words', run: skipBylines },
  { name: 'skipCredits', needs: 'words', run: skipCredits },
  { name: 'findArticledGiven', needs: 'words', run: findArticledGiven },
  { name: 'findTitled', needs: 'words', run: findTitled },
  { name: 'findApposed', needs: 'words', run: findApposed },
  { name: 'findLatinNames', needs: 'words', run: findLatinNames },
  { name: 'findHeadlessBodies', needs: 'words', run: findHeadlessBodies },
  { name: 'findStandingBodies', needs: 'words', run: findStandingBodies },
  { name: 'findOrganisations', needs: 'words', run: findOrganisations },
  { name: 'findPlaces', needs: 'words', run: findPlaces },
  { name: 'findGazetteerNames', needs: 'words', run: findGazetteerNames },
  { name: 'findQuotedShortForms', needs: 'tagger', run: (s, t) => findShortForms(s, t.shortForms, t.margins, { quoted: true }) },
  { name: 'checkRuleMentions', needs: 'tagger', run: (s, t) => checkRuleMentions(s, t.entities, t.margins) },
  { name: 'taggerOverGazetteer', needs: 'tagger', run: (s, t) => taggerOverGazetteer(s, t.entities, t.margins) },
  { name: 'findTagged', needs: 'tagger', run: (s, t) => findTagged(s, t.entities, t.margins, t.shortForms) },
  { name: 'titleTagged', needs: 'tagger', run: titleTagged },
  { name: 'bracketedNameTail', needs: 'words', run: bracketedNameTail },
  { name: 'nationOfBody', needs: 'words', run: nationOfBody },
  { name: 'findAcronyms', needs: 'tagger', run: (s, t) => findAcronyms(s, t.shortForms) },
  { name: 'findGoverned', needs: 'words', run: findGoverned },
  { name: 'findClubs', needs: 'words', run: findClubs },
  { name: 'findShortForms', needs: 'tagger', run: (s, t) => findShortForms(s, t.shortForms, t.margins, { quoted: false }) },
  { name: 'dropCommunities', needs: 'words', run: dropCommunities },
  { name: 'namedAfterThing', needs: 'words', run: namedAfterThing },
  { name: 'findKnownPersons', needs: 'known', run: (s, known, tags) => findKnownPersons(s, known, tags) },
  { name: 'dropVetoed', needs: 'tagger', run: (s, t) => dropVetoed(s, t.entities, t.margins, t.surnames) },
];

/** Runs the passes over one sentence; a pass whose input is missing (no tagger, or the first pass) is skipped. The observer, if any, sees each pass that ran. */
export function runPasses(s: SentenceScan, tags: SentenceTags | null, known: KnownPersons | null, observer: PassObserver | null = null): void {
  for (const pass of MENTION_PASSES) {
    s.pass = pass.name;
    switch (pass.needs) {
      case 'words': pass.run(s); break;
      case 'tagger': if (tags === null) continue; pass.run(s, tags); break;
      case 'known': if (known === null) continue; pass.run(s, known, tags); break;
      default: throw new Error(`unknown mention pass ${JSON.stringify(pass satisfies never)}`);
    }
    observer?.afterPass(pass.name, s);
  }
}
