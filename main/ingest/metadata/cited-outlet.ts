import { copyrightHolder } from './detect-outlet.ts';
import { arabicSkeletons, hostLabel, latinSkeleton } from './host-skeleton.ts';
import { outletByName, type KnownOutlet } from './known-outlets.ts';
import { isKnownPlace } from './known-places.ts';
import { feminineNisbaOfState, stateOfNisba } from './country-qualified.ts';
import { outletCountry } from './outlet-country.ts';
import { SITE_DESCRIPTORS, withoutKindWords, withoutPrintNoun } from './outlet-nouns.ts';

// The outlet as a reader cites it, from the name the outlet readers took off the page: the format sets' expected
// values (untouched-4 on) cite a paper by its name without «صحيفة» / «جريدة» / «مجلة» («الشاهد», «الثورة», «زيتون»)
// unless the bare name is a place («جريدة عمان», «جريدة القدس») or the list knows the paper only with its kind word
// («صحيفة الخبر»); an agency by its full self-name («وكالة يونهاب للأنباء»); Arabic before Latin when the page
// spells both («بيروت تايمز» over «Beirut Times»); the masthead's fuller form of a listed name («الوطن الليبية»); and
// never with the page's furniture: a section after a breadcrumb's «›», an honorific «(ع)», the logo's Latin twin or
// initials after the Arabic name, a copyright clause in French or English. The readers keep the name they read (the
// title and byline readers compare lines with it); only the import's output is the cited name (clean-article.ts).

const HONORIFIC = /\s*\((?:ع|ص|رض|عج)\)/gu;
const LATIN_RIGHTS = /\b(?:tous droits réservés|all rights reserved|todos los derechos reservados|copyright)\b|©/giu;
/** A breadcrumb's separator: the site's name leads it, a section follows. */
const BREADCRUMB = /\s+[›»>]\s+/u;
/** What a masthead sets between a name's two spellings or a name and its tagline. */
const PAIR_SEPARATOR = /\s+[-–—|·]\s+|\s{2,}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** The words a masthead prints after a site's name that say it is a site («الإخباري», «نت»), not part of the name. */
const WEB_WORDS: ReadonlySet<string> = new Set([...SITE_DESCRIPTORS, 'نت']);
/** How many of the page's first non-empty lines are read as its masthead. */
const MASTHEAD_LINES = 3;
/** How many of the page's last non-empty lines are read as its foot (the copyright, the site's name again). */
const FOOT_LINES = 5;
const LATIN = /\p{Script=Latin}/u;

/** Whether two spellings, one Arabic and one Latin, are one name (their consonant skeletons agree, three at least). */
export function spelledAlike(arabic: string, latin: string): boolean {
  const skeletons = latinSkeletonsOf(latin);
  return skeletons.size > 0 && arabicSkeletons(arabic).flatMap((s) => withoutAssimilatedArticle(arabic, s)).some((s) => skeletons.has(s));
}

/**
 * An Arabic skeleton `s` of `arabic`, and when the name opens on the article before a sun letter, also without the
 * article's l: a Latin name writes it as the letter it became («النصر» is «An-Nasr», «الدستور» «Ad-Dustour»), whose
 * skeleton has no l to drop (latinSkeletonsOf drops only a written one). Three consonants at least, as there.
 */
function withoutAssimilatedArticle(arabic: string, s: string): string[] {
  const bare = s.replace(/^l/u, '');
  return SUN_LETTER_ARTICLE.test(arabic.trim()) && bare.length >= 3 ? [s, bare] : [s];
}
// The article before a sun letter (ت ث د ذ ر ز س ش ص ض ط ظ ل ن), where its l is not said.
const SUN_LETTER_ARTICLE = /^ال[تثدذرزسشصضطظلن]/u;

// The skeletons of a Latin name's readings (three consonants at least, as hostSpells asks, each also without the
// article's l), kept per name: one name is compared with every line of a page.
const LATIN_SKELETONS = new Map<string, ReadonlySet<string>>();
function latinSkeletonsOf(latin: string): ReadonlySet<string> {
  let found = LATIN_SKELETONS.get(latin);
  if (found === undefined) {
    const skeletons = latinSpellings(latin).map(latinSkeleton).filter((k) => k.length >= 3);
    found = new Set(skeletons.flatMap((k) => [k, k.replace(/^l/u, '')]));
    if (LATIN_SKELETONS.size > 1000) LATIN_SKELETONS.clear();
    LATIN_SKELETONS.set(latin, found);
  }
  return found;
}

