// The foundation's user path: open the atlas, see 54 regions, pick one,
// find it in the URL and the panel. Screenshots go to artifacts/screenshots.
import { test, expect } from '@playwright/test';

const shots = 'artifacts/screenshots';

test('map shows 54 units; clicking Bazhong selects it in the URL and panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const regions = page.locator('svg path.region[data-code]');
  await expect(regions).toHaveCount(54);
  await expect(page.locator('.summary')).toContainText('24 / 54');

  await page.locator('path[data-code="511900"]').click();
  await expect(page).toHaveURL(/[?&]unit=511900\b/);
  const panel = page.locator('.unit-details');
  await expect(panel.locator('h2')).toHaveText('巴中市');
  await expect(panel.locator('[data-field="change"]')).toContainText('-17.4%');
  await expect(panel.locator('[data-field="pop2020"]')).toHaveText(/^\d{1,3}(,\d{3})+$/);
  await page.mouse.move(1, 1); // no tooltip over the picture
  await page.screenshot({ path: `${shots}/map-desktop.png` });
});

test('a link with unit= opens that unit; phone width stacks map and panel', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('./?unit=510100');
  await expect(page.locator('.unit-details h2')).toHaveText('成都市');
  await expect(page.locator('[data-field="pop2020"]')).toHaveText('20,937,757');
  const map = await page.locator('figure.map').boundingBox();
  const panel = await page.locator('.panel-column').boundingBox();
  expect(panel.y).toBeGreaterThan(map.y + map.height - 1);
  expect(map.width).toBeLessThanOrEqual(360);
  await page.screenshot({ path: `${shots}/map-phone.png`, fullPage: true });
});

test('keyboard: Tab reaches a region and Enter selects it', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('svg path.region')).toHaveCount(54);
  await page.locator('path[data-code="511000"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/unit=511000/);
  await expect(page.locator('[data-field="change"]')).toContainText('-15.2%');
});

test('a malformed link explains itself and the map still works', async ({ page }) => {
  await page.goto('./?unit=12ab&lang=xx');
  await expect(page.locator('.notice')).toContainText('unit=12ab');
  await expect(page.locator('svg path.region')).toHaveCount(54);
});
