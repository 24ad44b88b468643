// Two places side by side (view=compare&unit=A&with=B) and the printable
// brief: the values are the bundle's, swapping writes the link, a bad
// second place gets a notice and a picker, the view is reached from a
// profile, works in both languages and at 360 px, and a profile or a
// comparison prints on one or two A4 pages with its sources and its link.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ready, expectNoHorizontalScroll, shots, VIEWPORTS } from './helpers.mjs';

const bundle = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8'));
const unit = (code) => bundle.units.find((u) => u.code === code);
const CHENGDU = unit(510100);
const BAZHONG = unit(511900);
const grouped = (n) => n.toLocaleString('en-US');

async function compared(page) {
  await ready(page);
  await expect(page.locator('.compare-figures tbody tr')).toHaveCount(10);
  await expect(page.locator('.compare-indices tbody tr')).toHaveCount(4);
  await expect(page.locator('.compare-pyramid canvas.chart')).toHaveAttribute('data-drawn-at', /\d/, { timeout: 15_000 });
}

test('Chengdu against Bazhong shows both names and the bundle\'s populations', async ({ page }) => {
  await page.goto('./?view=compare&unit=510100&with=511900&lang=en');
  await compared(page);
  const a = page.locator('.compare-head[data-side=a]');
  const b = page.locator('.compare-head[data-side=b]');
  await expect(a.locator('h3')).toHaveText(CHENGDU.name_en);
  await expect(b.locator('h3')).toHaveText(BAZHONG.name_en);
  await expect(a.locator('[data-field=pop]')).toHaveAttribute('data-value', String(CHENGDU.y2020.pop));
  await expect(b.locator('[data-field=pop]')).toHaveAttribute('data-value', String(BAZHONG.y2020.pop));
  await expect(a.locator('[data-field=pop]')).toContainText(grouped(CHENGDU.y2020.pop));
  await expect(b.locator('[data-field=pop]')).toContainText(grouped(BAZHONG.y2020.pop));
  // The residents row: Chengdu is higher, marked by a symbol and a word.
  const pop = page.locator('.compare-figures tr[data-indicator=pop]');
  await expect(pop).toHaveAttribute('data-higher', 'a');
  await expect(pop.locator('td[data-side=a]')).toHaveAttribute('data-value', String(CHENGDU.y2020.pop));
  await expect(pop.locator('td[data-side=a] .marker')).toHaveText(/▲/);
  await expect(pop.locator('td[data-side=a]')).toContainText('higher');
  await expect(page.locator('.compare-challenges li[data-challenge]')).toHaveCount(3);
  // Population challenge: Bazhong yes, Chengdu no.
  const population = page.locator('.compare-challenges li[data-challenge=population]');
  await expect(population.locator('.challenge-side[data-side=b]')).toHaveClass(/applies/);
  await expect(population.locator('.challenge-side[data-side=a]')).not.toHaveClass(/applies/);
  await page.screenshot({ path: `${shots}/compare-en-desktop.png`, fullPage: true });
});

test('the 2015 economy side by side: Chengdu\'s GDP, Liangshan "no data", counties one line', async ({ page }) => {
  await page.goto('./?view=compare&unit=510100&with=511900');
  await compared(page);
  const gdp = page.locator('.compare-economy tr[data-indicator=gdp_2015]');
  await expect(gdp.locator('td[data-side=a]')).toContainText('10,801.16 亿元');
  await expect(gdp).toHaveAttribute('data-higher', 'a');
  await expect(page.locator('.compare-economy tbody tr')).toHaveCount(8);
  await expect(page.locator('.compare-economy .source-note')).toContainText('2015');

  await page.goto('./?view=compare&unit=510100&with=513400&lang=en');
  await compared(page);
  const liangshan = page.locator('.compare-economy tr[data-indicator=gdp_2015] td[data-side=b]');
  await expect(liangshan).toHaveText('no data');
  await expect(liangshan).not.toHaveAttribute('data-value', /./);
  await expect(page.locator('.compare-economy tr[data-indicator=gdp_2015]')).toHaveAttribute('data-higher', 'unknown');

  // Two counties: the source has none, so one line instead of a table of "no data".
  await page.goto('./?view=compare&unit=510121&with=511921&lang=en');
  await ready(page);
  await expect(page.locator('.compare-economy [data-field=no-economy]')).toContainText('Neither place is covered');
  await expect(page.locator('.compare-economy table')).toHaveCount(0);
});

test('swapping the places updates the link and the columns', async ({ page }) => {
  await page.goto('./?view=compare&unit=510100&with=511900');
  await compared(page);
  await page.locator('.swap-button').click();
  await expect(page).toHaveURL(/unit=511900/);
  await expect(page).toHaveURL(/with=510100/);
  await expect(page.locator('.compare-head[data-side=a] h3')).toHaveText(BAZHONG.name_zh);
  await expect(page.locator('.compare-figures tr[data-indicator=pop]')).toHaveAttribute('data-higher', 'b');
});

