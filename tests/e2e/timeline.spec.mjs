// The map through time: a year control from the 2010 census to 2040 with a
// play button. 2010 is the base of the change (every place at 0), 2021-2024
// show the figures reported for the places that have them ("no data"
// elsewhere), later years the baseline projection or, with the lab's levers
// in the link, the scenario, each labelled; the year is in the link and the
// legend keeps its classes. The map downloads as a PNG with its heading.
import { test, expect } from '@playwright/test';
import { ready, shots, VIEWPORTS } from './helpers.mjs';

const NO_DATA = 'url(#no-data-hatch)';
const fillOf = (page, code) => page.locator(`svg path.region[data-code="${code}"]`).getAttribute('fill');
const hatched = (page) =>
  page.locator('svg path.region[data-code]').evaluateAll((ps, nd) => ps.filter((p) => p.getAttribute('fill') === nd).length, NO_DATA);

test('a reported year shows reported figures only where they exist', async ({ page }) => {
  await page.goto('./?year=2022');
  await ready(page);
  await expect(page.locator('.time-year')).toHaveText('2022 · 公布数');
  await expect(page.locator('svg path.region[data-code]')).toHaveCount(54);
  // Bazhong reported its 2022 residents; Ngari (542500) did not.
  await expect.poll(() => fillOf(page, 511900)).not.toBe(NO_DATA);
  expect(await fillOf(page, 542500)).toBe(NO_DATA);
  const missing = await hatched(page);
  expect(missing).toBeGreaterThan(0);
  expect(missing).toBeLessThan(54);
  await expect(page.locator('.legend')).toContainText('常住人口较 2010 年的变化');
});

test('a projected year is labelled a projection and colours every projected place', async ({ page }) => {
  await page.goto('./?year=2035&lang=en');
  await ready(page);
  await expect(page.locator('.time-year')).toHaveText('2035 · baseline projection');
  await expect(page.locator('.time-note')).toContainText('projection');
  // The projection's own error, from the back-test, next to it.
  await expect(page.locator('.time-backtest')).toContainText('held out', { timeout: 15_000 });
  await expect.poll(() => hatched(page), { timeout: 15_000 }).toBeLessThan(5);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.screenshot({ path: `${shots}/timeline-2035-en-desktop.png` });
});

test('an embed of a projected year says so in its subtitle, in both languages', async ({ page }) => {
  await page.goto('./?embed=1&chart=map&year=2030');
  await ready(page);
  await expect(page.locator('.embed-subtitle')).toHaveText('四川、重庆、贵州、云南、西藏的 54 个地级单元，2030 · 基线预测');
  await page.goto('./?embed=1&chart=map&year=2030&lang=en&levers=emerging_industry:1');
  await ready(page);
  await expect(page.locator('.embed-subtitle')).toHaveText(
    'The 54 prefecture-level units of Sichuan, Chongqing, Guizhou, Yunnan and Tibet, 2030 · scenario projection');
  await expect(page.locator('.embed-source')).toContainText('levers from the paper');
});

test('the legend keeps its classes from year to year', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const legend2020 = await page.locator('.legend li').allTextContents();
  await page.goto('./?year=2040');
  await ready(page);
  await expect.poll(() => hatched(page), { timeout: 15_000 }).toBeLessThan(5);
  expect(await page.locator('.legend li').allTextContents()).toEqual(legend2020);
});

test('the slider moves by year and the year goes into the link', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const slider = page.locator('.time-slider input[type=range]');
  // The slider's value is the stop (2010, 2020, 2021 ... 2040), its text the year.
  await expect(slider).toHaveValue('1');
  await expect(slider).toHaveAttribute('aria-valuetext', '2020 · 人口普查');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/year=2021/);
  await expect(page.locator('.time-year')).toHaveText('2021 · 公布数');
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(/year=/);
  await expect(page.locator('.time-year')).toHaveText('2020 · 人口普查');
  // One more step crosses the ten years without figures to the 2010 census.
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/year=2010/);
  await expect(page.locator('.time-year')).toHaveText('2010 · 人口普查');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.time-year')).toHaveText('2020 · 人口普查');
});

