// Shared helpers of the end-to-end tests.
import { expect } from '@playwright/test';

export const shots = 'artifacts/screenshots';

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } };

/** Waits until the atlas has loaded its bundle and drawn its shell. */
export async function ready(page) {
  await expect(page.locator('.tabs, .embed').first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
}

/** Fails if the page is wider than the viewport (sideways scrolling). */
export async function expectNoHorizontalScroll(page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'page must not scroll sideways').toBeLessThanOrEqual(client + 1);
}
