// The map through time: a year control from the 2020 census to 2040 with a
// play button. 2021-2024 show the figures reported for the places that have
// them ("no data" elsewhere), later years the baseline projection, each
// labelled; the year is in the link and the legend keeps its classes.
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
  await expect(slider).toHaveValue('2020');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/year=2021/);
  await expect(page.locator('.time-year')).toHaveText('2021 · 公布数');
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(/year=/);
  await expect(page.locator('.time-year')).toHaveText('2020 · 人口普查');
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
