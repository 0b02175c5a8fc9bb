import { matchKey, normalise } from '../../text/arabic/index.ts';
import { stateOfNisba } from './country-qualified.ts';
import { knownOutlets, type KnownOutlet } from './known-outlets.ts';
import { OUTLET_NOUN_KEY_START } from './outlet-nouns.ts';

// The country-code domains of the states whose outlets the list holds, as places.json names the state: a page that
// prints «WWW.ALSABAAH.LY» is published from Libya, whatever paper of another country shares its name.
const STATE_OF_TLD: Readonly<Record<string, string>> = {
  sy: 'سوريا', iq: 'العراق', lb: 'لبنان', jo: 'الأردن', ps: 'فلسطين', eg: 'مصر', sa: 'السعودية', ae: 'الإمارات',
  qa: 'قطر', kw: 'الكويت', bh: 'البحرين', om: 'سلطنة عمان', ye: 'اليمن', ly: 'ليبيا', tn: 'تونس', dz: 'الجزائر',
  ma: 'المغرب', sd: 'السودان', ss: 'جنوب السودان', mr: 'موريتانيا', so: 'الصومال', dj: 'جيبوتي', km: 'جزر القمر',
  ir: 'إيران', tr: 'تركيا',
};

// A host on the page: «www.alsabaah.ly», «https://aljarida.com/…», «WWW. ALSABAAH.LY» (a PDF's spaced masthead).
const HOST = /(?<![\p{L}\p{N}.@-])(?:https?:\/\/)?(?:www\.\s?)?((?:[a-z0-9-]+\.)+([a-z]{2,3}))(?![\p{L}\p{N}-])/giu;

/** The states whose country-code domains the page's hosts end in (none for .com, .net and the like). */
export function hostStates(text: string): Set<string> {
  const states = new Set<string>();
  for (const m of text.matchAll(HOST)) {
    // An e-mail address is a host too («INFO@ALSABAAH.LY»), and says the same.
    const state = STATE_OF_TLD[(m[2] ?? '').toLowerCase()];
    if (state !== undefined) states.add(state);
  }
  return states;
}

// Words a paper's listed name adds to what it prints on its own pages: «صحيفة الديرة الإلكترونية» prints «الديرة».
const WEB_TAIL = /\s+(?:الالكترونيه|الاخباريه|الاخباري)$/u;

/** The state an outlet publishes from: the list's own field, else the nationality its name ends in («الجريدة الكويتية»). */
export function outletCountry(outlet: KnownOutlet): string | null {
  if (outlet.country !== undefined) return outlet.country;
  for (const name of [outlet.name, ...outlet.aliases]) {
    const state = stateOfNisba(name.trim().split(/\s+/u).at(-1) ?? '');
    if (state !== null) return state;
  }
  return null;
}

/**
 * The short forms a listed outlet prints of itself, as match keys: each Arabic name or alias without its outlet word,
 * its nationality or its web word («صحيفة البلاد السعودية» → «البلاد», «الجريدة الكويتية» → «الجريدة»). A short form
 * of one word or more, never empty; the full names themselves are not among them.
 */
export function outletShortForms(outlet: KnownOutlet): ReadonlySet<string> {
  const known = SHORT_FORMS.get(outlet);
  if (known !== undefined) return known;
  const forms = new Set<string>();
  for (const name of [outlet.name, ...outlet.aliases]) {
    if (!/\p{Script=Arabic}/u.test(name)) continue;
    const key = matchKey(normalise(name));
    let short = key.replace(OUTLET_NOUN_KEY_START, '').replace(WEB_TAIL, '');
    const words = short.split(' ');
    if (words.length > 1 && stateOfNisba(words.at(-1) ?? '') !== null) short = words.slice(0, -1).join(' ');
    if (short.length >= 2 && short !== key) forms.add(short);
  }
  SHORT_FORMS.set(outlet, forms);
  return forms;
}

// Worked out once per outlet: a page may ask about every listed outlet of a state.
const SHORT_FORMS = new WeakMap<KnownOutlet, ReadonlySet<string>>();

/** Whether `name` is the short form some listed outlet prints of its name (outletShortForms: «الدستور», «الصباح»). */
export function isListedShortForm(name: string): boolean {
  const key = matchKey(normalise(name));
  return key.length >= 2 && listedShortForms().has(key);
}

// Every listed outlet's short forms in one set, built on first use: a byline line asks it, and walking the whole list
// for each would cost a pass over it per line.
let LISTED_SHORT_FORMS: ReadonlySet<string> | null = null;
function listedShortForms(): ReadonlySet<string> {
  LISTED_SHORT_FORMS ??= new Set(knownOutlets().flatMap((o) => [...outletShortForms(o)]));
  return LISTED_SHORT_FORMS;
}

/**
 * The outlet a page means when the list's outlet it was read as is a namesake of another state: «الصباح» on a page
 * whose hosts all end in .ly is not «الصباح العراقية». The page's hosts must name one state, not the outlet's, and
 * none of the outlet's own domains may be on the page; then the outlet of that state the short form stands for
 * (`ofCountry`), else the short form as the page prints it. Null when nothing says the page is of another state.
 */
export function hostNamesake(
  outlet: KnownOutlet,
  text: string,
  ofCountry: (name: string, state: string) => KnownOutlet | null,
): string | null {
  const country = outletCountry(outlet);
  if (country === null) return null;
  const states = hostStates(text);
  const [state] = states;
  if (states.size !== 1 || state === undefined || state === country) return null;
  const lower = text.toLowerCase();
  if (outlet.domains.some((d) => lower.includes(d))) return null;
  const key = ` ${matchKey(normalise(text)).replace(/\s+/gu, ' ')} `;
  const printed = [...outletShortForms(outlet)].find((form) => new RegExp(`(?<![\\p{L}])(?:ل|ب|و)?${form}(?![\\p{L}])`, 'u').test(key));
  if (printed === undefined) return null;
  return ofCountry(printed, state)?.name ?? printedName(text, printed);
}

/** The short form as the page writes it (its letters, not its match key): the first run of words with that key. */
function printedName(text: string, key: string): string {
  const size = key.split(' ').length;
  const words = text.split(/[\s"«»“”()\-–—/|:،,.]+/u).filter((w) => w.length > 0);
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size).join(' ');
    // «لصحيفة الصباح» is not the run; «للصباح» is «الصباح» after a lam, «والصباح» after a «و».
    for (const written of [run, run.replace(/^[لبو]ـ?/u, ''), run.replace(/^لل/u, 'ال')]) {
      if (matchKey(normalise(written)) === key) return written;
    }
  }
  return key;
}

/**
 * The listed outlet of a state that prints `name` as its short form: «الرؤية» on a page from Muscat is «الرؤية
 * العمانية», whose country only its name's nationality says. Null when none or several outlets of that state do.
 */
export function shortFormOfState(name: string, state: string): KnownOutlet | null {
  const key = matchKey(normalise(name)).replace(OUTLET_NOUN_KEY_START, '');
  const found = knownOutlets().filter((o) => outletCountry(o) === state && outletShortForms(o).has(key));
  return found.length === 1 ? (found[0] ?? null) : null;
}
