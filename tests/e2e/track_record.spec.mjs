// The track record on screen: the year-end populations reported since the
// census on every trend chart (with their sources in the hover text and in
// the table alternative), the line saying a unit has none, and the
// methods page's back-test.
import { test, expect } from '@playwright/test';
import { shots, VIEWPORTS, ready, expectNoHorizontalScroll } from './helpers.mjs';

// One of the pages Bazhong's figures were read on (data/sources/reported/).
const BAZHONG_PAGE = '巴中市 人口數據信息';

test('the back-test table lists every reported figure with its source', async ({ page }) => {
  await page.goto('./?view=methods');
  await ready(page);
  await expect(page.locator('.toc a[href="#backtest"]')).toHaveText('基线预测准不准？');
  await expect(page.locator('#backtest')).toHaveText('基线预测准不准？');
  const rows = page.locator('table.backtest-table tbody tr');
  await expect(rows).toHaveCount(57);
  const bazhong = page.locator('table.backtest-table tr[data-code="511900"][data-year="2024"]');
  await expect(bazhong.locator('td.reported')).toHaveText('261.3万');
  await expect(bazhong).toContainText('留作检验');
  const link = bazhong.locator('.source-link a').first();
  await expect(link).toContainText(BAZHONG_PAGE);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
  // Four scores (held out and fitted) and the share in band, from the core.
  await expect(page.locator('table.backtest-scores tbody tr')).toHaveCount(3);
  await expect(page.locator('table.backtest-scores tbody td').first()).toHaveText(/^\d+\.\d\d%$/);
  // The scrollable wrappers are reachable by keyboard and named.
  const scrollers = page.locator('.methods-view .table-scroll');
  const n = await scrollers.count();
  expect(n).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < n; i++) {
    await expect(scrollers.nth(i)).toHaveAttribute('tabindex', '0');
    await expect(scrollers.nth(i)).toHaveAttribute('aria-label', /\S/);
  }
  // The model paragraph describes the yearly engine, not Hamilton-Perry.
  await expect(page.locator('.methods-view')).not.toContainText('Hamilton-Perry');
  await expect(page.locator('.methods-view')).toContainText('逐年的队列要素推算');
});

test('the back-test reads in English', async ({ page }) => {
  await page.goto('./?view=methods&lang=en');
  await ready(page);
  await expect(page.locator('#backtest')).toHaveText('How good is the baseline?');
  const bazhong = page.locator('table.backtest-table tr[data-code="511900"][data-year="2024"]');
  await expect(bazhong.locator('td.reported')).toHaveText('2.613 million');
  await expect(bazhong).toContainText('held out');
  await expect(page.locator('table.backtest-table tbody tr')).toHaveCount(57);
  // A weak source says so.
  await expect(page.locator('table.backtest-table tr[data-role="weak"]').first()).toContainText('weak source');
});

