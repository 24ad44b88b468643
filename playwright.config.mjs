// End-to-end tests drive the built site (dist/) in Debian's Chromium, served
// by a plain static server, as a visitor's browser would see it.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 8091);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'artifacts/test-results',
  // Reference screenshots (views.spec.mjs), committed; after an intended
  // change of the look: `npx playwright test views --update-snapshots`.
  snapshotPathTemplate: 'tests/e2e/reference/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled' } },
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory "${process.cwd()}/dist"`,
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // Another origin, for a page that embeds the atlas.
      command: `python3 -m http.server ${port + 10} --bind 127.0.0.1 --directory "${process.cwd()}/tests/e2e/fixtures"`,
      url: `http://127.0.0.1:${port + 10}/article.html`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
