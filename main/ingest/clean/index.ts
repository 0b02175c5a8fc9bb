// The boilerplate cleaner: a jusText-style line classifier (see classify-lines.ts).
export { classifyLines, type ClassifyOptions, type ClassifiedLine, type LineClassification } from './classify-lines.ts';
export { findRepeatedLines } from './repeated-lines.ts';
export { lineKey } from '../lines/line-key.ts';
export { splitLines, type SourceLine } from '../lines/split-lines.ts';
export { lineFeatures, isContentLine, isHeadlineLike, type LineFeatures } from './line-features.ts';
export { boilerplatePhraseReason } from './boilerplate-phrases.ts';
export { isCaption, isSourceCredit, stripIconPrefix } from './caption.ts';
export { isDateline } from '../metadata/dateline.ts';
