// «العربية | English | 日本語»: the switcher a multilingual site prints at its top, each language in its own name. Its
// «العربية» is the page's language, not the channel of that name, and none of its items names the site: a reader of
// a logo, a menu or a trail that took the line's first item read a language as the outlet (untouched-26 a11).
import { matchKey } from '../../text/arabic/index.ts';

// Languages as a switcher writes them, each in its own script (Arabic-script ones keyed as the matcher keys them).
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  [
    'العربية', 'عربي', 'فارسی', 'فارسي', 'اردو', 'کوردی', 'كوردي', 'english', 'français', 'francais', 'español', 'espanol',
    'deutsch', 'italiano', 'português', 'portugues', 'русский', 'türkçe', 'turkce', '中文', '日本語', '한국어', 'עברית',
    'kurdî', 'kurdi', 'bahasa', 'हिन्दी', 'kiswahili', 'soomaali', 'ar', 'en', 'fr', 'es', 'de', 'tr', 'fa', 'ur',
  ].map((n) => matchKey(n.toLowerCase())),
);

const SWITCHER_SEPARATOR = /\s*[|•·/]\s*|\s{2,}/u;

/** Whether a line is a language switcher: two or more items, every one a language's name, one of them Latin or another script's. */
export function isLanguageMenu(line: string): boolean {
  const items = line.trim().split(SWITCHER_SEPARATOR).filter((i) => i !== '');
  if (items.length < 2) return false;
  // A language name alone among Arabic items is a menu's word («العربية | رياضة»), not a switcher.
  if (!items.some((i) => !/\p{Script=Arabic}/u.test(i))) return false;
  return items.every((i) => LANGUAGE_NAMES.has(matchKey(i.toLowerCase())));
}
