import type { SourceLine } from '../lines/split-lines.ts';
import { hostLabel, hostSpells } from './host-skeleton.ts';
import { outletByName } from './known-outlets.ts';

/** How many of the page's first lines are its masthead, where a site prints its own name. */
const MASTHEAD_LINES = 4;
/** The fewest consonants a host must give to be read as spelling a name (three: «amlak», «أملاك»). */
const FEWEST_CONSONANTS = 3;

/**
 * The site's own name as its masthead prints it, when the page's host spells it in Latin letters: «أملاك» under
 * «amlak.net.sa/…». A line of one to three Arabic words, no wire's name. Such a page names itself twice, where a
 * credit under its story («المصدر: واس») names once the wire it rewrote; null when the masthead says nothing the host
 * spells.
 */
export function hostSpelledMasthead(lines: readonly SourceLine[], url: string | undefined): string | null {
  const label = url === undefined ? null : hostLabel(url);
  if (label === null) return null;
  for (const line of lines.slice(0, MASTHEAD_LINES)) {
    const text = line.text.trim();
    const words = text.split(/\s+/u).length;
    if (words > 3 || !/^[\p{Script=Arabic}\s]+$/u.test(text) || outletByName(text)?.kind === 'agency') continue;
    if (hostSpells(label, text, FEWEST_CONSONANTS)) return text;
  }
  return null;
}