// An English plural's or a name's final s is written ز in Arabic («Times» / «تايمز»), word by word («Fes News
// Media» / «فاس نيوز ميديا»: the first s is س, the second ز): every word's two readings are tried. A soft c («City»)
// is written س («ناظورسيتي»), and a site's name printed as its host («NadorCity.Com») is spelled without its suffix.
function latinSpellings(latin: string): string[] {
  const name = BARE_HOST.test(latin.trim()) ? (hostLabel(latin) ?? latin) : latin;
  const words = name.split(/[\s-]+/u).filter((w) => /[a-z]/iu.test(w)).slice(0, MAX_TWIN_WORDS).map((w) => w.replace(/c(?=[eiy])/giu, 's'));
  let spellings = [''];
  for (const w of words) spellings = spellings.flatMap((s) => [s + w, s + w.replace(/s$/iu, 'z')]);
  return [...new Set(spellings)];
}
/** The most words of a Latin name spelled in its every reading (2^n of them). */
const MAX_TWIN_WORDS = 5;

/** The listed outlet every part of `parts` names, when they all name the same one. */
function oneOutlet(parts: readonly string[]): KnownOutlet | null {
  const outlets = parts.map((p) => outletByName(p));
  const first = outlets[0] ?? null;
  return first !== null && outlets.every((o) => o === first) ? first : null;
}

/** The Arabic one of a name's two spellings side by side («ساسة بوست SASAPOST», «Hespress - هسبريس …»), or null. */
function arabicOfPair(name: string): string | null {
  const parts = name.split(PAIR_SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0);
  // «وكالة جيبوتي للأنباء ADI», «وكالة الأنباء اليمنية سبأ»: two forms the list records of one outlet, without a separator.
  const words = name.split(/\s+/u);
  for (let cut = 1; cut < words.length; cut++) {
    const outlet = oneOutlet([words.slice(0, cut).join(' '), words.slice(cut).join(' ')]);
    if (outlet !== null) return outlet.name;
  }
  if (parts.length < 2) return latinTail(name);
  const listed = oneOutlet(parts);
  if (listed !== null) return listed.name;
  const latin = parts.find((p) => LATIN.test(p) && !ARABIC.test(p));
  if (latin === undefined) return null;
  for (const part of parts.filter((p) => ARABIC.test(p))) {
    const twin = leadingTwin(part, latin);
    if (twin !== null) return twin;
  }
  return null;
}

