// The strategy lab: levers from a link, a slider moved by a user, presets
// compared, wedges after a pause, the scenario map, the trend embed.
import { test, expect } from '@playwright/test';
import { ready, shots } from './helpers.mjs';

test('a link with levers and presets shows their comparison', async ({ page }) => {
  await page.goto('./?view=lab&levers=skilled_post_subsidy:1800&compare=people,combined');
  await ready(page);
  const rows = page.locator('.cost-table tbody tr');
  await expect(rows).toHaveCount(4); // baseline, my scenario, two presets
  await expect(page.locator('.cost-table tr[data-scenario="user"]')).toBeVisible();
  await expect(page.locator('.lab-map svg path.region')).toHaveCount(54);
  await expect(page.locator('.wedges canvas')).toBeVisible({ timeout: 10_000 });
});

test('moving a slider re-runs the model and goes into the link', async ({ page }) => {
  await page.goto('./?view=lab&unit=511900');
  await ready(page);
  const lab = page.locator('.lab-view');
  await expect(lab).not.toHaveAttribute('data-runs', '0');
  await page.locator('[data-lever="skilled_post_subsidy"] input[type="checkbox"]').check();
  await expect(page).toHaveURL(/levers=skilled_post_subsidy%3A1750|levers=skilled_post_subsidy:1750/);
  const slider = page.locator('[data-lever="skilled_post_subsidy"] input[type="range"]');
  await slider.focus();
  const before = Number(await lab.getAttribute('data-runs'));
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/skilled_post_subsidy(%3A|:)2[0-9]{3}\b/);
  await expect.poll(async () => Number(await lab.getAttribute('data-runs'))).toBeGreaterThan(before);
  const kept = page.locator('.cost-table tr[data-scenario="user"] td').nth(1);
  await expect(kept).toHaveText(/^\+/);
  await page.screenshot({ path: `${shots}/lab-slider-desktop.png`, fullPage: true });
});

