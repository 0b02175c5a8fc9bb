const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An ICU date formatter for a locale and options, in UTC, made once per process: making one costs far more than
 * formatting with it, and a brief formats dozens of dates (each timeline entry, each tick of the chart's axis).
 */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, made);
  }
  return made;
}
