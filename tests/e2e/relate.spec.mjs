// The relationships view (view=relate&x=&y=): the default scatter is the
// core's (n = 34, r = 0.56, 20 of 54 prefecture units lacking GDP), each
// point a circle with its unit's code, the pickers and the colouring write
// the link, a click selects a place, a bad axis key gets a notice and the
// default, the table lists the points, the downloads carry the core's
// columns, and the view works in both languages and at 360 px.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ready, expectNoHorizontalScroll, shots, VIEWPORTS } from './helpers.mjs';

const bundle = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8'));
const prefectures = new Set(bundle.units.filter((u) => u.level === 'prefecture').map((u) => u.code));
const CHENGDU = 510100;

const points = (page) => page.locator('.relate-chart circle.relate-point');

async function drawn(page, n) {
  await ready(page);
  await expect(page.locator('.relate-fit')).toBeVisible();
  if (n !== undefined) await expect(points(page)).toHaveCount(n);
}

test('the default scatter: population change against GDP per resident, n = 34, r = 0.56, 20 lack data', async ({ page }) => {
  await page.goto('./?view=relate&lang=en');
  await drawn(page, 34);
  const fit = page.locator('.relate-fit');
  await expect(fit).toHaveAttribute('data-n', '34');
  await expect(fit).toHaveAttribute('data-missing', '20');
  await expect(fit).toContainText('n = 34');
  await expect(fit).toContainText('r = 0.56');
  await expect(fit).toContainText('20 of 54 lack data');
  expect(Number(await fit.getAttribute('data-r'))).toBeCloseTo(0.5649, 3);
  const codes = await points(page).evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-code'))));
  expect(new Set(codes).size).toBe(34);
  for (const code of codes) expect(prefectures.has(code), `${code} is a prefecture unit`).toBe(true);
  // Liangshan (no economy figure) is not drawn, not drawn as zero.
  await expect(page.locator('circle.relate-point[data-code="513400"]')).toHaveCount(0);
  await expect(page.locator('.relate-line')).toHaveCount(1);
  await expect(page.locator('#relate-x')).toHaveValue('pop_change');
  await expect(page.locator('#relate-y')).toHaveValue('gdp_per_resident_2015');
  // Both sources named.
  const caption = page.locator('.relate-caption');
  await expect(caption).toContainText('censuses');
  await expect(caption).toContainText('2015 city statistical yearbook');
  await expect(points(page).first().locator('title')).toHaveText(/Population change.*\n?.*GDP per resident/s);
});

test('picking another axis writes the link and redraws the points', async ({ page }) => {
  await page.goto('./?view=relate&lang=en');
  await drawn(page, 34);
  await page.locator('#relate-y').selectOption('density');
  await expect(page).toHaveURL(/y=density/);
  await expect(points(page)).toHaveCount(54);
  await expect(page.locator('.relate-fit')).toContainText('0 of 54 lack data');
  // Density spans more than 30 times: a log axis, said in its title.
  await expect(page.locator('.relate-y-title')).toContainText('log scale');
  await page.locator('#relate-x').selectOption('gdp_2015');
  await expect(page).toHaveURL(/x=gdp_2015/);
  await expect(points(page)).toHaveCount(34);
  // Back to the default axis: no key in the link.
  await page.locator('#relate-x').selectOption('pop_change');
  await expect(page).not.toHaveURL(/x=/);
});

test('colour=class colours by shrinkage class, with its legend', async ({ page }) => {
  await page.goto('./?view=relate&lang=en');
  await drawn(page, 34);
  const provinceFills = new Set(await points(page).evaluateAll((cs) => cs.map((c) => c.getAttribute('fill'))));
  await page.locator('#relate-colour').selectOption('class');
  await expect(page).toHaveURL(/colour=class/);
  await expect(page.locator('.relate-legend-entry')).toContainText(['growing', 'mild shrinkage', 'moderate shrinkage', 'severe shrinkage']);
  const classFills = new Set(await points(page).evaluateAll((cs) => cs.map((c) => c.getAttribute('fill'))));
  expect([...classFills].some((f) => !provinceFills.has(f))).toBe(true);
  await page.goto('./?view=relate&colour=class&lang=en');
  await drawn(page, 34);
  await expect(page.locator('#relate-colour')).toHaveValue('class');
});

