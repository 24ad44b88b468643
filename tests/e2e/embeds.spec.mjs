// Embeds fit to publish: every chart type, pasted into a foreign page (another
// origin, tests/e2e/fixtures/article.html), carries a title naming the place
// and the measure, a subtitle, the source line and a link that opens the
// same view in the full atlas in a new tab, in both languages, from 320 px
// to 1,000 px wide. Screenshots go to artifacts/screenshots/embed-*.png.
import { test, expect } from '@playwright/test';
import { shots } from './helpers.mjs';

// chart, query, what the frame shows once loaded, a word the title holds
// (zh, en), the view the link opens.
const EMBEDS = [
  ['map', 'embed=1&chart=map', 'svg path.region', ['人口', 'opulation'], null],
  ['trend', 'view=place&unit=511900&embed=1&chart=trend', '.trend-section canvas.chart', ['巴中市', 'Bazhong'], 'view=place'],
  ['pyramid', 'view=place&unit=511900&embed=1&chart=pyramid', '.pyramid-section canvas.chart', ['巴中市', 'Bazhong'], 'view=place'],
  ['relate', 'view=relate&embed=1&chart=relate', 'circle.relate-point', ['地区生产总值', 'GDP'], 'view=relate'],
  ['lab', 'view=lab&unit=511900&embed=1&chart=lab&levers=talent_parks:65', '.lab-output canvas.chart', ['巴中市', 'Bazhong'], 'view=lab'],
  ['cards', 'view=place&unit=511900&embed=1&chart=cards', '.cards .card', ['巴中市', 'Bazhong'], 'view=place'],
];

function article(baseURL, query, width) {
  const host = new URL(baseURL);
  host.port = String(Number(host.port) + 10);
  return `${host.origin}/article.html?width=${width}&atlas=${encodeURIComponent(`${baseURL}?${query}`)}`;
}

for (const [chart, query, shown, words, view] of EMBEDS) {
  for (const [lang, i] of [['zh', 0], ['en', 1]]) {
    test(`${chart} embed (${lang}) has title, source and a link back at 320 and 1000 px`, async ({ page, baseURL }) => {
      for (const width of [320, 1000]) {
        await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
        const q = lang === 'en' ? `${query}&lang=en` : query;
        await page.goto(article(baseURL, q, width));
        const frame = page.frameLocator('#atlas');
        await expect(frame.locator(shown).first()).toBeVisible({ timeout: 15_000 });
        await expect(frame.locator('.embed-title')).toContainText(words[i]);
        await expect(frame.locator('.embed-subtitle')).not.toBeEmpty();
        await expect(frame.locator('.embed-source')).toContainText(lang === 'zh' ? '数据' : 'Data');
        const link = frame.locator('.embed-caption a');
        await expect(link).toHaveAttribute('target', '_blank');
        const href = await link.getAttribute('href');
        expect(href).not.toContain('embed=1');
        if (view) expect(href).toContain(view);
        if (lang === 'en') expect(href).toContain('lang=en');
        // The frame takes the content's height and nothing spills sideways.
        await expect.poll(() => page.evaluate(() => window.heights.at(-1) ?? 0), { timeout: 15_000 }).toBeGreaterThan(150);
        const overflow = await page.frames()[1].evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'the embed must not scroll sideways').toBeLessThanOrEqual(1);
        await page.waitForTimeout(200);
        await page.locator('#atlas').screenshot({ path: `${shots}/embed-${chart}-${lang}-${width}.png` });
      }
    });
  }
}

test('the link back opens the same view in the full atlas', async ({ page }) => {
  await page.goto('./?view=place&unit=511900&embed=1&chart=pyramid&lang=en');
  const href = await page.locator('.embed-caption a').getAttribute('href');
  await page.goto(href);
  await expect(page.locator('.profile h2')).toHaveText('Bazhong');
});

test('controls=0 hides the pickers', async ({ page }) => {
  await page.goto('./?view=lab&embed=1&chart=lab');
  await expect(page.locator('.embed label.control').first()).toBeVisible();
  await page.goto('./?view=lab&embed=1&chart=lab&controls=0');
  await expect(page.locator('.embed canvas.chart').first()).toBeVisible();
  await expect(page.locator('.embed label.control')).toHaveCount(0, { timeout: 1 }).catch(async () => {
    for (const el of await page.locator('.embed label.control').all()) await expect(el).toBeHidden();
  });
});

test('an older trend link still opens the lab chart', async ({ page }) => {
  await page.goto('./?embed=1&chart=trend&unit=511900');
  await expect(page.locator('.embed .cost-table tbody tr').first()).toBeVisible();
  await expect(page.locator('.embed-title')).toContainText('巴中市');
});

test('the copy-embed panel picks chart and language and previews the frame', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?view=place&unit=511900');
  const panel = page.locator('details.embed-code');
  await panel.locator('summary').click();
  await panel.locator('select.embed-chart').selectOption('cards');
  await panel.locator('select.embed-lang').selectOption('en');
  await panel.locator('input.embed-controls').uncheck();
  const code = await panel.locator('textarea').inputValue();
  expect(code).toContain('chart=cards');
  expect(code).toContain('lang=en');
  expect(code).toContain('controls=0');
  const preview = panel.locator('iframe.embed-preview');
  await expect(preview).toHaveAttribute('src', /chart=cards/);
  await expect(page.frameLocator('iframe.embed-preview').locator('.embed-title')).toContainText('Bazhong');
  await panel.locator('button').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test('a chart PNG carries its title and source (drawn at twice the size)', async ({ page }) => {
  await page.goto('./?view=place&unit=511900&lang=en');
  const section = page.locator('.trend-section');
  await expect(section.locator('canvas.chart')).toBeVisible();
  const download = page.waitForEvent('download');
  await section.locator('.chart-downloads button').first().click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const png = readFileSync(file);
  // PNG header: width and height at bytes 16-23.
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const box = await section.locator('canvas.chart').boundingBox();
  expect(width).toBeGreaterThanOrEqual(Math.round(Math.max(box.width, 560) * 2) - 2);
  // The heading and the source line add to the chart's own 300 px.
  expect(height).toBeGreaterThan(300 * 2 + 80);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${shots}/png-trend-en.png`, png);
});
