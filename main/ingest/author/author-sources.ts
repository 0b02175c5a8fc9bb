// Every reader that may find a writer's name on one line, as the byline chooser (author-candidates.ts) asks them: the
// rules' own readers (metadata/), each on every line of the page's head and foot rather than on the one line the
// cleaner marked, and a wider grammar of names — any span of two to four words built like a person's name and opening
// with a given name the gazetteer knows — so that a byline in a form no rule was written for still offers its name.
import { HONORIFIC, iconWriter, isPersonName, openingWriter, ownCorrespondent, parseAuthorBio, parseBareName, parseByline, parseCredits, parseOutletByline, parsePlaceByline, splitHeadlineByline } from '../metadata/byline.ts';
import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
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
  /**
   * A word the line must hold for the reader to find anything, tested first (a compiled pattern costs far less than
   * the reader): wider than what the reader asks, never narrower.
   */
  gate?: RegExp;
  read: (line: string) => string | null | undefined;
}

// parseAuthorBio's professions and parseCredits' roles (or an agency's «وام/محرر»), as any line holding one spells them.
const PROFESSION_MARK = /صح[فا]ف?ي|كاتب|باحث|مراسل|محلل|[أا]كاديمي|محرر|مصور|\bis an? /iu;
const CREDIT_MARK = /تغطية|شارك|[إا]عداد|تحرير|كتابة|ترجمة|reporting|writing|editing|\//iu;
// The marks the other readers' forms cannot do without: a dash or slash between place, writer and outlet, a colon or
// bracket after a place, the dash or dots before a headline's byline, «يكتب:», the writing hand, «مراسلنا».
const DASH_OR_SLASH = /[-–—/]/u;
const PLACE_MARK = /[()（）:：\-–—/]/u;
const TAIL_MARK = /[-–—|…]|\.{2}/u;
const WRITES = /يكتب|تكتب|writes/u;
const HAND = /[✍🖊✒✏]/u;
const OWN_REPORTER = /مراسل|موفد|مندوب/u;

/** The readers, in a fixed order (the order candidates are first met in, which decides ties). */
export const AUTHOR_SOURCES: readonly AuthorSource[] = [
  { kind: 'cue', zone: 'both', maxWords: 40, read: parseByline },
  { kind: 'outlet-pair', zone: 'both', maxWords: 12, gate: DASH_OR_SLASH, read: (l) => parseOutletByline(l)?.author },
  { kind: 'place', zone: 'head', maxWords: 10, gate: PLACE_MARK, read: parsePlaceByline },
  { kind: 'bare', zone: 'both', maxWords: 10, read: parseBareName },
  { kind: 'columnist', zone: 'both', maxWords: 12, read: parseColumnistHeader },
  { kind: 'place-clock', zone: 'head', maxWords: 14, gate: /\p{N}/u, read: parsePlaceClockByline },
  { kind: 'descriptor', zone: 'both', maxWords: 10, read: nameBeforeDescriptor },
  { kind: 'icon', zone: 'head', maxWords: 30, gate: HAND, read: iconWriter },
  { kind: 'opening', zone: 'head', maxWords: 80, gate: WRITES, read: openingWriter },
  { kind: 'headline-tail', zone: 'head', maxWords: 30, gate: TAIL_MARK, read: (l) => splitHeadlineByline(l)?.writer },
  { kind: 'dateline', zone: 'head', maxWords: 80, gate: DASH_OR_SLASH, read: (l) => datelineByline(l)?.writer },
  { kind: 'own-reporter', zone: 'head', maxWords: 200, gate: OWN_REPORTER, read: ownCorrespondent },
  { kind: 'bio', zone: 'foot', maxWords: 60, gate: PROFESSION_MARK, read: parseAuthorBio },
  { kind: 'credit', zone: 'foot', maxWords: 40, gate: CREDIT_MARK, read: (l) => parseCredits(l)?.reporter },
  { kind: 'feed', zone: 'both', maxWords: 30, gate: /Author at/u, read: (l) => authorAt(l)?.author },
];

// What may follow a name's last word and close the span: a comma, a stop, a colon, a bracket.
const CLOSES = /[،,.:：؛;()（）«»"“”]+$/u;
const OPENS = /^[()（）«»"“”]+/u;

/**
 * The names of two to four words on a line that a person's name is built like (see isPersonName) and that open with a
 * given name (see opensWithGivenName), longest first at each word, left to right; a punctuation mark closes a name.
 */
function nameSpans(line: string): string[] {
  // Each token once: without the brackets before it, and whether a mark after it closes a name there.
  const tokens = line.replace(HONORIFIC, '').split(/[\s\-–—|/_]+/u).flatMap((t) => {
    const token = t.replace(OPENS, '');
    const bare = token.replace(CLOSES, '');
    return [{ bare, closes: bare !== token }];
  });
  const out: string[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const words: string[] = [];
    for (let j = i; j < tokens.length && words.length < 4; j++) {
      const token = tokens[j];
      // A mark alone («-», «»») ends the span before it; one after a word, at that word.
      if (token === undefined || token.bare === '') break;
      words.push(token.bare);
      if (token.closes) break;
    }
    // Whether the span opens with a given name depends on its first words only: asked once for the longest.
    if (words.length < 2 || !opensWithGivenName(words.join(' '))) continue;
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(' ');
      if (isPersonName(name) && (n > 2 || opensWithGivenName(name))) {
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