test('clicking a point selects its place', async ({ page }) => {
  await page.goto('./?view=relate&lang=en');
  await drawn(page, 34);
  await page.locator(`circle.relate-point[data-code="${CHENGDU}"]`).dispatchEvent('click');
  await expect(page).toHaveURL(new RegExp(`unit=${CHENGDU}`));
  await expect(page.locator(`circle.relate-point[data-code="${CHENGDU}"]`)).toHaveClass(/selected/);
  await expect(page.locator('.relate-selected')).toContainText('Chengdu');
  await expect(page.locator('.relate-selected-name')).toHaveText('Chengdu');
});

test('a bad axis key gets a notice and the default axis', async ({ page }) => {
  await page.goto('./?view=relate&x=no_such_indicator&lang=en');
  await drawn(page, 34);
  await expect(page.locator('.notice')).toContainText('no_such_indicator');
  await expect(page).not.toHaveURL(/x=/);
  await expect(page.locator('#relate-x')).toHaveValue('pop_change');
  await expect(page.locator('.relate-fit')).toContainText('n = 34');
});

test('the table lists the points and the CSV has the core\'s columns', async ({ page }) => {
  await page.goto('./?view=relate&lang=en');
  await drawn(page, 34);
  await page.locator('.relate-table summary').click();
  await expect(page.locator('.relate-table tbody tr')).toHaveCount(34);
  await expect(page.locator(`.relate-table tr[data-code="${CHENGDU}"] th`)).toHaveText('Chengdu');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.relate-downloads button').nth(0).click()]);
  expect(download.suggestedFilename()).toBe('shrinkage-atlas-relate-pop_change-gdp_per_resident_2015-prefecture-2020.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const lines = text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('code,name_zh,name_en,province,class,pop_change,gdp_per_resident_2015,pop_2020');
  expect(lines).toHaveLength(35);
  // A table row's name selects the place too (the keyboard's way).
  await page.locator(`.relate-table tr[data-code="${CHENGDU}"] button`).click();
  await expect(page).toHaveURL(new RegExp(`unit=${CHENGDU}`));
});

test('the chart downloads as SVG and PNG', async ({ page }) => {
  await page.goto('./?view=relate&lang=en');
  await drawn(page, 34);
  const buttons = page.locator('.relate-downloads button');
  const [svg] = await Promise.all([page.waitForEvent('download'), buttons.nth(1).click()]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svgText.match(/<circle class="relate-point/g)).toHaveLength(34);
  const [png] = await Promise.all([page.waitForEvent('download'), buttons.nth(2).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('the scatter embeds (embed=1&chart=relate)', async ({ page }) => {
  await page.goto('./?view=relate&embed=1&chart=relate&lang=en');
  await ready(page);
  await expect(page.locator('.embed circle.relate-point')).toHaveCount(34);
  await expect(page.locator('.embed .relate-fit')).toContainText('r = 0.56');
  await expect(page.locator('.embed #relate-x')).toHaveCount(0);
  await expect(page.locator('.embed-caption a')).toHaveAttribute('href', /view=relate/);
});

const WORDS = {
  zh: { missing: '54 个地区中 20 个缺数据', option: '常住人口变化', source: '2015 年城市统计年鉴' },
  en: { missing: '20 of 54 lack data', option: 'Population change', source: '2015 city statistical yearbook' },
};

for (const lang of ['zh', 'en']) {
  for (const [vp, size] of Object.entries(VIEWPORTS)) {
    test(`relate in ${lang} at ${vp} width`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`./?view=relate&unit=${CHENGDU}${lang === 'en' ? '&lang=en' : ''}`);
      await drawn(page, 34);
      const words = WORDS[lang];
      await expect(page.locator('.relate-fit')).toContainText(words.missing);
      await expect(page.locator('#relate-x option:checked')).toContainText(words.option);
      await expect(page.locator('.relate-caption')).toContainText(words.source);
      // The drawing is as wide as its box, never wider.
      const { svg, box } = await page.locator('.relate-chart').evaluate((el) => ({
        svg: el.querySelector('svg').getBoundingClientRect().width,
        box: el.clientWidth,
      }));
      expect(svg).toBeLessThanOrEqual(box + 1);
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: `${shots}/relate-${lang}-${vp}.png`, fullPage: true });
    });
  }
}