test('a drag of many inputs coalesces into few runs', async ({ page }) => {
  await page.goto('./?view=lab&levers=talent_parks:65');
  await ready(page);
  const lab = page.locator('.lab-view');
  await expect(lab).not.toHaveAttribute('data-runs', '0');
  const before = Number(await lab.getAttribute('data-runs'));
  // 40 value changes dispatched within one task: one frame, one run.
  await page.evaluate(() => {
    const input = document.querySelector('[data-lever="talent_parks"] input[type="range"]');
    for (let v = 0; v <= 120; v += 3) {
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await expect(page).toHaveURL(/talent_parks(%3A|:)120/);
  await page.waitForTimeout(500);
  const runs = Number(await lab.getAttribute('data-runs')) - before;
  expect(runs).toBeGreaterThanOrEqual(1);
  expect(runs).toBeLessThanOrEqual(2);
});

test('unknown levers and out-of-range values in a link give notices', async ({ page }) => {
  await page.goto('./?view=lab&levers=magic:1,skilled_post_subsidy:999999&compare=utopia');
  await ready(page);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('magic');
  await expect(notice).toContainText('999999');
  await expect(notice).toContainText('utopia');
  await expect(page).toHaveURL(/skilled_post_subsidy(%3A|:)3000/);
});

test('the scenario chart embeds on its own', async ({ page }) => {
  await page.goto('./?embed=1&chart=trend&levers=skilled_post_subsidy:1800&compare=people');
  await expect(page.locator('.embed canvas.chart').first()).toBeVisible();
  await expect(page.locator('.cost-table tbody tr')).toHaveCount(3);
  await expect(page.locator('.lab-controls')).toHaveCount(0);
});

test('a fixed lab link shows the figures of the same run on the command line', async ({ page }) => {
  // Bazhong with talent parks at 65 (and nothing else): the lab's cost table
  // against `atlas project`, the same core run.
  const { spawnSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const args = ['project', '511900', '--lever', 'talent_parks=65', '--json'];
  const cli = existsSync('target/debug/atlas')
    ? spawnSync('target/debug/atlas', args, { encoding: 'utf8' })
    : spawnSync('cargo', ['run', '-q', '-p', 'atlas-cli', '--', ...args], { encoding: 'utf8' });
  expect(cli.status).toBe(0);
  const rows = JSON.parse(cli.stdout).rows;
  const last = rows.at(-1);
  expect(last.year).toBe(2040);
  const kept = last.population - last.baseline_population;
  const cost = rows.reduce((sum, r) => sum + r.cost_yuan, 0);
  // What the run gives today (a change of the model shows up here).
  expect(Math.round(last.population)).toBe(2060632);
  expect(Math.round(kept)).toBe(9042);

  await page.goto('./?view=lab&unit=511900&levers=talent_parks:65&lang=en');
  await ready(page);
  const cells = page.locator('.cost-table tr[data-scenario="user"] td');
  await expect(cells.nth(0)).toHaveText(`${(last.population / 1e6).toFixed(2)} million`);
  await expect(cells.nth(1)).toHaveText(`+${(kept / 1e3).toFixed(1)} thousand`);
  await expect(cells.nth(3)).toHaveText(`${(cost / 1e9).toFixed(2)} bn yuan`);
  await expect(cells.nth(4)).toHaveText(`${Math.round(cost / kept / 1e3)} thousand yuan`);
});

test('the scenario map of the counties follows the slider, run in a Web Worker', async ({ page }) => {
  await page.goto('./?view=lab&levers=talent_parks:65&level=county&lang=en');
  await ready(page);
  const map = page.locator('.lab-map');
  await expect(map.locator('.county-runs')).toHaveText(/^517 counties re-run in the background in \d+ ms\.$/, { timeout: 30_000 });
  await expect(map.locator('svg path.region')).toHaveCount(518);
  // The projection's own error beside it: the back-test on 2024.
  await expect(map.locator('.time-backtest')).toContainText('2024');
  const runs = Number(await map.getAttribute('data-county-runs'));
  const slider = page.locator('[data-lever=talent_parks] input[type=range]');
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  // Every move reaches the worker; it answers at least once more, without a pause.
  await expect.poll(async () => Number(await map.getAttribute('data-county-runs'))).toBeGreaterThan(runs);
  // A county's tooltip gives its change; back to prefectures is one click.
  await map.locator('svg path.region[data-code="511921"]').hover();
  await expect(map.locator('.map-tooltip')).toContainText(/2020—2040: [+-−]\d+\.\d%/);
  // A county the model does not project (no 2020 age table) says so.
  await map.locator('svg path.region[data-code="540173"]').hover();
  await expect(map.locator('.map-tooltip')).toContainText('2020—2040: no data');
  await map.getByRole('button', { name: 'Prefectures' }).click();
  await expect(map.locator('svg path.region')).toHaveCount(54);
  await expect(page).not.toHaveURL(/level=county/);
  await page.screenshot({ path: `${shots}/lab-county-map.png` });
});

test('the scenario map downloads as a PNG with its heading, legend and source', async ({ page }) => {
  await page.goto('./?view=lab&levers=talent_parks:65&lang=en');
  await ready(page);
  const map = page.locator('.lab-map');
  await expect(map.locator('svg path.region')).toHaveCount(54);
  const box = await map.locator('figure.map svg').boundingBox();
  const [download] = await Promise.all([page.waitForEvent('download'), map.locator('.map-downloads button').click()]);
  expect(download.suggestedFilename()).toBe('shrinkage-atlas-scenario-map-prefecture.png');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const png = readFileSync(await download.path());
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.round(Math.max(box.width, 560) * 2) - 2);
  expect(png.readUInt32BE(20)).toBeGreaterThan(box.height * 2 + 120);
  writeFileSync(`${shots}/png-lab-map-en.png`, png);
  // A second click makes a second image (the maker is fetched once).
  const [again] = await Promise.all([page.waitForEvent('download'), map.locator('.map-downloads button').click()]);
  expect(again.suggestedFilename()).toBe('shrinkage-atlas-scenario-map-prefecture.png');
});

test('on a phone the chart stays in view while a slider moves', async ({ page }) => {
  const viewport = { width: 390, height: 844 };
  await page.setViewportSize(viewport);
  await page.goto('./?view=lab&levers=talent_parks:65');
  await ready(page);
  const chart = page.locator('.lab-output canvas.chart');
  await expect(chart).toHaveAttribute('data-drawn-at', /\d/);
  const drawn = Number(await chart.getAttribute('data-drawn-at'));
  const slider = page.locator('[data-lever=talent_parks] input[type=range]');
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/talent_parks(%3A|:)80\b/);
  await expect(slider).toBeFocused();
  // The value and unit beside the name, the chart redrawn.
  await expect(page.locator('[data-lever=talent_parks] output')).toHaveText(/^80 千个岗位\/年/);
  await expect.poll(async () => Number(await chart.getAttribute('data-drawn-at'))).toBeGreaterThan(drawn);
  // The page has scrolled to the slider, and the chart is still on screen,
  // above it.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const inView = (b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width && b.y + b.height <= viewport.height;
  const [c, s] = [await chart.boundingBox(), await slider.boundingBox()];
  expect(inView(c), `chart at ${JSON.stringify(c)}`).toBe(true);
  expect(inView(s), `slider at ${JSON.stringify(s)}`).toBe(true);
  expect(s.y).toBeGreaterThanOrEqual(c.y + c.height);
  await page.screenshot({ path: `${shots}/lab-slider-phone.png` });
});

test('a tap on the slider of a lever that is off switches it on', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=lab&lang=en');
  await ready(page);
  const lever = page.locator('[data-lever=skilled_post_subsidy]');
  await expect(lever.locator('output')).toHaveText('off · move the slider to switch it on');
  await lever.locator('input[type=range]').click();
  await expect(lever).toHaveClass(/\bon\b/);
  await expect(lever.locator('input[type=checkbox]')).toBeChecked();
  await expect(lever.locator('output')).toHaveText(/^[\d,]+ yuan per recipient per month$/);
  await expect(page).toHaveURL(/levers=skilled_post_subsidy(%3A|:)\d+/);
});