/** «ساسة بوست SASAPOST»: an Arabic name followed by its own Latin spelling in one run. */
function latinTail(name: string): string | null {
  const m = /^(\P{Script=Latin}*\p{Script=Arabic}\P{Script=Latin}*?)\s+([\p{Script=Latin}][\p{Script=Latin}\s.'-]*)$/u.exec(name);
  if (m === null) return null;
  const arabic = (m[1] ?? '').trim();
  return spelledAlike(arabic, m[2] ?? '') ? arabic : null;
}

/** The first words of an Arabic part that spell `latin` («هسبريس» of «هسبريس جريدة إلكترونية مغربية»), or null. */
function leadingTwin(part: string, latin: string): string | null {
  const words = part.split(/\s+/u);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (spelledAlike(head, latin)) return head;
  }
  return null;
}

/**
 * A line of the page, or a name its furniture gives the site outside the text (a logo's alt text: siteNames), that
 * spells a Latin name in Arabic letters, alone or as one part of the line, or null. The masthead and the foot are
 * read first: a line of the menu or the story that spells it by chance («لبنان» above the masthead's «لبنان 24»
 * for «Lebanon24») is no name of the site; nor is a place, wherever it stands.
 */
function arabicTwinOnPage(latin: string, text: string, siteNames: readonly string[]): string | null {
  for (const line of [...headAndFootLines(text), ...holdersOnPage(text), ...siteNames, ...text.split('\n')]) {
    if (!ARABIC.test(line)) continue;
    for (const part of twinParts(line)) {
      // «قناة الموصلية الفضائية» for «Al-Mosuliya»: the Latin name spells the name without its kind noun and adjective.
      for (const candidate of new Set([part.trim(), withoutKindWords(part.trim())])) {
        if (candidate.split(/\s+/u).length <= 4 && !LATIN.test(candidate) && !isKnownPlace(candidate) && spelledAlike(candidate, latin)) return candidate;
      }
    }
  }
  return null;
}

/** Where a byline or a dateline sets the site's name: before a colon («ناظورسيتي: name»), or in brackets («جوبا (راديو تمازج) –», «[الجزيرة]»). */
const NAME_SLOT_SEPARATOR = /\s*:\s+|\s+:\s*/u;
// «[للاتصال بنا] [الأرشيف] [الجزيرة]»: a scraped footer keeps its links in square brackets, the site's name among them.
const BRACKETED = /[(«[]([^()«»[\]]{2,40})[)»\]]/gu;

/**
 * The parts of a line that may be a site's name: a short line's parts between a masthead's separators and before a
 * colon; a long one's (a lede's) only its dateline, the part before its first dash or colon, and its brackets. A
 * story's sentence is no name, and any word run of it may spell a short Latin name by chance.
 */
function twinParts(line: string): string[] {
  const bracketed = [...line.matchAll(BRACKETED)].map((m) => m[1] ?? '');
  if (line.length > 80) {
    const dateline = line.split(PAIR_SEPARATOR)[0] ?? '';
    return [...bracketed, ...(dateline.length <= 40 ? dateline.split(NAME_SLOT_SEPARATOR).slice(0, 1) : [])];
  }
  return [...line.split(PAIR_SEPARATOR).flatMap((p) => p.split(NAME_SLOT_SEPARATOR)), ...bracketed];
}

/**
 * The fuller form of `name` that the page's masthead prints: one of its first lines is the name
 * and one word more («الوطن الليبية», «الشروق ميديا» where the list's «الوطن», «الشروق» were read inside it), or null.
 * Never the headline (`titles`): a short one that opens with the paper's name («الرياض تستضيف») has the same shape.
 */
function mastheadForm(name: string, text: string, titles: readonly string[]): string | null {
  for (const line of mastheadLines(text)) {
    // Only a form the list does not know as the same outlet, and not a web word after the name: readers cite
    // «الميادين» and «رؤيا» where the masthead prints «الميادين نت», «رؤيا الإخباري».
    const word = line.startsWith(`${name} `) ? line.slice(name.length + 1) : '';
    if (/^\p{Script=Arabic}+$/u.test(word) && !WEB_WORDS.has(word) && outletByName(line) !== outletByName(name) && !titles.includes(line)) return line;
  }
  return null;
}

/**
 * The name with the state the page's head or foot qualifies it by, when the list knows the name as another state's
 * paper: «جريدة النهار - الكويت» gives «النهار الكويتية» (the list's «النهار» is Lebanon's), «جريدة الأيام الفلسطينية»
 * gives «الأيام الفلسطينية» (the list's is Bahrain's). Many papers share a name across states; the state the paper's own
 * copyright or masthead prints tells them apart. A paper of the list's own state is cited by its name alone («الأيام»
 * on a page of «جريدة الأيام البحرينية»), as is a name the list does not know. Null when nothing is to be added.
 */
function stateForm(name: string, text: string): string | null {
  const listed = outletByName(name);
  const home = listed === null ? null : outletCountry(listed);
  if (home === null || name.split(/\s+/u).length > 3) return null;
  for (const line of headAndFootLines(text)) {
    const at = line.indexOf(name);
    if (at < 0 || (at > 0 && !/[\s\u0640]/u.test(line[at - 1] ?? ''))) continue;
    const after = line.slice(at + name.length);
    const m = /^\s+([-–—]\s*)?([\p{L}]+)/u.exec(after);
    if (m === null) continue;
    const word = m[2] ?? '';
    const printed = m[1] === undefined ? stateOfNisba(word) : null;
    if (printed !== null) return printed === home ? null : `${name} ${word}`;
    const named = m[1] === undefined ? null : feminineNisbaOfState(word);
    if (named !== null) return named.state === home ? null : `${name} ${named.nisba}`;
  }
  return null;
}

/** A bare site address read as the outlet («qiraatafrican.com»), as a copyright line prints it. */
export const BARE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/iu;
/** The fewest consonants a name's first word must give for a host that opens with them to be read as naming it. */
const HOST_NAME_CONSONANTS = 3;

/** The masthead's first lines, non-empty, at most MASTHEAD_LINES of them. */
function mastheadLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < MASTHEAD_LINES && from < text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).trim();
    from = end < 0 ? text.length : end + 1;
    if (line.length > 0) lines.push(line);
  }
  return lines;
}

/** The page's head and foot, where a site prints its own name: its first MASTHEAD_LINES and last FOOT_LINES non-empty lines. */
function headAndFootLines(text: string): string[] {
  const foot = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(-FOOT_LINES);
  return [...mastheadLines(text), ...foot];
}

/**
 * The holders the copyright lines of the page's head and foot name («جميع الحقوق محفوظة © 2026 إيكونومي بلس» gives
 * «إيكونومي بلس»): the clause around a name hides it from a comparison of whole lines, and a site whose logo is
 * Latin prints its Arabic name there as often as in its masthead.
 */
function holdersOnPage(text: string): string[] {
  return headAndFootLines(text).flatMap((line) => copyrightHolder(line) ?? []);
}

