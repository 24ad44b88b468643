// Prints the size of every file of a built site (raw, gzip, brotli at the
// highest quality), the first-load total (every file but the data the app
// fetches only when a view needs it and the WebAssembly's chunks), what each
// view's chunks add (scripts/split-wasm.mjs writes which they are), and the
// total of a lab link (first load and the lab's chunks); writes
// artifacts/sizes.json.
// Usage: node scripts/report-sizes.mjs dist [--budget <bytes>] [--lab-budget <bytes>]
// With a budget, exits 1 when the first load or the lab link (brotli)
// exceeds it.
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] || 'dist';
const budgetAt = process.argv.indexOf('--budget');
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) : null;
const labBudgetAt = process.argv.indexOf('--lab-budget');
const labBudget = labBudgetAt > 0 ? Number(process.argv[labBudgetAt + 1]) : null;
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

// The chunks of the WebAssembly (a folder `<glue>-chunks/`); its loader is
// imported by the glue, so it is part of the first load.
const chunkDir = readdirSync(dir).find((name) => name.endsWith('-chunks'));
if (!chunkDir) throw new Error(`report-sizes: no chunk folder in ${dir} (scripts/split-wasm.mjs)`);
const views = JSON.parse(readFileSync(join(dir, chunkDir, 'manifest.json'), 'utf8'));
const isChunk = (file) => file.startsWith(`${chunkDir}/`) && !file.endsWith('__wasm_split.js');

const files = [];
for (const path of walk(dir)) {
  if (/\.(br|gz)$/.test(path)) continue;
  const bytes = readFileSync(path);
  files.push({
    file: relative(dir, path),
    kind: kindOf(path),
    lazy: LAZY.has(relative(dir, path)) || isChunk(relative(dir, path)),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
files.sort((a, b) => a.file.localeCompare(b.file));
const total = files.filter((f) => !f.lazy).reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kB = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(48)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)} ${'br kB'.padStart(8)}`);
const line = (name, t) => console.log(`${name.padEnd(48)} ${kB(t.raw)} ${kB(t.gzip)} ${kB(t.brotli)}`);
const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
for (const f of files) if (!isChunk(f.file)) line(f.file + (f.lazy ? ' (lazy)' : ''), f);
const chunks = files.filter((f) => isChunk(f.file));
line(`${chunkDir}/ (${chunks.length} chunks, lazy)`, sum(chunks));
line('total (first load)', total);
const byName = new Map(files.map((f) => [f.file, f]));
const viewTotals = {};
for (const [view, list] of Object.entries(views).sort()) {
  const parts = list.map((file) => byName.get(`${chunkDir}/${file}`));
  if (parts.some((p) => !p)) throw new Error(`report-sizes: a chunk of ${view} is missing`);
  viewTotals[view] = sum(parts);
  line(`  + ${view} view's chunks (${list.length} files)`, viewTotals[view]);
}
if (!viewTotals.lab) throw new Error('report-sizes: the manifest has no lab chunks');
const lab = sum([total, viewTotals.lab]);
line('total of a lab link (first load + lab chunks)', lab);
mkdirSync('artifacts', { recursive: true });
writeFileSync('artifacts/sizes.json', JSON.stringify({ files, total, views: viewTotals, lab }, null, 2) + '\n');
if (budget !== null) {
  if (!(budget > 0)) throw new Error('--budget needs a number of bytes');
  const verdict = total.brotli <= budget ? 'within' : 'OVER';
  console.log(`first-load budget: ${(total.brotli / 1000).toFixed(1)} kB brotli, ${verdict} the budget of ${(budget / 1000).toFixed(1)} kB`);
  if (total.brotli > budget) process.exit(1);
}
if (labBudget !== null) {
  if (!(labBudget > 0)) throw new Error('--lab-budget needs a number of bytes');
  const verdict = lab.brotli <= labBudget ? 'within' : 'OVER';
  console.log(`lab-link budget: ${(lab.brotli / 1000).toFixed(1)} kB brotli, ${verdict} the budget of ${(labBudget / 1000).toFixed(1)} kB`);
  if (lab.brotli > labBudget) process.exit(1);
}