test('the place profile shows the reported figures with their sources', async ({ page }) => {
  await page.goto('./?view=place&unit=511900');
  await ready(page);
  const section = page.locator('.trend-section');
  await expect(section.locator('canvas.chart')).toHaveAttribute('data-drawn-at', /\d/);
  const spots = section.locator('.chart-spot');
  await expect(spots).toHaveCount(4);
  await expect(spots.last()).toHaveAttribute('title', /2024年末常住人口：261\.3万/);
  await expect(spots.last()).toHaveAttribute('title', new RegExp(BAZHONG_PAGE));
  await expect(spots.last()).toHaveAttribute('title', /https?:\/\//);
  const reported = section.locator('.reported-table tbody tr');
  await expect(reported).toHaveCount(4);
  await expect(reported.first()).toContainText(BAZHONG_PAGE);
  await expect(reported.last()).toContainText('261.3万');
  await expect(section.locator('.no-reported')).toHaveCount(0);
  // The projection table: two censuses and four projected years with a band.
  await expect(section.locator('table.projection-table tbody tr')).toHaveCount(6);
  // The hover target is reachable by keyboard and shows its text.
  await spots.first().focus();
  await expect(spots.first()).toBeFocused();
});

test('a unit without reported figures says so, never a zero', async ({ page }) => {
  await page.goto('./?view=place&unit=513400');
  await ready(page);
  const section = page.locator('.trend-section');
  await expect(section.locator('canvas.chart')).toHaveAttribute('data-drawn-at', /\d/);
  await expect(section.locator('.no-reported')).toHaveText('2020年普查后未找到公布数字');
  await expect(section.locator('.chart-spot')).toHaveCount(0);
  await expect(section.locator('.reported-table')).toHaveCount(0);
  await page.goto('./?view=place&unit=513400&lang=en');
  await ready(page);
  await expect(page.locator('.trend-section .no-reported')).toHaveText('No figure reported since the census');
});

test('the lab trend of one place lists its reported figures', async ({ page }) => {
  await page.goto('./?view=lab&unit=511900');
  await ready(page);
  // The chart and its picker; its table and notes under the results.
  const output = page.locator('.lab-output');
  const notes = page.locator('.lab-results');
  await expect(output.locator('canvas.chart')).toHaveAttribute('data-drawn-at', /\d/);
  await expect(output.locator('.chart-spot')).toHaveCount(4);
  const rows = notes.locator('.reported-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText(BAZHONG_PAGE);
  await expect(notes.locator('.no-reported')).toHaveCount(0);
  // Another output than residents: no reported points.
  await output.locator('select').selectOption('working_age');
  await expect(output.locator('.chart-spot')).toHaveCount(0);
  await expect(notes.locator('.reported-table')).toHaveCount(0);
});

test('the lab for the whole region shows the provinces summed', async ({ page }) => {
  await page.goto('./?view=lab&lang=en');
  await ready(page);
  const output = page.locator('.lab-output');
  const notes = page.locator('.lab-results');
  await expect(output.locator('canvas.chart')).toHaveAttribute('data-drawn-at', /\d/);
  const rows = notes.locator('.reported-table tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  await expect(output.locator('.chart-spot')).toHaveCount(await rows.count());
  await expect(notes).toContainText('sum of the five provinces');
});

test('the trend embed draws the reported figures too', async ({ page }) => {
  await page.goto('./?embed=1&chart=trend&unit=511900');
  await expect(page.locator('.embed canvas.chart').first()).toHaveAttribute('data-drawn-at', /\d/);
  await expect(page.locator('.embed .chart-spot')).toHaveCount(4);
  await page.goto('./?embed=1&chart=trend&unit=513400');
  await expect(page.locator('.embed canvas.chart').first()).toHaveAttribute('data-drawn-at', /\d/);
  await expect(page.locator('.embed .no-reported')).toBeVisible();
});

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`track record screenshots, ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./?view=place&unit=511900');
    await ready(page);
    const trend = page.locator('.trend-section');
    await expect(trend.locator('.chart-spot')).toHaveCount(4);
    await trend.locator('.chart-table summary').click();
    await expectNoHorizontalScroll(page);
    await trend.screenshot({ path: `${shots}/track-place-${size}.png` });
    await trend.locator('.chart-spot').last().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await trend.screenshot({ path: `${shots}/track-place-focus-${size}.png` });

    await page.goto('./?view=lab&unit=511900&lang=en');
    await ready(page);
    const output = page.locator('.lab-output');
    await expect(output.locator('.chart-spot')).toHaveCount(4);
    // The chart's table: the first of the results.
    const table = page.locator('.lab-results .chart-table').first();
    await table.locator('summary').click();
    await expectNoHorizontalScroll(page);
    await output.screenshot({ path: `${shots}/track-lab-${size}.png` });
    await table.screenshot({ path: `${shots}/track-lab-table-${size}.png` });

    await page.goto('./?view=methods#backtest');
    await ready(page);
    await expect(page.locator('table.backtest-table tbody tr')).toHaveCount(57);
    await expectNoHorizontalScroll(page);
    await page.locator('#backtest').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/track-methods-${size}.png` });
  });
}
