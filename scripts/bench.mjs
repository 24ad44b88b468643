// Browser half of the benchmark harness (run by scripts/bench.sh after a
// release build). Serves dist/ on 127.0.0.1, drives Debian's Chromium with
// Playwright and the Chrome DevTools Protocol, and writes artifacts/bench.json
// with the figures next to the goals.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const PORT = 8097;
const BASE = `http://127.0.0.1:${PORT}/`;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS || 300);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', `${process.cwd()}/dist`], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const round = (x) => Math.round(x * 100) / 100;
const summary = (name, xs) => ({
  [`${name}_p50_ms`]: round(quantile(xs, 0.5)), [`${name}_p95_ms`]: round(quantile(xs, 0.95)), [`${name}_max_ms`]: round(Math.max(...xs)),
});

async function firstMapPaint(throttle) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(BASE);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-map-paint').length > 0, null, { timeout: 60_000 });
    runs.push(await page.evaluate(() => performance.getEntriesByName('atlas:first-map-paint')[0].startTime));
    await context.close();
  }
  return { runs_ms: runs.map(round), median_ms: round(quantile(runs, 0.5)) };
}

async function sliderToRepaint() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE}?view=lab&levers=talent_parks:65`);
  await page.waitForFunction(() => Number(document.querySelector('.lab-view')?.dataset.runs) > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  // Per move: [event -> chart drawn, event -> all of the move's work done
  // (the first task after it: every microtask has run), event -> model run
  // started, model run]. Polled through a MessageChannel, which (unlike a
  // nested setTimeout) is never clamped to 4 ms.
  const times = await page.evaluate(async () => {
    const input = document.querySelector('[data-lever="talent_parks"] input[type="range"]');
    const trend = document.querySelector('.lab-output canvas.chart');
    const lab = document.querySelector('.lab-view');
    const out = [];
    for (let i = 0; i < 100; i++) {
      const runs = Number(lab.dataset.runs);
      const t0 = performance.now();
      input.value = String((i * 5) % 125);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Done when the model has run and the chart has been redrawn.
      const channel = new MessageChannel();
      const settled = await new Promise((resolve) => {
        channel.port1.onmessage = () => (Number(lab.dataset.runs) > runs && Number(trend.dataset.drawnAt) > t0
          ? resolve(performance.now()) : channel.port2.postMessage(0));
        channel.port2.postMessage(0);
      });
      const [runStart, runEnd] = window.wasmBindings.bench_last_run();
      out.push([Number(trend.dataset.drawnAt) - t0, settled - t0, runStart - t0, runEnd - runStart]);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    }
    return out;
  });
  const model = await page.evaluate(() => Number(document.querySelector('.lab-view').dataset.lastRunMs));
  // The lab's worker runs the slow pass 300 ms after the last move: let it
  // finish first, so that the draws below do not share the CPU with it.
  await page.waitForTimeout(3000);
  const monteCarlo = [];
  for (let i = 0; i < 5; i++) monteCarlo.push(await page.evaluate(() => window.wasmBindings.bench_monte_carlo(511900, 1000)));
  await page.close();
  return {
    slider: {
      moves: times.length,
      ...summary('drawn', times.map((t) => t[0])),
      ...summary('settled', times.map((t) => t[1])),
      ...summary('wait', times.map((t) => t[2])),
      ...summary('model', times.map((t) => t[3])),
      last_model_run_ms: model,
    },
    monte_carlo_1000_draws_ms: { runs: monteCarlo.map(round), median: round(quantile(monteCarlo, 0.5)) },
  };
}

// The lab's county map (all 517 projected counties re-run in the Web
// Worker on every move): event -> the worker's answer for that move or a
// later one, over moves 30 ms apart (a drag that does not wait for them).
async function countyMap() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE}?view=lab&levers=talent_parks:65&level=county`);
  await page.waitForFunction(() => Number(document.querySelector('.lab-map')?.dataset.countyRuns) > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const times = await page.evaluate(async () => {
    const input = document.querySelector('[data-lever="talent_parks"] input[type="range"]');
    const map = document.querySelector('.lab-map');
    const out = [];
    for (let i = 0; i < 60; i++) {
      const runs = Number(map.dataset.countyRuns);
      const t0 = performance.now();
      input.value = String((i * 7) % 125);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => { const check = () => (Number(map.dataset.countyRuns) > runs ? resolve() : setTimeout(check, 1)); check(); });
      out.push(Number(map.dataset.countyAnsweredAt) - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  });
  await page.close();
  return { moves: times.length, ...summary('answered', times) };
}

async function soak() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${BASE}?view=lab&levers=talent_parks:65`);
  await page.waitForFunction(() => Number(document.querySelector('.lab-view')?.dataset.runs) > 0, null, { timeout: 60_000 });
  const samples = [];
  const sample = async (t) => {
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const wasm = await page.evaluate(() => window.wasmBindings.wasm_memory_bytes());
    samples.push({ t_s: round(t), js_heap_bytes: metrics.JSHeapUsedSize, wasm_bytes: wasm });
  };
  const views = ['?view=lab&levers=talent_parks:65', '?view=place&unit=511900', '?level=county', '?view=table', '?', '?view=lab&unit=511900&levers=skilled_post_subsidy:1800'];
  const start = Date.now();
  let i = 0;
  await sample(0);
  while ((Date.now() - start) / 1000 < SOAK_SECONDS) {
    // Scripted use inside the single-page app: switch views with the tabs,
    // move sliders, change the indicator.
    const tab = page.locator('.tab').nth(i % 5);
    await tab.click();
    await page.waitForTimeout(400);
    // A lever that is on (the sliders of the others switch them on).
    const slider = page.locator('.lever.on input[type="range"]').first();
    if (await slider.count()) {
      await slider.focus();
      for (let k = 0; k < 10; k++) await page.keyboard.press(k % 2 ? 'ArrowLeft' : 'ArrowRight');
    }
    if (i % 7 === 0) await page.goto(BASE + views[(i / 7) % views.length]);
    i += 1;
    if (samples.length * 15 < (Date.now() - start) / 1000) await sample((Date.now() - start) / 1000);
  }
  await sample((Date.now() - start) / 1000);
  await page.close();
  // Growth trend: least-squares slope over the second half of the session.
  const half = samples.filter((s) => s.t_s >= samples[samples.length - 1].t_s / 2);
  const slope = (key) => {
    const n = half.length;
    const mt = half.reduce((a, s) => a + s.t_s, 0) / n;
    const mv = half.reduce((a, s) => a + s[key], 0) / n;
    const cov = half.reduce((a, s) => a + (s.t_s - mt) * (s[key] - mv), 0);
    const vt = half.reduce((a, s) => a + (s.t_s - mt) ** 2, 0);
    return vt > 0 ? cov / vt : 0;
  };
  return { seconds: SOAK_SECONDS, actions: i, samples, js_heap_slope_bytes_per_min: round(slope('js_heap_bytes') * 60), wasm_slope_bytes_per_min: round(slope('wasm_bytes') * 60) };
}

try {
  const sizes = JSON.parse(readFileSync('artifacts/sizes.json', 'utf8'));
  const byKind = {};
  for (const f of sizes.files.filter((f) => !f.lazy)) {
    byKind[f.kind] ??= { raw: 0, gzip: 0, brotli: 0 };
    for (const k of ['raw', 'gzip', 'brotli']) byKind[f.kind][k] += f[k];
  }
  const unthrottled = await firstMapPaint(1);
  const throttled = await firstMapPaint(4);
  const lab = await sliderToRepaint();
  const counties = await countyMap();
  const memory = await soak();
  const result = {
    when: new Date().toISOString(),
    first_load: { by_kind: byKind, total: sizes.total, lazy: sizes.files.filter((f) => f.lazy && !f.file.includes('-chunks/')) },
    // What each view's chunks of the WebAssembly add, and a lab link's total
    // (first load and the lab's chunks; docs/size.md).
    chunks_by_view: sizes.views,
    lab_link: sizes.lab,
    first_map_paint: { unthrottled, cpu_throttle_4x: throttled },
    ...lab,
    county_map: counties,
    memory,
    native: existsSync('artifacts/native-bench.txt') ? readFileSync('artifacts/native-bench.txt', 'utf8') : null,
    goals: {
      slider_settled_p95_ms: 8, county_map_p95_ms: 50, first_load_brotli_bytes: 400_000, first_map_ms: 1000, first_map_throttled_ms: 700, monte_carlo_1000_ms_browser: 40, lab_link_brotli_bytes: 450_000,
      monte_carlo_1000_ms_native: 50, region_run_ms_native: 10,
    },
  };
  writeFileSync('artifacts/bench.json', JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify({ ...result, memory: { ...memory, samples: `${memory.samples.length} samples` }, native: '(see artifacts/native-bench.txt)' }, null, 2));
} finally {
  await browser.close();
  server.kill();
}
