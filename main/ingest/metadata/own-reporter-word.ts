// «الخليل – مراسلنا – فلان الفلاني»: the word a dateline sets where a newsroom or a writer could stand, to say the
// writer is the newsroom's own correspondent, envoy or delegate. It names neither an outlet nor a person: the
// readers of datelines step over it (dateline-byline.ts) and the outlet forms refuse it (form-sources.ts).
import { normalise } from '../../text/arabic/index.ts';

// «مراسلنا», «مراسلتنا», «موفدنا», «مندوبتنا», «المراسل», «المندوبة» as normalise writes them (ة → ه).
const OWN_REPORTER_WORD = /^(?:(?:مراسل|موفد|مندوب)(?:ت?نا)|ال(?:مراسل|موفد|مندوب)ه?)$/u;

/** Whether `text` is only the word for the newsroom's own reporter: «مراسلنا», «مراسلتنا», «مندوبنا», «المراسل». */
export function isOwnReporterWord(text: string): boolean {
  return OWN_REPORTER_WORD.test(normalise(text.trim()));
}

/**
 * The name after the own reporter's word that opens `text`, «من» before it or not: «من مراسلنا فلان الفلاني» and
 * «مراسلتنا فلانة» give the name, which is the writer's (the word says whose reporter, the name who). Null when `text`
 * does not open so; the caller still asks whether the rest is a person's name.
 */
export function nameAfterOwnReporterWord(text: string): string | null {
  const m = /^(?:من\s+)?([\p{L}\p{M}]+)\s+(\S.*)$/u.exec(text.trim());
  return m !== null && isOwnReporterWord(m[1] ?? '') ? (m[2] ?? null) : null;
}
