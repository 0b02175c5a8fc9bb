import type { ClauseRole } from './event-clauses.ts';
import { DEMONSTRATIVES, normalise, opensInPluperfect, procliticReadings, splitSentences, tokenise, type Token } from '../../text/arabic/index.ts';
import type { ArticleRecord } from '../../model/article.ts';

export interface Candidate {
  articleIndex: number;
  sourceId: string;
  /** Exactly body.slice(start, end); or, for a part of a sentence telling two events, that part's words (clause). */
  text: string;
  /** The sentence as the body has it, which a citation quotes. */
  sentence: string;
  /** For a part of a sentence that tells two events (event-clauses.ts): which part. */
  clause?: ClauseRole;
  start: number;
  /** Position of the sentence among the article's kept sentences (0 = lead). */
  position: number;
  tokens: Token[];
  /** Opens with a connective or pronoun that points back to an earlier sentence (§4 step 8). */
  anaphoric: boolean;
  /**
   * Opens in the pluperfect («وكانت الحملة قد انطلقت …»): it looks back at an event told elsewhere, or at background;
   * it is cited by that event, never its point of its own.
   */
  backReference?: boolean;
  /** A half of the article's title («… .. قائد الحشد يلتقي الأسد»): evidence of its event, never a point's text. */
  headline?: boolean;
}

const MIN_WORDS = 6;
// A line this short without closing punctuation is a heading, a caption or a label, not a sentence.
// Scraped captions run long («… (الجزيرة/ لقطة شاشة)»), so the bar is high; texts written without any
// closing punctuation are exempt (see summaryCandidates).
const HEADING_WORDS = 25;

// Openers that lean on the previous sentence: «وأضاف»، «وتابع»، «كما»، «في المقابل»، «من جهته»، «بدوره»، «وهذا».
const ANAPHORIC_FIRST = new Set(
  ['أضاف', 'أضافت', 'تابع', 'تابعت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'لفت', 'لفتت', 'كما', 'بدوره', 'بدورها', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'عليه', 'لذلك', 'لذا'].map(normalise),
);
const ANAPHORIC_SECOND = new Set(['المقابل', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'ناحيته', 'ناحيتها', 'السياق', 'الإطار'].map(normalise));
// A reporting verb followed at once by «إن/أن» has no subject of its own: «وقال إن …» continues a quote.
const SAYING = new Set(['قال', 'قالت', 'أكد', 'أكدت', 'ذكر', 'ذكرت', 'رأى', 'رأت', 'اعتبر', 'اعتبرت'].map(normalise));
const PREPOSITIONS = new Set(['في', 'من', 'على']);
// A teller named only by its kind, definite, after a verb of saying: the outlet or source of a sentence before.
const REFERRING_NOUNS = new Set(['الوكالة', 'الصحيفة', 'القناة', 'الموقع', 'المجلة', 'الإذاعة', 'المصدر', 'المصادر'].map(normalise));
// «هذا العام»، «هذه الليلة»: a demonstrative before a time word points at the present, not back.
const DEICTIC_TIMES = new Set(['العام', 'السنة', 'الشهر', 'الأسبوع', 'اليوم', 'الصباح', 'المساء', 'الليلة', 'الموسم', 'الأيام', 'الفترة'].map(normalise));
const THAT = new Set(['إن', 'أن'].map(normalise));

const hasReading = (tok: Token | undefined, set: ReadonlySet<string>): boolean =>
  tok !== undefined && procliticReadings(tok.key).some((r) => set.has(r));

function isAnaphoric(tokens: readonly Token[]): boolean {
  const [a, b] = tokens;
  if (hasReading(a, ANAPHORIC_FIRST)) return true;
  if (a && procliticReadings(a.key).some((r) => PREPOSITIONS.has(r)) && hasReading(b, ANAPHORIC_SECOND)) return true;
  // «قالت الوكالة إن …»، «وأضاف المصدر …»: the teller named only as «the agency», «the source» told of before.
  if (hasReading(a, SAYING) && b !== undefined && REFERRING_NOUNS.has(b.key)) return true;
  return (hasReading(a, SAYING) && b !== undefined && THAT.has(b.key)) || pointsBack(tokens);
}

/** Whether a demonstrative before a definite noun («من تلك المليشيات»، «هذه الخطوة») points back to what came before. */
function pointsBack(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const next = tokens[i + 1]?.key ?? '';
    return hasReading(t, DEMONSTRATIVES) && next.startsWith('ال') && !DEICTIC_TIMES.has(next);
  });
}

/** A line's words only, as a headline is compared. */
const lineKey = (text: string): string => normalise(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Where a headline joins its parts: «..» or «…», a pipe, a spaced dash, a colon («قائد الحشد يلتقي الأسد | …»).
const TITLE_JOINS = /\.{2,}|…|\s[|\-–—]\s|\||:/u;

/** The keys of a title's parts («بعد إرساله 250 عنصراً.. قائد الحشد يلتقي الأسد» → each half). */
function titleKeys(title: string | null): Set<string> {
  if (!title) return new Set();
  return new Set(title.split(TITLE_JOINS).map(lineKey).filter((k) => k !== ''));
}

/**
 * The sentences of each article that can stand as a summary point: no headings or short lines, no
 * questions, no link or boilerplate lines. Anaphoric openers are kept but flagged.
 */
export function summaryCandidates(articles: readonly ArticleRecord[]): Candidate[] {
  const out: Candidate[] = [];
  articles.forEach((article, articleIndex) => {
    const sentences = splitSentences(article.body);
    const perParagraph = new Map<number, number>();
    for (const s of sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
    const closedAt = (text: string): boolean => /[.!…؛:]["»”'’)\]]*$/.test(text);
    const punctuated = sentences.some((s) => closedAt(s.text));
    // A bare headline is never a point: the title repeated as the body's first line is skipped; a half of it, which
    // the sentence splitter cuts at «..» like a sentence, is kept as evidence of its event but flagged, never stated.
    const title = article.title ? lineKey(article.title) : null;
    const halves = titleKeys(article.title);
    let position = 0;
    for (const s of sentences) {
      const key = lineKey(s.text);
      if (key === title) continue;
      const tokens = tokenise(s.text);
      const words = tokens.filter((t) => /\p{L}/u.test(t.key)).length;
      if (words < MIN_WORDS) continue;
      if (/[؟?]["»”'’)\]]*$/.test(s.text)) continue;
      if (/https?:|www\.|@\w/.test(s.text)) continue;
      // Terminal punctuation, possibly inside closing quotes or brackets; a caption's «(… / لقطة شاشة)» is not.
      if (punctuated && !closedAt(s.text) && words < HEADING_WORDS && perParagraph.get(s.paragraph) === 1) continue;
      out.push({ articleIndex, sourceId: article.id, text: s.text, sentence: s.text, start: s.start, position, tokens, anaphoric: isAnaphoric(tokens), ...(opensInPluperfect(tokens) ? { backReference: true } : {}), ...(halves.has(key) ? { headline: true } : {}) });
      position++;
    }
  });
  return out;
}
