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
