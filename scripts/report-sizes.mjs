// Prints the size of every file of a built site (raw, gzip, brotli at the
// highest quality) and the first-load total (every file but the data the app
// fetches only when a view needs it), and writes artifacts/sizes.json.
// Usage: node scripts/report-sizes.mjs dist [--budget <bytes>]
// With --budget, exits 1 when the first load (brotli) exceeds it.
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] || 'dist';
const budgetAt = process.argv.indexOf('--budget');
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) : null;
// Fetched on demand (details, county map, age-sex cohorts), not on first load;
// og-card.png is the link preview's image (og:image in index.html), which
// only the sites that show a preview fetch, never the reader's browser;
// lab-worker.js is started by the lab when it needs its Web Worker.
const LAZY = new Set(['data/details.json', 'data/cohorts.json', 'data/counties-map.json', 'og-card.png', 'lab-worker.js']);
const kindOf = (f) => ({ '.html': 'html', '.js': 'js', '.wasm': 'wasm', '.css': 'css', '.json': 'data' })[extname(f)] || 'other';

function* walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

const files = [];
for (const path of walk(dir)) {
  if (/\.(br|gz)$/.test(path)) continue;
  const bytes = readFileSync(path);
  files.push({
    file: relative(dir, path),
    kind: kindOf(path),
    lazy: LAZY.has(relative(dir, path)),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
files.sort((a, b) => a.file.localeCompare(b.file));
const total = files.filter((f) => !f.lazy).reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kB = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(48)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)} ${'br kB'.padStart(8)}`);
for (const f of files) console.log(`${(f.file + (f.lazy ? ' (lazy)' : '')).padEnd(48)} ${kB(f.raw)} ${kB(f.gzip)} ${kB(f.brotli)}`);
console.log(`${'total (first load)'.padEnd(48)} ${kB(total.raw)} ${kB(total.gzip)} ${kB(total.brotli)}`);
mkdirSync('artifacts', { recursive: true });
writeFileSync('artifacts/sizes.json', JSON.stringify({ files, total }, null, 2) + '\n');
if (budget !== null) {
  if (!(budget > 0)) throw new Error('--budget needs a number of bytes');
  const verdict = total.brotli <= budget ? 'within' : 'OVER';
  console.log(`first-load budget: ${(total.brotli / 1000).toFixed(1)} kB brotli, ${verdict} the budget of ${(budget / 1000).toFixed(1)} kB`);
  if (total.brotli > budget) process.exit(1);
}
