// Sharing: "copy link" on every view (not in embeds) puts the page's
// address, which holds the whole view state, on the clipboard; a refused
// clipboard shows the link in the browser's own text field. And the link
// preview's metadata (Open Graph, Twitter card) with its image.
import { test, expect } from '@playwright/test';
import { ready } from './helpers.mjs';

const VIEWS = ['map', 'place', 'compare', 'relate', 'lab', 'table', 'methods'];

test('every view has the copy-link button, embeds have none', async ({ page }) => {
  for (const view of VIEWS) {
    await page.goto(`./?view=${view}`);
    await ready(page);
    await expect(page.locator('button.share'), view).toHaveText('复制链接');
  }
  await page.goto('./?view=table&lang=en');
  await ready(page);
  await expect(page.locator('button.share')).toHaveText('Copy link');
  await page.goto('./?embed=1&chart=map');
  await expect(page.locator('.embed svg path.region').first()).toBeVisible();
  await expect(page.locator('button.share')).toHaveCount(0);
});

for (const lang of ['zh', 'en']) {
  test(`copy link puts the current address on the clipboard, ${lang}`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?view=lab&unit=511900&levers=talent_parks:65&output=working_age${lang === 'en' ? '&lang=en' : ''}`);
    await ready(page);
    // Some state set by the reader after the page opened.
    await page.locator('[data-lever=skilled_post_subsidy] input[type=checkbox]').check();
    await expect(page).toHaveURL(/skilled_post_subsidy/);
    const button = page.locator('button.share');
    await button.click();
    await expect(button).toHaveText(lang === 'zh' ? '链接已复制' : 'Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/view=lab/);
    expect(copied).toMatch(/skilled_post_subsidy/);
    // The confirmation goes after a moment.
    await expect(button).toHaveText(lang === 'zh' ? '复制链接' : 'Copy link', { timeout: 5_000 });
    // The link opens the same view.
    await page.goto(copied);
    await ready(page);
    await expect(page.locator('[data-lever=skilled_post_subsidy] input[type=checkbox]')).toBeChecked();
    await expect(page.locator('.lab-output select')).toHaveValue('working_age');
  });
}

test('a refused clipboard shows the link in a text field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.goto('./?view=place&unit=511900&lang=en');
  await ready(page);
  // The dialog holds the page until it is answered: read it, then close it.
  let shown = null;
  page.once('dialog', async (dialog) => {
    shown = { type: dialog.type(), message: dialog.message(), value: dialog.defaultValue() };
    await dialog.dismiss();
  });
  await page.locator('button.share').click();
  await expect.poll(() => shown).not.toBeNull();
  expect(shown).toEqual({ type: 'prompt', message: 'Link to this page (copy it)', value: page.url() });
  await expect(page.locator('button.share')).toHaveText('Copy link');
});

test('the page has link-preview metadata and its image is served', async ({ page }) => {
  await page.goto('./');
  const meta = async (attr, name) => page.locator(`meta[${attr}="${name}"]`).getAttribute('content');
  expect(await meta('property', 'og:title')).toContain('Shrinkage Atlas');
  expect(await meta('property', 'og:description')).toBeTruthy();
  expect(await meta('property', 'og:type')).toBe('website');
  expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
  const image = await meta('property', 'og:image');
  expect(image).toBe('og-card.png');
  const response = await page.request.get(new URL(image, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // PNG signature, then the IHDR's width and height: 1200 x 630.
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
