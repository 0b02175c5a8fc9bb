import { test, expect, type Page } from '@playwright/test';
import { assembledSession, expectAccessible, go, setLanguage, shoot } from './host.ts';
import { seedsSession } from './seeds-session.ts';

// Issue 19: the actor map in the editor, drawn from the geometry the exports draw (charts:actors): actors one tab
// stop, arrows round the ring; a click on an actor or a tie lists the sentences behind it, and a sentence opens
// its article at the quote; its text SVG text, never HTML.
test.describe.configure({ mode: 'serial' });

let page: Page;
seedsSession('map', assembledSession, (opened) => ({ page } = opened));

const nodes = (): ReturnType<Page['locator']> => page.locator('#actor-map .map-node');

test('draws the most central actors, one tab stop, their ties, labels as SVG text, and says how many it leaves out', async () => {
  await expect(nodes().first()).toBeVisible();
  const n = await nodes().count();
  expect(n).toBeGreaterThan(5);
  await expect(page.locator('#actor-map [tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('#actor-map foreignObject')).toHaveCount(0);
  expect(await page.locator('#actor-map .map-edge').count()).toBeGreaterThan(n / 2);
  // Most named actors have their label; the small ones inside the ring (the seeds' periphery) have none.
  const named = await page.locator('#actor-map .map-node:not(.map-node-small)').count();
  expect(named).toBeGreaterThan(5);
  expect(await page.locator('#actor-map .map-node text').count()).toBeGreaterThan(named / 2);
  await expect(page.locator('#actor-map .map-node-small text')).toHaveCount(0);
  // The kinds of the heaviest ties, printed on their lines as the exports print them.
  expect(await page.locator('#actor-map .map-tie-word text').count()).toBeGreaterThan(0);
  await expect(page.locator('.map-others')).toContainText(/\d/u);
  // The browser shapes each label itself: in the same font (Amiri, the app's own file) it must come out as wide as
  // the host measured it with HarfBuzz, or labels would run into each other.
  const widths = await page.locator('#actor-map .map-node').evaluateAll((groups) => groups.flatMap((g) => {
    const [box] = g.querySelectorAll('rect[fill="#ffffff"]');
    const [text] = g.querySelectorAll('text');
    return box && text ? [{ measured: Number(box.getAttribute('width')), browser: (text as unknown as { getComputedTextLength: () => number }).getComputedTextLength() }] : [];
  }));
  expect(widths.length).toBeGreaterThan(5);
  for (const w of widths) expect(Math.abs(w.browser - w.measured), JSON.stringify(w)).toBeLessThan(Math.max(0.5, w.measured * 0.03));
});

test('Enter on an actor lists its sentences; a sentence opens its article at the quote', async () => {
  await setLanguage(page, 'ar');
  const first = page.locator('#actor-map [data-node="0"]');
  await first.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#actor-map [data-node="1"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const name = await first.getAttribute('aria-label');
  await expect(page.locator('#actor-map-detail h3')).toContainText(name ?? '');
  const sentence = page.locator('#actor-map-detail .map-citations li').first();
  const quote = (await sentence.locator('bdi').last().textContent()) ?? '';
  expect(quote.length).toBeGreaterThan(10);
  await sentence.locator('button').click();
  await expect(page.locator('.article-body mark')).toHaveText(quote);
});

test('a click on a tie lists as many sentences as its weight', async () => {
  await go(page, 'brief');
  const edge = page.locator('#actor-map .map-edge').first();
  await edge.scrollIntoViewIfNeeded();
  // The hit stroke is what the pointer meets: the drawn line may be a hairline.
  await edge.locator('.map-hit').dispatchEvent('click');
  await expect(page.locator('#actor-map-detail h3')).toBeVisible();
  const weight = Number(/\d+/u.exec((await page.locator('#actor-map-detail p').first().textContent()) ?? '')?.[0]);
  await expect(page.locator('#actor-map-detail .map-citations li')).toHaveCount(weight);
});

test('the map follows the draft: an actor left out leaves the map', async () => {
  const id = await page.locator('#actor-map [data-node="0"]').getAttribute('data-actor');
  // The seeds' 84 actors start folded to one line each (card-folds.ts): opened to reach an actor's include box.
  await page.locator('#section-actors button.fold-all[aria-expanded="false"]').click();
  await page.locator(`#inc-actors-${id ?? ''}`).uncheck();
  await expect(page.locator(`#actor-map [data-actor="${id ?? ''}"]`)).toHaveCount(0);
  await page.locator(`#inc-actors-${id ?? ''}`).check();
  await expect(page.locator(`#actor-map .map-node[data-actor="${id ?? ''}"]`)).toHaveCount(1);
});

test('reads in both languages (screenshots of the map in view, axe)', async () => {
  for (const lang of ['ar', 'en'] as const) {
    await setLanguage(page, lang);
    await expect(page.locator('#h-actor-map')).toHaveText(lang === 'ar' ? /شبكة الفاعلين/u : /Actor map/u);
    await page.locator('#actor-map').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await shoot(page, `actor-map-${lang}`);
    await expectAccessible(page, `actor map (${lang})`);
  }
  await setLanguage(page, 'ar');
});
