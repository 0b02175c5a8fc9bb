import type { SourceLine } from '../lines/split-lines.ts';

// A line that is only an address: «gulf24.today/Post/details/13877» (a browser's address bar copied with the page),
// «www.site.com», «walaw.press» (a footer's domain). The host's labels, then a path, a query or nothing.
const HOST_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,12}))(?:[/?#]\S*)?\/?$/iu;
// A file's extension reads like a top-level domain: «logo.svg», «article.aspx», «image.jpg» are no host.
const FILE_ENDING = /^(?:svg|png|jpe?g|gif|webp|pdf|docx?|html?|php|aspx?|jsp|js|css|txt|mp[34]|zip)$/iu;
// Hosts that carry everybody's pages: a link to them names a network, a store or a shortener, not the page's site.
const SHARED_HOSTS = /(?:^|\.)(?:facebook|fb|twitter|x|t|instagram|youtube|youtu|whatsapp|wa|telegram|tiktok|linkedin|snapchat|google|goo|apple|bit|tinyurl|wordpress|blogspot|medium|example)\.[a-z.]+$/iu;

/** The host a line that is only an address names, lower-cased and without «www.» («gulf24.today»), or null. */
export function hostLine(line: string): string | null {
  const m = HOST_LINE.exec(line.trim());
  if (m === null || FILE_ENDING.test(m[2] ?? '')) return null;
  const host = (m[1] ?? '').toLowerCase();
  return SHARED_HOSTS.test(host) ? null : host;
}

/**
 * The host the page prints as its own address, on a line of its own among its first three lines (an address bar
 * copied with the page): the page's URL when it declares none.
 * A domain further down may be a story's link or a partner's; an address over the headline is where the page came from.
 */
export function pageHost(lines: readonly SourceLine[]): string | null {
  for (const line of lines.slice(0, 3)) {
    const host = hostLine(line.text);
    if (host !== null) return host;
  }
  return null;
}

// «Forwarded from وزارة الداخلية - الكويت»: a messaging app's mark over a post another channel wrote first.
const FORWARDED = /^forwarded from\s+(\S.{1,60}?)\s*$/iu;

/**
 * The channel a post copied into a group or another channel was forwarded from, as the app prints it over the post:
 * the post's publisher, whatever group it was read in. Null for a line without the mark.
 */
export function forwardedChannel(lines: readonly SourceLine[]): string | null {
  for (const line of lines.slice(0, 6)) {
    const m = FORWARDED.exec(line.text.trim());
    if (m !== null) return m[1] ?? null;
  }
  return null;
}