test('2010 is the base of the change: every place with a 2010 count at zero', async ({ page }) => {
  await page.goto('./?year=2010&lang=en');
  await ready(page);
  await expect(page.locator('.time-year')).toHaveText('2010 · census');
  await expect(page.locator('.time-note')).toContainText('sixth national census');
  await expect(page.locator('.legend')).toContainText('Change in residents since 2010');
  await page.locator(`svg path.region[data-code="511900"]`).hover();
  await expect(page.locator('.map-tooltip')).toContainText(/Change in residents since 2010 2010 · census: [+]?0\.0/);
  // One colour for every place that has a 2010 count: the class holding 0.
  const fills = await page.locator('svg path.region[data-code]').evaluateAll((ps, nd) =>
    [...new Set(ps.map((p) => p.getAttribute('fill')).filter((f) => f !== nd))], NO_DATA);
  expect(fills).toHaveLength(1);
  // Play runs on from the base year through the 2020 census.
  await page.locator('.time-control button.play').click();
  await expect(page.locator('.time-control')).toHaveAttribute('data-year', '2021', { timeout: 10_000 });
  await page.locator('.time-control button.play').click();
});

test("with the lab's levers in the link, projected years show the scenario, labelled so", async ({ page }) => {
  // The hover text of a few places, at one decimal.
  const PLACES = [510100, 500000, 520100, 530100, 511900];
  const tips = async () => {
    const out = [];
    for (const code of PLACES) {
      await page.locator(`svg path.region[data-code="${code}"]`).hover();
      out.push(await page.locator('.map-tooltip').textContent());
    }
    return out;
  };
  await page.goto('./?year=2035&lang=en');
  await ready(page);
  await expect.poll(() => hatched(page), { timeout: 15_000 }).toBeLessThan(5);
  const baseline = await tips();
  expect(baseline[0]).toContain('2035 · baseline projection');
  await page.goto('./?year=2035&lang=en&levers=talent_parks:120,emerging_industry:1');
  await ready(page);
  await expect(page.locator('.time-year')).toHaveText('2035 · scenario projection');
  await expect(page.locator('.time-note')).toContainText('strategy lab');
  await expect(page.locator('.time-backtest')).toContainText('held out', { timeout: 15_000 });
  await expect.poll(() => hatched(page), { timeout: 15_000 }).toBeLessThan(5);
  const scenario = await tips();
  expect(scenario[0]).toContain('2035 · scenario projection');
  const pct = (t) => t.match(/projection: ([^%]+%)/)[1];
  const changed = PLACES.filter((_, i) => pct(scenario[i]) !== pct(baseline[i]));
  expect(changed.length, `${baseline.map(pct)} -> ${scenario.map(pct)}`).toBeGreaterThan(0);
  // The levers stay in the link; the census and reported years are as before.
  await expect(page).toHaveURL(/levers=talent_parks/);
  await page.locator('.time-slider input[type=range]').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.time-year')).toHaveText('2010 · census');
});

test('the map downloads as a PNG with its title, legend and source, at twice its size', async ({ page }) => {
  await page.goto('./?year=2022&lang=en');
  await ready(page);
  const box = await page.locator('figure.map svg').boundingBox();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.map-downloads button').click(),
  ]);
  expect(download.suggestedFilename()).toBe('shrinkage-atlas-map-pop_change-prefecture-2022.png');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(Math.round(Math.max(box.width, 560) * 2) - 2);
  // Heading, legend and source line add to the map's own height.
  expect(height).toBeGreaterThan(box.height * 2 + 120);
  writeFileSync(`${shots}/png-map-2022-en.png`, png);
});

test('play runs to 2040 and stops', async ({ page }) => {
  await page.goto('./?year=2037');
  await ready(page);
  const play = page.locator('.time-control button.play');
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.time-control')).toHaveAttribute('data-year', '2040', { timeout: 10_000 });
  await expect(play).toHaveAttribute('aria-pressed', 'false', { timeout: 5_000 });
  await expect(page).toHaveURL(/year=2040/);
  await page.setViewportSize(VIEWPORTS.phone);
  await page.screenshot({ path: `${shots}/timeline-2040-zh-phone.png`, fullPage: true });
});

test('years between the censuses are refused with a notice', async ({ page }) => {
  await page.goto('./?year=2015');
  await ready(page);
  await expect(page.locator('.notice, [role=status].notices, .notices').first()).toBeVisible();
  await expect(page.locator('.time-year')).toHaveText('2020 · 人口普查');
});
