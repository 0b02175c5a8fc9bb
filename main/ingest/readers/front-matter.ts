import type { DeclaredField, DeclaredMetadata } from '../../model/raw-document.ts';

export interface FrontMatter {
  declared: DeclaredMetadata;
  /** The document after the front matter. */
  body: string;
}

// Which front-matter keys feed which declared field; blog engines and scrapers spell them differently.
const FIELDS: Readonly<Record<string, DeclaredField>> = {
  title: 'title',
  headline: 'title',
  date: 'published',
  published: 'published',
  pubdate: 'published',
  publish_date: 'published',
  published_at: 'published',
  date_published: 'published',
  datepublished: 'published',
  author: 'author',
  authors: 'author',
  byline: 'author',
  source: 'outlet',
  outlet: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  url: 'url',
  link: 'url',
  canonical: 'url',
  canonical_url: 'url',
  source_url: 'url',
  lang: 'language',
  language: 'language',
  locale: 'language',
};

/**
 * Splits off YAML front matter ("---" first line up to a "---" or "..." line) and reads the flat keys
 * Markdown exporters write. Only scalars and simple lists are read: a full YAML parser would be a new
 * dependency for a handful of fields, and nested values are not metadata we use.
 */
export function splitFrontMatter(markdown: string): FrontMatter {
  const lines = markdown.split('\n');
  if (lines[0]?.trim() !== '---') return { declared: {}, body: markdown };
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (end < 0) return { declared: {}, body: markdown };

  const values = new Map<string, string[]>();
  let listKey: string | undefined;
  for (const line of lines.slice(1, end)) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey !== undefined) {
      values.get(listKey)?.push(unquote(item[1] ?? ''));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) {
      listKey = undefined;
      continue;
    }
    const key = (pair[1] ?? '').toLowerCase().replace(/-/g, '_');
    const raw = (pair[2] ?? '').replace(/\s+#.*$/, '').trim();
    listKey = raw === '' ? key : undefined;
    values.set(key, raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1).split(',').map(unquote) : raw === '' ? [] : [unquote(raw)]);
  }

  const declared: DeclaredMetadata = {};
  for (const [key, list] of values) {
    const field = FIELDS[key];
    const value = list.filter((v) => v !== '').join(', ');
    if (field === undefined || value === '') continue;
    // A "source" given as a link is the article's address, not the outlet's name.
    const target = field === 'outlet' && /^https?:\/\//i.test(value) ? 'url' : field;
    if (declared[target] === undefined) declared[target] = value;
  }
  return { declared, body: lines.slice(end + 1).join('\n') };
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\"/g, '"');
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}
