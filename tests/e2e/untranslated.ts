import type { Page } from '@playwright/test';

/**
 * The scan for untranslated text (issue 18, point 5): the visible text, labels, placeholders and titles of the page
 * in the UI's language, outside what is content by nature. On the Arabic UI, Latin words and hex ids; on the English
 * UI, Arabic words.
 *
 * Content is what the UI shows but does not write, and the UI isolates it: in a `bdi` or a `dir="auto"` element
 * (a title, an outlet, an actor, a topic: text of either direction inside a sentence of the UI's), marked as a
 * name (translate="no": file names, the workspace's file, the brief's own text), set in another language on
 * purpose (lang), or the analyst's and the articles' own text (a field being edited, an article's text, its removed
 * lines, a search snippet, the preview). Inside a sentence, content is quoted («…», “…”); in a label, it may also
 * follow the label's colon.
 * A file's name inside a sentence (a notice) is known by its extension.
 */
const CONTENT = '[translate="no"], [lang]:not(html), bdi, [dir="auto"], script, style, textarea, .article-body, #removed-lines q, .snippet, #brief-preview';

/**
 * Latin words the Arabic UI may show: names of formats, of the team library's database server, of the folder exports go to, of the corpus the entity model
 * comes from and of its licence, and keys named as the keyboard prints them (the PDF view's hint: «الأسهم وHome
 * وEnd»; the timeline chart's: «اضغط Enter»; undo's and redo's shortcuts: Ctrl+Z, Ctrl+Shift+Z).
 */
const ALLOWED_LATIN = new Set(['PDF', 'Word', 'HTML', 'Markdown', 'exports', 'ANERcorp', 'CC', 'BY-SA', 'PostgreSQL', 'Home', 'End', 'Enter', 'Ctrl', 'Shift', 'Z']);

/** The little of the DOM the scan uses, typed here: the e2e tests are compiled without the DOM's types. */
interface ScannedElement {
  tagName: string;
  closest(selector: string): unknown;
  checkVisibility(): boolean;
  getAttribute(name: string): string | null;
}
interface ScannedDocument {
  body: unknown;
  createTreeWalker(root: unknown, filter: number): { nextNode(): { parentElement: ScannedElement | null; textContent: string | null } | null };
  querySelectorAll(selector: string): Iterable<ScannedElement>;
}

/** Words of the other language in the visible UI text of `lang`, each with where it was. */
export async function untranslatedWords(p: Page, lang: 'ar' | 'en'): Promise<string[]> {
  const found = await p.evaluate(({ content, lang }) => {
    const doc = (globalThis as unknown as { document: ScannedDocument }).document;
    const SHOW_TEXT = 4;
    const out: string[] = [];
    const foreign = lang === 'ar'
      ? /[A-Za-z][A-Za-z'’-]*|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gu
      : /[\p{Script=Arabic}]+/gu;
    const scan = (text: string, where: string, label = false): void => {
      // The UI names content in quotes (a notice's «الحدود», a question's “title”); a label also after its own words
      // and a colon («اقتباس: …», "Quote: …").
      const unquoted = text.replace(/«[^»]*»|“[^”]*”/gu, '');
      const own = label ? unquoted.replace(/:\s.*$/su, ':') : unquoted;
      const words = own.replace(/[^\s«»“”\u2068\u2069]+\.(?:pdf|docx|txt|md|html?|mawjaz)(?![\p{L}\p{N}])/giu, '');
      for (const m of words.matchAll(foreign)) out.push(`${m[0]} — ${where}: ${text.trim().slice(0, 80)}`);
    };
    const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el === null || el.closest(content) !== null || !el.checkVisibility()) continue;
      scan(node.textContent ?? '', el.tagName.toLowerCase());
    }
    for (const el of doc.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.closest(content) !== null || !el.checkVisibility()) continue;
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(attr);
        if (value !== null) scan(value, `${el.tagName.toLowerCase()}[${attr}]`, true);
      }
    }
    return out;
  }, { content: CONTENT, lang });
  return lang === 'ar' ? found.filter((f) => !ALLOWED_LATIN.has(f.split(' — ')[0] ?? '')) : found;
}
