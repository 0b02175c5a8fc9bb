// A day, month and year in figures, then a comma: the date a title tag's suffix sets before the site's name.
const DATE_BEFORE_NAME = /^\p{N}{1,4}[./]\p{N}{1,2}[./]\p{N}{2,4}\s*[,،]\s*/u;

/**
 * A title tag's suffix without the date some sites set before their name («11.01.2026, سبوتنيك عربي» → the name).
 * One cut for every reader of the suffix: the HTML reader's declared outlet, the title reader's suffix test and the
 * outlet chooser's title-tag candidate, so none of them takes the date for part of the name.
 */
export function withoutDateBeforeName(suffix: string): string {
  return suffix.replace(DATE_BEFORE_NAME, '');
}