test('a bad second place shows a notice, a picker and suggestions', async ({ page }) => {
  await page.goto('./?view=compare&unit=511900&with=999999&lang=en');
  await ready(page);
  await expect(page.locator('.notice')).toContainText('999999');
  await expect(page).not.toHaveURL(/with=/);
  await expect(page.locator('#compare-b')).toBeVisible();
  const suggested = page.locator('.compare-suggestions li button');
  await expect(suggested.first()).toBeVisible();
  // Picking a suggestion compares with it.
  const code = await suggested.first().getAttribute('data-code');
  await suggested.first().click();
  await expect(page).toHaveURL(new RegExp(`with=${code}`));
  await compared(page);
  // The picker finds a place too.
  await page.locator('#compare-b').fill('Chengdu');
  await page.locator('#compare-b').press('Enter');
  await expect(page).toHaveURL(/with=510100/);
  await expect(page.locator('.compare-head[data-side=b] h3')).toHaveText(CHENGDU.name_en);
});

test('a profile leads to the comparison: "compare with" and "places like this one"', async ({ page }) => {
  await page.goto('./?view=place&unit=511900&lang=en');
  await ready(page);
  await page.locator('.compare-link.compare-with').click();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page).toHaveURL(/unit=511900/);
  await expect(page.locator('#compare-b')).toBeVisible();
  await page.goto('./?view=place&unit=511900&lang=en');
  await ready(page);
  const similar = page.locator('.similar-list li').first();
  const link = similar.locator('.compare-link');
  const code = await link.getAttribute('data-with');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`view=compare&unit=511900.*with=${code}`));
  await compared(page);
  await expect(page.locator('.compare-head[data-side=b]')).toHaveAttribute('data-unit', code);
});

for (const lang of ['zh', 'en']) {
  for (const [vp, size] of Object.entries(VIEWPORTS)) {
    test(`compare in ${lang} at ${vp} width`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`./?view=compare&unit=510100&with=511900&lang=${lang}`);
      await compared(page);
      const name = lang === 'zh' ? BAZHONG.name_zh : BAZHONG.name_en;
      await expect(page.locator('.compare-head[data-side=b] h3')).toHaveText(name);
      const heading = lang === 'zh' ? '指标对比' : 'Figures side by side';
      await expect(page.locator('.compare-figures h3')).toHaveText(heading);
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: `${shots}/compare-${lang}-${vp}.png`, fullPage: true });
    });
  }
}

// A PDF's pages: `/Type /Page` objects (not `/Pages`).
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;

const PRINTED = [
  { name: 'profile', query: 'view=place&unit=511900&lang=en', loaded: async (page) => {
    await expect(page.locator('.cards-section .card')).toHaveCount(9);
    await expect(page.locator('.pyramid-section canvas.chart')).toHaveAttribute('data-drawn-at', /\d/, { timeout: 15_000 });
  } },
  { name: 'big profile', query: 'view=place&unit=510100', loaded: async (page) => {
    await expect(page.locator('.cards-section .card')).toHaveCount(9);
    await expect(page.locator('.county-list tbody tr').first()).toBeVisible();
  } },
  { name: 'comparison', query: 'view=compare&unit=510100&with=511900&lang=en', loaded: compared },
  { name: 'comparison zh', query: 'view=compare&unit=511900&with=510100', loaded: compared },
];

for (const { name, query, loaded } of PRINTED) {
  test(`the ${name} prints on one or two A4 pages with its sources and link`, async ({ page }) => {
    await page.goto(`./?${query}`);
    await ready(page);
    await loaded(page);
    await expect(page.locator('.print-button').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // What prints: the link and the sources; not the navigation or pickers.
    const url = page.locator('[data-print-url]');
    await expect(url).toBeVisible();
    await expect(url).toHaveText(page.url());
    const sources = page.locator('.print-sources li');
    await expect(sources).toHaveCount(bundle.sources.length);
    await expect(sources.first()).toContainText(bundle.sources[0].title);
    await expect(sources.first()).toContainText(bundle.sources[0].licence);
    await expect(page.locator('.tabs')).toBeHidden();
    await expect(page.locator('.search').first()).toBeHidden();
    await expect(page.locator('.print-button').first()).toBeHidden();
    await page.screenshot({ path: `${shots}/print-${name.replace(' ', '-')}.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pageCount(pdf);
    console.log(`${name}: ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

test('the print button calls window.print', async ({ page }) => {
  await page.goto('./?view=compare&unit=510100&with=511900');
  await compared(page);
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.locator('.comparison .print-button').click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
});
