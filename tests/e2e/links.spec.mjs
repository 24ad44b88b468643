// Every view is a link: the lab's scope, output and assumptions, the
// reader's weights and the map's zoom travel in the address, and a link
// made from them opens the same view.
import { test, expect } from '@playwright/test';
import { ready } from './helpers.mjs';

test('the lab keeps scope, output and assumptions in its link', async ({ page }) => {
  await page.goto('./?view=lab&unit=511900&scope=region&output=jobs_index&assume=ramp_up_years:3');
  await ready(page);
  await expect(page.locator('input[name=lab-scope]').first()).toBeChecked();
  const output = page.locator('.lab-output select');
  await expect(output).toHaveValue('jobs_index');
  const ramp = page.locator('.assumption', { hasText: /Ramp-up years|政策爬坡年数/ });
  await expect(ramp.locator('output')).toContainText('3');
  // Moving them writes the link.
  await output.selectOption('working_age');
  await expect(page).toHaveURL(/output=working_age/);
  await page.locator('input[name=lab-scope]').nth(1).check();
  await expect(page).not.toHaveURL(/scope=/);
  await expect(page).toHaveURL(/assume=ramp_up_years:3/);
  // The link opens the same lab.
  await page.goto(page.url());
  await ready(page);
  await expect(page.locator('.lab-output select')).toHaveValue('working_age');
  await expect(page.locator('input[name=lab-scope]').nth(1)).toBeChecked();
});

test('an out-of-range assumption in a link is clamped with a notice', async ({ page }) => {
  await page.goto('./?view=lab&assume=ramp_up_years:99');
  await ready(page);
  await expect(page.locator('.notice')).toContainText('ramp_up_years=99');
  await expect(page).toHaveURL(/assume=ramp_up_years:8/);
});

test('the reader\'s weights travel in the link', async ({ page }) => {
  await page.goto('./?view=methods&weights_industry=1,1,1,1,1,1,1');
  await ready(page);
  const inputs = page.locator('fieldset.weights').nth(1).locator('input');
  await expect(inputs).toHaveCount(7);
  const values = await inputs.evaluateAll((els) => els.map((e) => e.value));
  expect(new Set(values).size).toBe(1);
  await page.locator('fieldset.weights').nth(1).locator('.panel-actions button').nth(1).click();
  await expect(page).not.toHaveURL(/weights_industry/);
});

test('the map keeps its zoom and centre in the link', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const svg = page.locator('.map-canvas svg').first();
  const home = (await svg.getAttribute('viewBox')).split(' ').map(Number);
  await page.locator('.zoom-buttons button').first().click();
  await expect(page).toHaveURL(/zoom=[\d.]+&at=[-\d.]+,[-\d.]+/);
  const zoomed = (await svg.getAttribute('viewBox')).split(' ').map(Number);
  expect(zoomed[2]).toBeLessThan(home[2]);
  await page.goto(page.url());
  await ready(page);
  const again = (await page.locator('.map-canvas svg').first().getAttribute('viewBox')).split(' ').map(Number);
  expect(again[2]).toBeCloseTo(zoomed[2], 0);
  await page.locator('.zoom-buttons button').nth(2).click();
  await expect(page).not.toHaveURL(/zoom=/);
});

// Links as the build of 2026-12-01 made them: each must open its view
// without a notice (renamed keys are mapped, nothing is dropped).
const OLD_LINKS = [
  ['?indicator=outflow&year=2010', 'svg path.region[data-code]'],
  ['?indicator=inflow_province&level=county&within=511900', 'svg path.region[data-code]'],
  ['?indicator=knowledge&unit=511900&lang=en', '.unit-details h2'],
  ['?view=place&unit=511900&lang=en', '.profile h2'],
  ['?view=lab&levers=talent_parks:65&compare=people', '.lab-view[data-runs]'],
  ['?view=lab&unit=511900&levers=skilled_post_subsidy:1750,talent_loss_cap:8', '.lab-view[data-runs]'],
  ['?view=table&level=county&year=2010', 'table.unit-table'],
  ['?embed=1&chart=trend&unit=511900', 'canvas.chart'],
  ['?embed=1&chart=map&indicator=change', 'svg path.region'],
];

for (const [link, selector] of OLD_LINKS) {
  test(`an old link still opens: ${link}`, async ({ page }) => {
    await page.goto(`./${link}`);
    await ready(page);
    await expect(page.locator(selector).first()).toBeVisible();
    await expect(page.locator('.notice')).toHaveCount(0);
  });
}
