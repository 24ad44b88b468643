// One language at a time: messages made by the data build, the model and
// the upload are typed and worded when shown, so switching the language
// rewords them, and a class has one name on every view.
import { test, expect } from '@playwright/test';
import { ready } from './helpers.mjs';

test('reasons from the data build and the model follow the language switch', async ({ page }) => {
  // Dazi Industrial Park: a development zone without a 2020 age-sex table.
  await page.goto('./?view=place&unit=540173');
  await ready(page);
  const caveats = page.locator('.profile .caveat');
  await expect(caveats.first()).toContainText('开发区');
  await expect(page.locator('.profile')).toContainText('没有2020年分年龄性别人口表');
  await expect(page.locator('.profile')).not.toContainText('development zone');
  await expect(page.locator('.profile')).not.toContainText('age-sex table');
  await page.locator('.lang-switch').click();
  await expect(caveats.first()).toContainText('development zone created after 2010');
  await expect(page.locator('.profile')).toContainText('no 2020 age-sex table');
  await expect(page.locator('.profile')).not.toContainText('开发区');
});

test('a boundary change names the 2010 units in both languages', async ({ page }) => {
  // Qijiang district: Wansheng and Qijiang county merged.
  await page.goto('./?view=place&unit=500110');
  await ready(page);
  const caveat = page.locator('.profile .caveat').first();
  await expect(caveat).toContainText('涉及2010年万盛区、綦江县的行政区划调整');
  await page.locator('.lang-switch').click();
  await expect(caveat).toContainText('boundary change involving the 2010 units 万盛区, 綦江县');
});

test('an upload message is reworded when the language changes', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.locator('details.upload summary').click();
  await page.locator('details.upload input[type=file]').setInputFiles({
    name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from(''),
  });
  const message = page.locator('details.upload [role=alert]');
  await expect(message).toHaveText('文件是空的。');
  await page.locator('.lang-switch').click();
  await expect(message).toHaveText('The file is empty.');
});

test('the severe class has one name on the map panel and the methods page', async ({ page }) => {
  await page.goto('./?unit=511900');
  await ready(page);
  await expect(page.locator("[data-field='class']")).toHaveText('重度收缩');
  await page.goto('./?view=methods');
  await ready(page);
  await expect(page.locator('main')).toContainText('重度收缩');
  await expect(page.locator('main')).not.toContainText('严重收缩');
});

test('the English interface has no untranslated Chinese left', async ({ page }) => {
  // Allowed: the switch back to Chinese. (The methods page quotes the paper
  // and Chinese source titles on purpose, so it is not scanned.)
  const allowed = new Set(['中文']);
  for (const q of ['', 'level=county&unit=511921', 'view=place&unit=511900', 'view=place&unit=540173', 'view=lab&unit=511900', 'view=lab', 'view=table']) {
    await page.goto(`./?${q}&lang=en`);
    await ready(page);
    await page.waitForTimeout(q.includes('lab') || q.includes('place') ? 1500 : 300);
    const text = await page.evaluate(() => document.body.innerText);
    const untranslated = [...new Set(text.match(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/g) || [])]
      .filter((run) => !allowed.has(run));
    expect(untranslated, `?${q}&lang=en`).toEqual([]);
  }
});
