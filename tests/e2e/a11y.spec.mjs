// A WCAG 2.1 AA audit (axe-core) of every view and embed in both languages:
// each page is audited once its content is in (data loaded, the lab's runs
// and its deferred pass done, charts drawn, "show as a table" opened), and
// must have no violations at all. The lab is also audited with levers and
// a preset on, for its wedge chart and fuller cost table.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ready, VIEWPORTS } from './helpers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Notes the lab shows until its deferred pass (wedges, drivers) is in.
const PENDING = /停止拖动后|once you pause/;

async function labDone(page, { unit }) {
  await expect(page.locator('.lab-view')).toHaveAttribute('data-runs', /^[1-9]\d*$/);
  await expect(page.locator('.cost-table tbody tr').first()).toBeVisible();
  await expect(page.locator('.wedges h3')).toBeVisible();
  await expect(page.locator('.wedges h3 ~ .note').filter({ hasText: PENDING })).toHaveCount(0, { timeout: 15_000 });
  if (unit) {
    await expect(page.locator('section.drivers canvas.chart')).toHaveAttribute('data-drawn-at', /\d/, {
      timeout: 15_000,
    });
  }
}

const VIEWS = [
  { name: 'map', query: '', loaded: (page) => expect(page.locator('svg path.region[data-code]')).toHaveCount(54) },
  {
    name: 'county map',
    query: 'level=county',
    loaded: (page) => expect(page.locator('svg path.region[data-code]').nth(54)).toBeAttached(),
  },
  { name: 'place profile', query: 'view=place&unit=511900', loaded: (page) => expect(page.locator('.cards-section .card')).toHaveCount(9) },
  { name: 'place lab', query: 'view=lab&unit=511900', loaded: (page) => labDone(page, { unit: true }) },
  {
    name: 'place lab with levers and presets',
    query: 'view=lab&unit=511900&levers=skilled_post_subsidy:1750,talent_loss_cap:8&compare=people',
    loaded: async (page) => {
      await labDone(page, { unit: true });
      await expect(page.locator('.wedges canvas.chart')).toHaveAttribute('data-drawn-at', /\d/);
    },
  },
  { name: 'region lab', query: 'view=lab', loaded: (page) => labDone(page, { unit: false }) },
  {
    name: 'compare',
    query: 'view=compare&unit=510100&with=511900',
    loaded: async (page) => {
      await expect(page.locator('.compare-figures tbody tr')).toHaveCount(10);
      await expect(page.locator('.compare-indices tbody tr')).toHaveCount(4);
    },
  },
  {
    name: 'compare without a second place',
    query: 'view=compare&unit=511900',
    loaded: (page) => expect(page.locator('.compare-suggestions li button').first()).toBeVisible(),
  },
  {
    name: 'relate',
    query: 'view=relate&unit=510100',
    loaded: (page) => expect(page.locator('.relate-chart circle.relate-point')).toHaveCount(34),
  },
  {
    name: 'relate embed',
    query: 'view=relate&embed=1&chart=relate',
    loaded: (page) => expect(page.locator('.embed circle.relate-point')).toHaveCount(34),
  },
  { name: 'table', query: 'view=table', loaded: (page) => expect(page.locator('table.unit-table tbody tr')).toHaveCount(54) },
  { name: 'methods', query: 'view=methods', loaded: (page) => expect(page.locator('.source-list li')).toHaveCount(6) },
  {
    name: 'map embed',
    query: 'embed=1',
    loaded: (page) => expect(page.locator('.embed svg path.region[data-code]')).toHaveCount(54),
  },
  {
    name: 'trend embed',
    query: 'embed=1&chart=trend&unit=511900',
    loaded: async (page) => {
      await expect(page.locator('.lab-view')).toHaveAttribute('data-runs', /^[1-9]\d*$/);
      await expect(page.locator('.embed .cost-table tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'pyramid embed',
    query: 'embed=1&chart=pyramid&unit=511900',
    loaded: (page) => expect(page.locator('.embed .pyramid-section canvas.chart')).toBeVisible(),
  },
  {
    name: 'place trend embed',
    query: 'view=place&unit=511900&embed=1&chart=trend',
    loaded: (page) => expect(page.locator('.embed .trend-section canvas.chart')).toBeVisible(),
  },
  {
    name: 'cards embed',
    query: 'view=place&unit=511900&embed=1&chart=cards&controls=0',
    loaded: (page) => expect(page.locator('.embed .cards .card').first()).toBeVisible(),
  },
];

/** One line per violation: rule, impact, how many nodes, the first targets. */
function describe(violations) {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
      return `${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}): ${v.help}\n    ${targets}`;
    })
    .join('\n');
}

for (const lang of ['zh', 'en']) {
  for (const v of VIEWS) {
    test(`a11y: ${v.name}, ${lang}`, async ({ page }) => {
      const q = [v.query, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.goto(q ? `./?${q}` : './');
      await ready(page);
      await v.loaded(page);
      // Tables behind "show as a table" (and the other disclosures) are part
      // of the page: open them so their content is audited too.
      await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
        for (const s of summaries) s.parentElement.open = true;
      });
      // Every chart drawn, including any a disclosure revealed.
      await expect
        .poll(() => page.locator('canvas.chart:not([data-drawn-at])').count(), { timeout: 10_000 })
        .toBe(0);
      const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(passes.length, 'axe ran its rules on the page').toBeGreaterThan(0);
      expect(violations.length, `axe violations on ./?${q}:\n${describe(violations)}`).toBe(0);
    });
  }
}
