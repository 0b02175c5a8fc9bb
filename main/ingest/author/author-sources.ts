// Every reader that may find a writer's name on one line, as the byline chooser (author-candidates.ts) asks them: the
// rules' own readers (metadata/), each on every line of the page's head and foot rather than on the one line the
// cleaner marked, and a wider grammar of names — any span of two to four words built like a person's name and opening
// with a given name the gazetteer knows — so that a byline in a form no rule was written for still offers its name.
import { HONORIFIC, iconWriter, isPersonName, opensWithGivenName, openingWriter, ownCorrespondent, parseAuthorBio, parseBareName, parseByline, parseCredits, parseOutletByline, parsePlaceByline, splitHeadlineByline } from '../metadata/byline.ts';
import { datelineByline } from '../metadata/dateline-byline.ts';
import { nameBeforeDescriptor, parseColumnistHeader, parsePlaceClockByline } from '../metadata/head-byline.ts';
import { authorAt } from '../metadata/wordpress-feed.ts';

/** One reader of a line: the name it finds there, or null. */
export interface AuthorSource {
  /** The feature's name: renaming one is a new feature set (AUTHOR_FEATURE_SET). */
  kind: string;
  /** Where it is asked: the head's lines (and the story's first), the foot's, or both. */
  zone: 'head' | 'foot' | 'both';
  /** The longest line (in words) it is asked about: a byline is short, and most of a page's lines are prose. */
  maxWords: number;
  read: (line: string) => string | null | undefined;
}

/** The readers, in a fixed order (the order candidates are first met in, which decides ties). */
export const AUTHOR_SOURCES: readonly AuthorSource[] = [
  { kind: 'cue', zone: 'both', maxWords: 40, read: parseByline },
  { kind: 'outlet-pair', zone: 'both', maxWords: 12, read: (l) => parseOutletByline(l)?.author },
  { kind: 'place', zone: 'head', maxWords: 10, read: parsePlaceByline },
  { kind: 'bare', zone: 'both', maxWords: 10, read: parseBareName },
  { kind: 'columnist', zone: 'both', maxWords: 12, read: parseColumnistHeader },
  { kind: 'place-clock', zone: 'head', maxWords: 14, read: parsePlaceClockByline },
  { kind: 'descriptor', zone: 'both', maxWords: 10, read: nameBeforeDescriptor },
  { kind: 'icon', zone: 'head', maxWords: 30, read: iconWriter },
  { kind: 'opening', zone: 'head', maxWords: 80, read: openingWriter },
  { kind: 'headline-tail', zone: 'head', maxWords: 30, read: (l) => splitHeadlineByline(l)?.writer },
  { kind: 'dateline', zone: 'head', maxWords: 80, read: (l) => datelineByline(l)?.writer },
  { kind: 'own-reporter', zone: 'head', maxWords: 200, read: ownCorrespondent },
  { kind: 'bio', zone: 'foot', maxWords: 60, read: parseAuthorBio },
  { kind: 'credit', zone: 'foot', maxWords: 40, read: (l) => parseCredits(l)?.reporter },
  { kind: 'feed', zone: 'both', maxWords: 30, read: (l) => authorAt(l)?.author },
];

// What may follow a name's last word and close the span: a comma, a stop, a colon, a bracket.
const CLOSES = /[،,.:：؛;()（）«»"“”]+$/u;
const OPENS = /^[()（）«»"“”]+/u;

/**
 * The names of two to four words on a line that a person's name is built like (see isPersonName) and that open with a
 * given name (see opensWithGivenName), longest first at each word, left to right; a punctuation mark closes a name.
 */
function nameSpans(line: string): string[] {
  const tokens = line.replace(HONORIFIC, '').split(/[\s\-–—|/_]+/u).filter((t) => t !== '');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const words: string[] = [];
    for (let j = i; j < tokens.length && words.length < 4; j++) {
      const token = (tokens[j] ?? '').replace(OPENS, '');
      const bare = token.replace(CLOSES, '');
      if (bare === '') break;
      words.push(bare);
      if (bare !== token) break;
    }
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(' ');
      if (opensWithGivenName(name) && isPersonName(name)) {
        out.push(name);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The wider grammar, asked on short lines of the head and foot only: a story's long lines name its people, not its writer. */
export const NAME_SPANS = { kind: 'name-span', maxWords: 14, read: nameSpans } as const;
