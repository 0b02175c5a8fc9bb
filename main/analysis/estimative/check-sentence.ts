import { tokenise } from '../../text/arabic/index.ts';
import { estimativeLexicon, type EstimativeLexicon } from '../../text/estimative/estimative-lexicon.ts';
import { findEstimativeTerms } from './find-estimative-terms.ts';
import type { LanguageFlag } from './language-flag.ts';
import { sentenceLanguage } from './sentence-language.ts';
import { hedgeSuggestion, separateSuggestion } from './suggestions.ts';
import { findVagueHedges } from './vague-hedges.ts';

/**
 * The flags of one sentence of the analyst's own text (ICD 203's rules on estimative language): each vague hedge, and
 * the whole sentence when it names both a likelihood and a confidence level. Offsets are into `text`, plus `offset`.
 */
export function checkSentence(text: string, offset = 0, lexicon: EstimativeLexicon = estimativeLexicon()): LanguageFlag[] {
  const language = sentenceLanguage(text);
  const tokens = tokenise(text);
  const span = (from: number, to: number) => {
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to - 1]?.end ?? start;
    return { start: start + offset, end: end + offset, text: text.slice(start, end) };
  };
  const flags: LanguageFlag[] = findVagueHedges(tokens).map((h) => {
    const at = span(h.from, h.to);
    return { kind: 'vague-hedge', ...at, language, suggestion: hedgeSuggestion(at.text, language, lexicon) };
  });
  const terms = findEstimativeTerms(tokens, lexicon);
  const likelihood = terms.find((t) => t.term.meaning.kind === 'likelihood');
  const confidence = terms.find((t) => t.term.meaning.kind === 'confidence');
  if (likelihood !== undefined && confidence !== undefined) {
    const l = likelihood.term.meaning;
    const c = confidence.term.meaning;
    flags.push({
      kind: 'likelihood-with-confidence',
      start: offset,
      end: offset + text.length,
      text,
      language,
      suggestion: separateSuggestion(span(likelihood.from, likelihood.to).text, span(confidence.from, confidence.to).text, language),
      ...(l.kind === 'likelihood' ? { band: l.band } : {}),
      ...(c.kind === 'confidence' ? { confidence: c.level } : {}),
    });
  }
  return flags;
}