/**
 * The name the masthead prints for a bare host read as the outlet: a masthead line whose name (either spelling) opens
 * as the host's label does («قراءات صومالية | Qiraat Somali» for «qiraatafrican.com»: a site's host often keeps
 * the first word of its name and changes the rest), its Arabic spelling when it prints both. The sets cite the host
 * only when nothing on the page names the site otherwise («gulf24.today»).
 */
function mastheadNameOfHost(host: string, text: string): string | null {
  const label = hostLabel(host);
  if (label === null) return null;
  const skeleton = latinSkeleton(label);
  const opensHost = (part: string): boolean => {
    const first = part.split(/\s+/u)[0] ?? '';
    const heads = ARABIC.test(first) ? arabicSkeletons(first) : [latinSkeleton(first)];
    return heads.some((h) => h.length >= HOST_NAME_CONSONANTS && (skeleton.startsWith(h) || skeleton.startsWith(h.replace(/^l/u, ''))));
  };
  // The masthead first, then the copyright's holder at the head or the foot («الكوفية © 2026 …» for «alkofiya.tv»).
  for (const line of [...mastheadLines(text), ...holdersOnPage(text)]) {
    if (line.length > 60) continue;
    const parts = line.split(PAIR_SEPARATOR).map((p) => p.trim()).filter((p) => /^[\p{L} ]+$/u.test(p) && p.split(' ').length <= 4);
    if (!parts.some(opensHost)) continue;
    return arabicOfPair(line) ?? parts.find(opensHost) ?? null;
  }
  return null;
}

/** A Latin name that opens with a listed outlet's Latin initials («Lana News»: LANA), when the page prints the outlet's Arabic name. */
function outletOfLatinInitials(latin: string, text: string): string | null {
  const outlet = outletByName((latin.split(/\s+/u)[0] ?? '').toUpperCase());
  return outlet !== null && ARABIC.test(outlet.name) && text.includes(outlet.name) ? outlet.name : null;
}

/**
 * An agency's full self-name the page's head or foot prints for a short one («وكالة يونهاب للأنباء» for «يونهاب»),
 * or null. Only for a name the list knows as an agency or does not know: a paper that quotes an agency of its own
 * name's words is not that agency, and the story may quote any agency.
 */
function fullAgencyName(name: string, text: string): string | null {
  const bare = name.replace(/^وكالة\s+/u, '');
  if (!ARABIC.test(bare) || bare.split(' ').length > 3 || /للأنباء|للانباء/u.test(bare)) return null;
  if ((outletByName(name)?.kind ?? 'agency') !== 'agency') return null;
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const full = new RegExp(`وكالة\\s+${escaped}\\s+لل[أا]نباء`, 'u');
  return headAndFootLines(text).some((line) => full.test(line)) ? `وكالة ${bare} للأنباء` : null;
}

/** A name without the page's furniture: a breadcrumb's section, an honorific, a Latin copyright clause. */
function withoutFurniture(name: string): string {
  const lead = name.split(BREADCRUMB)[0] ?? name;
  return lead.replace(HONORIFIC, '').replace(LATIN_RIGHTS, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * The outlet's name as a reader cites it, from `read`, the name the outlet readers took off the page of `text`
 * (see the module's comment), with `siteNames`, the names the page's furniture gives the site outside its text (a
 * saved page's logo alt text, RawDocument.declared.siteNames), and `titles`, the page's headline as the import read
 * it (the line the cleaner took and the title reader's choice). A name it cannot improve is returned as it is.
 */
export function citedOutlet(read: string, text: string, siteNames: readonly string[] = [], titles: readonly string[] = []): string {
  const plain = withoutFurniture(read);
  if (plain.length === 0) return read;
  let name = outletByName(plain) === null ? (arabicOfPair(plain) ?? plain) : plain;
  if (BARE_HOST.test(name)) name = mastheadNameOfHost(name, text) ?? name;
  if (!ARABIC.test(name)) name = arabicTwinOnPage(name, text, siteNames) ?? outletOfLatinInitials(name, text) ?? name;
  else name = mastheadForm(name, text, titles) ?? stateForm(name, text) ?? name;
  name = fullAgencyName(name, text) ?? name;
  return withoutPrintWord(name);
}

/**
 * A paper's name without its kind word, unless the bare name is a place («جريدة عمان») or the list knows the outlet
 * only with it («صحيفة الخبر»: «الخبر» alone is "the news item").
 */
function withoutPrintWord(name: string): string {
  const bare = withoutPrintNoun(name);
  if (bare === name || bare.length === 0 || isKnownPlace(bare)) return name;
  const listed = outletByName(name);
  return listed === null || outletByName(bare) === listed ? bare : name;
}
