// A reader's own CSV on the map; a bad file explains itself and loses nothing.
import { test, expect } from '@playwright/test';
import { ready } from './helpers.mjs';

const upload = async (page, name, text) => {
  await page.locator('.upload').evaluate((d) => { d.open = true; });
  await page.locator('.upload input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
};

test('a CSV of prefectures becomes a map layer', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  await upload(page, 'mine.csv', '\ufeffcity,clinics per 10k\n成都市,3.1\nBazhong,1.2\n510300,2.5\n511000,NA\n');
  await expect(page.locator('.upload [role="status"]')).toContainText('clinics per 10k');
  await expect(page).toHaveURL(/indicator=user/);
  await expect(page.locator('.legend-title')).toContainText('My data');
  await expect(page.locator('path.region[data-code="511900"]')).not.toHaveAttribute('fill', /no-data/);
  await expect(page.locator('path.region[data-code="511000"]')).toHaveAttribute('fill', /no-data/);
});

test('a bad file gets a clear message and the map keeps its indicator', async ({ page }) => {
  await page.goto('./?indicator=age60&lang=en');
  await ready(page);
  await upload(page, 'bad.csv', 'name,value\nAtlantis,3\nBazhong,1\n');
  await expect(page.locator('.upload [role="alert"]')).toContainText('Atlantis');
  await expect(page).toHaveURL(/indicator=age60/);
  await upload(page, 'binary.csv', 'a,b\u0000c\n');
  await expect(page.locator('.upload [role="alert"]')).toBeVisible();
  await expect(page.locator('svg path.region')).toHaveCount(54);
});
