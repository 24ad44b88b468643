// "What drives this result" in the lab: the assumptions ranked by the swing
// they make for the selected place, with their statuses, after a pause.
import { test, expect } from '@playwright/test';
import { ready, shots } from './helpers.mjs';

test('the lab ranks the assumptions that drive a place', async ({ page }) => {
  await page.goto('./?view=lab&unit=511900&levers=skilled_post_subsidy:1750&lang=en');
  await ready(page);
  const section = page.locator('section.drivers');
  await expect(section.locator('canvas')).toBeVisible({ timeout: 15_000 });
  const rows = section.locator('table.drivers-table tbody tr');
  await expect(rows).toHaveCount(28);
  // Bazhong's population in 2035 hangs most on its fitted migration level,
  // an assumption calibrated here.
  await expect(rows.first()).toHaveAttribute('data-assumption', 'migration_calibration');
  await expect(rows.first().locator('td').first()).toHaveText('calibrated here');
  await expect(section.locator('table.drivers-table')).toContainText('sourced');
  await page.screenshot({ path: `${shots}/lab-drivers-en-desktop.png`, fullPage: true });
});

test('the region scope asks for a place first', async ({ page }) => {
  await page.goto('./?view=lab');
  await ready(page);
  await expect(page.locator('section.drivers .note')).toContainText('选择一个地方');
  await expect(page.locator('section.drivers canvas')).toHaveCount(0);
});
