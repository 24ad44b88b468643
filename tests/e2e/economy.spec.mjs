// The economy on a place profile: the 2015 figures as the source prints
// them, "no data" with its reason where the source does not cover a place,
// the 2004-2012 series where it exists, official English names.
import { test, expect } from '@playwright/test';
import { ready, expectNoHorizontalScroll, VIEWPORTS } from './helpers.mjs';

const card = (page, key) => page.locator(`[data-section="economy"] [data-indicator="${key}"] .card-value`);

test('Chengdu shows its 2015 GDP and a rank among units with data', async ({ page }) => {
  await page.goto('./?view=place&unit=510100');
  await ready(page);
  await expect(card(page, 'gdp_2015')).toHaveText('10,801.16 亿元');
  await expect(page.locator('[data-section="economy"] [data-indicator="gdp_2015"] .card-rank')).toHaveText(/34/);
  await expect(page.locator('[data-section="economy"] .source-note')).toContainText('34');
  await expect(page.locator('.economy-series tr[data-year="2012"]')).toHaveCount(1);
});

test('Liangshan has no economy figure and says why, in both languages', async ({ page }) => {
  await page.goto('./?view=place&unit=513400');
  await ready(page);
  await expect(card(page, 'gdp_2015')).toHaveText('无数据（来源未覆盖）');
  await expect(card(page, 'gdp_per_resident_2015')).toHaveText('无数据（来源未覆盖）');
  await expect(page.locator('[data-field="no-series"]')).toBeVisible();
  await page.goto('./?view=place&unit=513400&lang=en');
  await ready(page);
  await expect(page.locator('.profile h2')).toContainText('Liangshan Yi Autonomous Prefecture');
  await expect(card(page, 'gdp_2015')).toHaveText('no data (not covered by the source)');
});

test('Chongqing marks the doubtful years of its series; English figures', async ({ page }) => {
  await page.goto('./?view=place&unit=500000&lang=en');
  await ready(page);
  await expect(card(page, 'gdp_2015')).toHaveText('1,571.7 billion yuan');
  await expect(page.locator('.economy-series tr[data-year="2005"] th')).toHaveText('2005 *');
  await expect(page.locator('.economy-series tr[data-year="2010"] th')).toHaveText('2010');
});

test('the economy section fits a phone', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('./?view=place&unit=510100');
  await ready(page);
  await expect(card(page, 'gdp_2015')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.locator('[data-section="economy"]').screenshot({ path: 'artifacts/screenshots/economy-zh-phone.png' });
});

test('the economy indicators are map layers with "no data" units', async ({ page }) => {
  await page.goto('./?indicator=gdp_per_resident_2015');
  await ready(page);
  await expect(page.locator('[data-code="510100"]').first()).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/economy-map-zh-desktop.png' });
});
