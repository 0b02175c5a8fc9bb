/** One date expression found in a text, normalised to a partial ISO date. */
export interface DateMention {
  /** UTF-16 offsets of the expression in the input text. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | '--MM-DD' (year unknown). */
  value: string;
  /** Month parts, «نحو», relative units of month/year granularity... */
  approximate: boolean;
  /** ISO days the expression covers: month parts, explicit ranges, weeks. */
  range?: { start: string; end: string };
  /** Year written; inferred (reference date, weekday, relative); or unknown. */
  yearBasis: 'explicit' | 'inferred' | 'unknown';
  kind: 'date' | 'month' | 'year' | 'relative' | 'weekday' | 'range' | 'hijri';
  /**
   * A relative day whose weekday is written beside it and agrees («أمس الجمعة» in a Saturday article): the day is
   * said twice, so another source's other day for its event is a disagreement, not a reading of «أمس».
   */
  confirmed?: true;
}

export interface DateContext {
  /** The article's published date (PartialDate); relative dates resolve against it. */
  reference?: string | null;
  /** YYYY-MM-DD: the pinned clock; bounds the window for inferring a year from a weekday. */
  now?: string;
}
