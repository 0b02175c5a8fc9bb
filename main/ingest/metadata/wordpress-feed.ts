// What WordPress prints into the feeds and excerpts a page may be scraped from: «The post X appeared first on Y.»
// («ظهرت المقالة X أولاً على Y.» in Arabic installs) under each item, and «Name, Author at Site» as an author feed's
// title. The item's title, the site and the writer, each in its place.

const POST = /^\s*(?:The post|ظهرت المقالة)\s+(.{4,200}?)\s+(?:appeared first on|first appeared on|أولاً على|أولا على)\s+(.{2,50}?)\s*\.?\s*$/iu;
const AUTHOR_AT = /(?:^|\s)([^,،\n]{2,40}?),\s*Author at\s+(.{2,40}?)(?=\s+https?:\/\/|\s*$)/u;

/** The item's title and the site a feed's «The post X appeared first on Y.» names, or null. */
export function feedPost(line: string): { title: string; site: string } | null {
  if (!line.includes('The post') && !line.includes('ظهرت المقالة')) return null;
  const m = POST.exec(line);
  return m ? { title: (m[1] ?? '').trim(), site: (m[2] ?? '').trim() } : null;
}

/** The writer and the site an author feed's title names («سليمة بن عمر, Author at المقال https://…»), or null. */
export function authorAt(line: string): { author: string; site: string } | null {
  if (!line.includes('Author at')) return null;
  const m = AUTHOR_AT.exec(line);
  if (m === null) return null;
  const author = (m[1] ?? '').trim();
  // A writer's name is a few words, not a URL's tail or a sentence.
  return author.split(/\s+/u).length <= 5 && !/[/:]/u.test(author) ? { author, site: (m[2] ?? '').trim() } : null;
}
