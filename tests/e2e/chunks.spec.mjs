// The split of the WebAssembly (docs/size.md): the map's first load carries
// no chunk, a view fetches exactly its own chunks, and a chunk that cannot
// be fetched gets a message and a retry while the rest of the atlas works.
import { test, expect } from '@playwright/test';
import { ready } from './helpers.mjs';

// The service worker precaches every chunk after the first load; blocked
// here so that only what a view itself asks for is counted.
test.use({ serviceWorkers: 'block' });

const chunkRequests = (page) => {
  const seen = [];
  page.on('request', (r) => {
    const m = r.url().match(/-chunks\/([^/?]+\.wasm)$/);
    if (m) seen.push(m[1]);
  });
  return seen;
};

const manifest = (page) => page.evaluate(async () => {
  const glue = document.querySelector('link[rel=modulepreload]').href;
  return (await fetch(glue.replace(/\.js$/, '-chunks/manifest.json'))).json();
});

test('the map fetches no chunk; a lab link fetches exactly the lab\'s chunks', async ({ page }) => {
  const seen = chunkRequests(page);
  await page.goto('./');
  await ready(page);
  await expect(page.locator('svg path.region[data-code]')).toHaveCount(54);
  await page.waitForTimeout(500);
  expect(seen).toEqual([]);

  await page.goto('./?view=lab&levers=talent_parks:65');
  await ready(page);
  await expect(page.locator('.lab-view[data-runs]')).toBeVisible();
  const { lab } = await manifest(page);
  expect(lab.length).toBeGreaterThan(1);
  expect([...new Set(seen)].sort()).toEqual([...lab].sort());
});

test('a chunk that cannot be fetched says so, the atlas keeps working, and retry loads it', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let blocked = true;
  await page.route(/-chunks\/split_lab\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('./?view=lab&levers=talent_parks:65&lang=en');
  const failure = page.locator('main .load-error[role=alert]');
  await expect(failure).toContainText('This part of the atlas could not be loaded');
  await expect(page.locator('.lab-view')).toHaveCount(0);

  // The rest of the atlas works: another view opens.
  await page.locator('.tabs .tab').first().click();
  await ready(page);
  await expect(page.locator('svg path.region[data-code]')).toHaveCount(54);

  // Back to the lab (still failing), then reachable: "Try again" loads it.
  await page.goto('./?view=lab&levers=talent_parks:65&lang=en');
  await expect(failure).toBeVisible();
  blocked = false;
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.lab-view[data-runs]')).toBeVisible();
  await expect(failure).toHaveCount(0);
  expect(errors).toEqual([]);
});
