import { isValidYmd } from './calendar.ts';
import type { DateMention } from './types.ts';

// Arabic services published in Europe print their stamps in the country's language: «fredag 9 januari 2026» (Sweden's,
// Norway's and Denmark's), «9 gennaio 2026» (Italy's), «9 de enero de 2026» (Spain's), «9 de janeiro de 2026»
// (Portugal's), «9 januari 2026» (the Netherlands'). French, German and English dates are english-date.ts's. Only a
// day, the month's name and a year of four digits together are read: the names alone are common words («mars», «mai»,
// «maj», «juni»), a year closes the date as prose does not.
const NAMES: readonly (readonly string[])[] = [
  // Italian, Spanish, Portuguese, Swedish / Danish / Norwegian, Dutch.
  ['gennaio', 'enero', 'janeiro', 'januari', 'januar'],
  ['febbraio', 'febrero', 'fevereiro', 'februari', 'februar'],
  ['marzo', 'março', 'marco', 'mars', 'marts', 'maart'],
  ['aprile', 'abril', 'april'],
  ['maggio', 'mayo', 'maio', 'maj', 'mai', 'mei'],
  ['giugno', 'junio', 'junho', 'juni'],
  ['luglio', 'julio', 'julho', 'juli'],
  ['agosto', 'augusti', 'august', 'augustus'],
  ['settembre', 'septiembre', 'setiembre', 'setembro', 'september'],
  ['ottobre', 'octubre', 'outubro', 'oktober'],
  ['novembre', 'noviembre', 'novembro', 'november'],
  ['dicembre', 'diciembre', 'dezembro', 'december', 'desember'],
];
const MONTH_OF: ReadonlyMap<string, number> = new Map(NAMES.flatMap((names, i) => names.map((n) => [n.normalize('NFC'), i + 1] as const)));
// Longest names first, so that «januari» is not read as «januar» and a letter left over.
const ALTERNATIVES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
// «9 gennaio 2026», «9 de enero de 2026», «9 januari, 2026», «1º de maio de 2026»: the day first, as these languages write it.
const DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:º|°|\.)?\s+(?:de\s+)?(${ALTERNATIVES})\s*,?\s+(?:de\s+)?((?:19|20)\d{2})(?![\p{N}])`, 'giu');

/**
 * Day-first dates in Italian, Spanish, Portuguese, the Scandinavian languages and Dutch, with their year, as date
 * mentions of the tagger's shape («9 gennaio 2026» → 2026-01-09).
 */
export function europeanDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DAY_FIRST)) {
    const month = MONTH_OF.get((m[2] ?? '').toLowerCase().normalize('NFC'));
    const day = Number(m[1]);
    // A day the month does not have («30 februari 2025») is no date: the calendar decides, as the other rules ask it.
    if (month === undefined || !isValidYmd({ year: Number(m[3]), month, day })) continue;
    const start = m.index ?? 0;
    const value = `${m[3] ?? ''}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ start, end: start + m[0].length, text: m[0], value, approximate: false, yearBasis: 'explicit', kind: 'date' });
  }
  return out;
}
