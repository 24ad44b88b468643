// Offline data that stays fresh: a returning reader sees a data fix on the
// next reload (data come from the network first) and the site still works
// offline afterwards (from the cache the service worker keeps).
//
// The test serves its own copy of dist/ so that it can change a data file
// between two visits, as a deploy would.
import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { ready } from './helpers.mjs';

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json',
};

let root;
let server;
let origin;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'atlas-fresh-'));
  cpSync('dist', root, { recursive: true, filter: (p) => !/\.(br|gz)$/.test(p) });
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

/** Renames Chengdu in the served bundle, as a data fix would. */
function renameChengdu(name) {
  const path = join(root, 'data', 'atlas.json');
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  const chengdu = bundle.units.find((u) => u.code === 510100);
  chengdu.name_zh = name;
  writeFileSync(path, JSON.stringify(bundle));
}

test('a data fix reaches a returning reader, and the site still works offline', async ({ page, context }) => {
  const profile = `${origin}/?view=place&unit=510100`;
  await page.goto(profile);
  await ready(page);
  await expect(page.locator('.profile h2')).toHaveText('成都市');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Loaded again under the worker's control: now the cache holds the data.
  await page.reload();
  await ready(page);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  renameChengdu('成都市（更正）');
  await page.reload();
  await ready(page);
  await expect(page.locator('.profile h2')).toHaveText('成都市（更正）');

  // A new tab sees the fix too.
  const tab = await context.newPage();
  await tab.goto(profile);
  await ready(tab);
  await expect(tab.locator('.profile h2')).toHaveText('成都市（更正）');
  await tab.close();

  // Offline: the last data seen, not an error.
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(page.locator('.profile h2')).toHaveText('成都市（更正）');
  await page.goto(`${origin}/?level=county`);
  await ready(page);
  await expect(page.locator('svg path.region[data-code]')).toHaveCount(518);
  await context.setOffline(false);
});

test('the service worker cache is named after the build, and old caches are dropped', async ({ page }) => {
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  const name = sw.match(/["']shrinkage-atlas-([0-9a-f]{16})["']/);
  expect(name, 'post-build writes the build hash into sw.js').not.toBeNull();
  await page.goto(`${origin}/`);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  await page.evaluate(() => caches.open('shrinkage-atlas-v2').then((c) => c.put('/old', new Response('old'))));
  // A new build: the worker file changes, the browser installs it, and the
  // new worker deletes every cache but its own when it takes over.
  writeFileSync(join(root, 'sw.js'), sw.replaceAll(name[1], '0123456789abcdef'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual(['shrinkage-atlas-0123456789abcdef']);
  writeFileSync(join(root, 'sw.js'), sw);
});
