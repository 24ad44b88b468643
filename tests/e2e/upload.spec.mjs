// A reader's own CSV on the map; a bad file explains itself and loses nothing.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { ready } from './helpers.mjs';

// GB18030 bytes as Excel saves "CSV" on Chinese Windows (made-up values:
// fixtures/README.md).
const GBK_FIXTURE = fileURLToPath(new URL('./fixtures/gbk-made-up-values.csv', import.meta.url));

const upload = async (page, name, text) => {
  await uploadBytes(page, name, Buffer.from(text, 'utf8'));
};

const uploadBytes = async (page, name, buffer) => {
  await page.locator('.upload').evaluate((d) => { d.open = true; });
  await page.locator('.upload input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
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

test('a CSV saved by Excel in GB18030 (GBK) is read, and says how', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  await page.locator('.upload').evaluate((d) => { d.open = true; });
  await page.locator('.upload input[type="file"]').setInputFiles(GBK_FIXTURE);
  await expect(page.locator('.upload [role="status"]')).toContainText('Loaded "虚构指标（演示用）": 3 units.');
  await expect(page.locator('.upload .encoding-note')).toContainText('Read as GB18030');
  await expect(page).toHaveURL(/indicator=user/);
  for (const [code, value] of [['510100', '11.11'], ['511900', '22.22'], ['520300', '33.33']]) {
    await page.locator(`path.region[data-code="${code}"]`).click();
    await expect(page.locator('.unit-details .indicator-line')).toContainText(value);
  }
  await expect(page.locator('path.region[data-code="511000"]')).toHaveAttribute('fill', /no-data/);
  // The note is a typed message too: it follows the language.
  await page.locator('.lang-switch').click();
  await expect(page.locator('.upload .encoding-note')).toContainText('GB18030');
  await expect(page.locator('.upload .encoding-note')).not.toContainText('Read as');
});

test('a file in no encoding read here is refused with how to fix it', async ({ page }) => {
  await page.goto('./?indicator=age60&lang=en');
  await ready(page);
  // 0xFF is neither UTF-8 nor GB18030.
  await uploadBytes(page, 'garbled.csv', Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xff, 0x0a]));
  const alert = page.locator('.upload [role="alert"]');
  await expect(alert).toContainText('UTF-8 or as GB18030');
  await expect(alert).toContainText('CSV UTF-8');
  await expect(page.locator('.upload .encoding-note')).toHaveCount(0);
  // Excel's "Unicode Text" is UTF-16 with a byte order mark.
  await uploadBytes(page, 'unicode.txt', Buffer.from('\ufeffcity\tvalue\nBazhong\t1\n', 'utf16le'));
  await expect(alert).toContainText('UTF-16');
  await expect(page).toHaveURL(/indicator=age60/);
  await expect(page.locator('svg path.region')).toHaveCount(54);
});
