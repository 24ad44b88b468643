// Bad links and bad situations: the app explains and keeps working.
import { test, expect } from '@playwright/test';
import { ready } from './helpers.mjs';

// 50 links, each with something the app must reject with a notice.
const MALFORMED = [
  'unit=12ab', 'unit=5119', 'unit=999999', 'unit=0511900', 'unit=%E5%B7%B4', 'unit=511900.5', 'unit=-511900',
  'within=abc', 'within=999999', 'level=town', 'level=', 'level=COUNTY', 'view=atlas', 'view=', 'view=MAP',
  'lang=fr', 'lang=', 'lang=ZH', 'year=2015', 'year=twenty', 'year=', 'embed=yes', 'embed=2',
  'indicator=Bad-Key', 'indicator=%3Cscript%3E', 'indicator=' + 'x'.repeat(60), 'chart=%20', 'chart=A',
  'levers=subsidy', 'levers=subsidy:abc', 'levers=a:1,a:2', 'levers=a:NaN', 'levers=a:Infinity', 'levers=A:1',
  'levers=' + Array.from({ length: 30 }, (_, i) => `k${i}:1`).join(','), 'compare=a,,b', 'compare=A', 'compare=a,a',
  'unit=511900&lang=de', 'view=place&unit=888888', 'view=table&level=province', 'level=county&within=12',
  'unit=%', 'unit=%ZZ', 'lang=%E4%B8%AD', 'year=2020&year=1999', 'view=lab&levers=x', 'indicator=',
  'unit=5119000000000000000000', 'embed=1&unit=abc',
];

test('50 malformed links each show a notice and a working atlas', async ({ page }) => {
  expect(MALFORMED).toHaveLength(50);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const query of MALFORMED) {
    await page.goto(`./?${query}`);
    await ready(page);
    await expect(page.locator('.notice'), query).toBeVisible();
    await expect(page.locator('#fatal-error'), query).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('no request leaves the page origin, on any view', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const foreign = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(r.url());
  });
  for (const q of ['', '?level=county', '?view=place&unit=511900', '?view=lab', '?view=table', '?view=methods', '?embed=1']) {
    await page.goto(`./${q}`);
    await ready(page);
  }
  expect(foreign).toEqual([]);
});

test('an embed in an iframe posts its height and the frame resizes', async ({ page, baseURL }) => {
  // A journalist's article on another origin (tests/e2e/fixtures).
  const host = new URL(baseURL);
  host.port = String(Number(host.port) + 10);
  await page.goto(`${host.origin}/article.html?atlas=${encodeURIComponent(`${baseURL}?embed=1&chart=map`)}`);
  // The last height posted once the map is drawn (600 px wide: ~450 px).
  await expect(page.frameLocator('#atlas').locator('svg path.region')).toHaveCount(54);
  await expect.poll(() => page.evaluate(() => window.heights.at(-1) ?? 0), { timeout: 15_000 }).toBeGreaterThan(300);
  await page.waitForTimeout(300);
  const height = await page.evaluate(() => window.heights.at(-1));
  const frame = await page.locator('#atlas').boundingBox();
  expect(Math.round(frame.height)).toBe(height);
  await expect(page.frameLocator('#atlas').locator('svg path.region')).toHaveCount(54);
  await expect(page.frameLocator('#atlas').locator('.embed-caption a')).toHaveAttribute('href', './');
});

test('keeps working offline once loaded', async ({ page, context }) => {
  await page.goto('./');
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.goto('./?view=place&unit=510100');
  await ready(page);
  await expect(page.locator('.profile h2')).toHaveText('成都市');
  await page.goto('./?level=county');
  await ready(page);
  await expect(page.locator('svg path.region[data-code]')).toHaveCount(518);
  await context.setOffline(false);
});

test('a Content-Security-Policy allows only the own origin and nothing is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).not.toContain('*');
  for (const q of ['', '?level=county', '?view=place&unit=511900', '?view=lab&levers=talent_parks:65', '?view=table', '?view=methods']) {
    await page.goto(`./${q}`);
    await ready(page);
  }
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(errors).toEqual([]);
});
