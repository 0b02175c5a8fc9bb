// The labelled format sets the learned choosers (title, outlet) learn from, and what the rules frozen before each was
// studied read on it. Read by the training scripts and by the guard tests that check the shipped models were trained
// on them. A new training set is one more name in TRAINING_SETS (then `npm run train:title-lines` and
// `npm run train:outlets` again).

/** Named one by one so that a set added later is not learned from silently: a set written to measure the choosers
 * (untouched-11 and later, until studied) must stay out of their training. */
export const TRAINING_SETS = ['tuned', 'untouched', 'untouched-2', 'untouched-3', 'untouched-4', 'untouched-5', 'untouched-6', 'untouched-7', 'untouched-8', 'untouched-9', 'train-11', 'untouched-10', 'train-12', 'train-13'] as const;
/**
 * The format sets written to measure the choosers and the rules, never learned from (tests/fixtures/formats/README.md);
 * every set is either here or in TRAINING_SETS (tests/unit/ingest/held-out-format-sets.test.ts).
 */
export const HELD_OUT_SETS = ['untouched-11', 'untouched-12', 'untouched-13', 'untouched-14', 'untouched-15', 'untouched-16', 'untouched-17', 'untouched-18', 'untouched-19', 'untouched-20', 'untouched-21', 'untouched-22', 'untouched-23', 'untouched-24', 'untouched-25', 'untouched-26', 'untouched-27', 'untouched-28', 'untouched-29', 'untouched-30', 'untouched-31'] as const;
/**
 * Held-out sets whose misses the rules were since mended on (untouched-11 by meta16, untouched-12 and -13 by meta13,
 * untouched-14 by meta14, untouched-15 by meta15, untouched-16 by meta17, untouched-17 by dates13, outlet13 and meta19, untouched-18 by outlet18, untouched-19 by outlet19, untouched-20 by dates20 and outlet20, untouched-21 by meta21 and dates21, untouched-22 by meta22, untouched-25 by meta23, untouched-26 by meta24 and outlet25, untouched-27 by meta27, untouched-28 by meta28, untouched-29 by meta29): still
 * out of the title and byline choosers' training (the outlet chooser learns from them, with the rules' reads from
 * before they were mended: FROZEN_STUDIED_RULES), but no longer an honest figure for the rules. The others are the honest measure. (untouched-10, studied by an earlier
 * meta14, has since become a training set.)
 */
export const STUDIED_HELD_OUT_SETS: readonly (typeof HELD_OUT_SETS)[number][] = ['untouched-11', 'untouched-12', 'untouched-13', 'untouched-14', 'untouched-15', 'untouched-16', 'untouched-17', 'untouched-18', 'untouched-19', 'untouched-20', 'untouched-21', 'untouched-22', 'untouched-25', 'untouched-26', 'untouched-27', 'untouched-28', 'untouched-29'];
/** The sets a rule may be studied on: the training sets and the studied held-out ones, never an honest one. */
export const STUDIED_FORMAT_SETS: readonly string[] = [...TRAINING_SETS, ...STUDIED_HELD_OUT_SETS];
/** The import date the sets are read against (tests/eval/metadata.ts). */
export const IMPORT_DATE = '2026-01-15';
/**
 * For each studied set, the commit whose rules had not yet seen it (tests/fixtures/formats/README.md: where each set
 * was first measured). The rules' choice is a feature of the choosers; trained on what today's rules read on sets they
 * were mended on, they would learn that the rules are never wrong. What these frozen rules read on each set
 * (tests/fixtures/formats/frozen-rules-reads.json, `npm run frozen-rules-reads`) is what rules read on pages they have
 * not seen. The tuned set has none (the rules were written on it from the start), nor has a set written for training
 * that no rules were mended on: there today's rules stand for themselves.
 */
export const FROZEN_RULES = {
  untouched: '367d463',
  'untouched-2': 'e9795e1',
  'untouched-3': '3ab8aac',
  'untouched-4': '5458b83',
  'untouched-5': '8fc3d5c',
  'untouched-6': '2f2f75b',
  'untouched-7': '0d28961',
  'untouched-8': '4ca59e1',
  'untouched-9': '69d10e1',
  'untouched-10': '302ad0a',
} as const;
export const FROZEN_READS_FILE = 'tests/fixtures/formats/frozen-rules-reads.json';
/**
 * For each held-out set the rules were since mended on, the commit it was first measured at, before any rule was
 * changed for it (tests/fixtures/formats/README.md; untouched-12, never measured apart, at untouched-13's, which came
 * before either was studied). What those rules read (`npm run frozen-studied-reads`) stands for the rules' choice when
 * the outlet chooser is measured over every studied set (`npm run train:outlets -- --cv-studied`); never trained on.
 */
export const FROZEN_STUDIED_RULES: Readonly<Record<string, string>> = {
  'untouched-11': 'e19ad34',
  'untouched-12': '3314f71',
  'untouched-13': '3314f71',
  'untouched-14': '8ce8c76',
  'untouched-15': 'a399c76',
  'untouched-16': '09e0d24',
  'untouched-17': 'eb59d05',
  'untouched-18': 'adcbb91',
  'untouched-19': '890aa4d',
  'untouched-20': '3899d66',
  'untouched-21': '74626e8',
  'untouched-22': '0dcf43ac',
  'untouched-25': '2e7cd9b3',
  'untouched-26': '86edffb9',
  'untouched-27': '55ac1ea8',
  'untouched-28': 'fc42b75f',
  'untouched-29': '86b8b0fd',
};
export const FROZEN_STUDIED_READS_FILE = 'tests/fixtures/formats/frozen-studied-reads.json';
/** What the same frozen rules read as each page's author (`npm run frozen-author-reads`): the byline chooser's rules feature. */
export const FROZEN_AUTHORS_FILE = 'tests/fixtures/formats/frozen-author-reads.json';
